import CICUShim

/// Helpers that turn the shim's preflighting convention into Swift values.
///
/// Every shim function that produces text writes UTF-8 into a caller buffer and returns the
/// length it needs; when the buffer was too small the status is `CLR_BUFFER_OVERFLOW` and the
/// call is repeated with the exact size.
enum ICUCall {
    typealias Producer = (UnsafeMutablePointer<CChar>?, Int32, UnsafeMutablePointer<Int32>) -> Int32

    /// Runs `body` with a buffer and returns the UTF-8 it wrote as a `String`.
    static func string(_ function: String, detail: @autoclosure () -> String = "",
                       initialCapacity: Int = 256, _ body: Producer) throws -> String {
        var capacity = max(initialCapacity, 16)
        while true {
            var status: Int32 = 0
            var buffer = [CChar](repeating: 0, count: capacity)
            let needed = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress, Int32(capacity), &status) }
            if status == Int32(CLR_BUFFER_OVERFLOW), Int(needed) > capacity {
                capacity = Int(needed)
                continue
            }
            try check(status, function, detail())
            let count = Int(needed)
            return buffer.withUnsafeBufferPointer { raw in
                raw.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: count) {
                    String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
                }
            }
        }
    }

    /// Throws `TextEngineError.icu` when `status` is an ICU error (warnings pass).
    static func check(_ status: Int32, _ function: String, _ detail: @autoclosure () -> String = "") throws {
        guard status > 0 else { return }
        throw TextEngineError.icu(function: function, code: status,
                                  name: String(cString: clr_error_name(status)), detail: detail())
    }

    /// Calls `body` with the UTF-8 bytes of `text` and their length.
    static func withUTF8<R>(_ text: String, _ body: (UnsafePointer<CChar>?, Int32) throws -> R) rethrows -> R {
        var text = text
        return try text.withUTF8 { bytes in
            try bytes.withMemoryRebound(to: CChar.self) { try body($0.baseAddress, Int32($0.count)) }
        }
    }
}
