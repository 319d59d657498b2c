import CICUShim

/// Owns one shim handle (an ICU formatter behind an opaque pointer) and closes it exactly once.
///
/// `@unchecked Sendable` is sound because every shim object is safe to use from several threads:
/// every shim object serializes its calls with a mutex where ICU does not promise thread safety.
final class ICUHandle: @unchecked Sendable {
    let pointer: OpaquePointer
    private let close: (OpaquePointer) -> Void

    private init(pointer: OpaquePointer, close: @escaping (OpaquePointer) -> Void) {
        self.pointer = pointer
        self.close = close
    }

    deinit { close(pointer) }

    /// Runs an `open` call and wraps its handle, throwing when ICU reported an error.
    /// - Parameters:
    ///   - function: the shim function, for the error.
    ///   - detail: what was asked, for the error.
    ///   - close: the matching close function.
    ///   - open: calls the shim with a status pointer.
    static func open(_ function: String, detail: @autoclosure () -> String,
                     close: @escaping (OpaquePointer) -> Void,
                     _ open: (UnsafeMutablePointer<Int32>) -> OpaquePointer?) throws -> ICUHandle {
        var status: Int32 = 0
        let pointer = open(&status)
        if status > 0 {
            if let pointer { close(pointer) }
            try ICUCall.check(status, function, detail())
        }
        guard let pointer else {
            throw TextEngineError.icu(function: function, code: Int32(CLR_MEMORY_ERROR),
                                      name: String(cString: clr_error_name(Int32(CLR_MEMORY_ERROR))), detail: detail())
        }
        return ICUHandle(pointer: pointer, close: close)
    }
}

extension ICUCall {
    /// Describes a syntax error in `text` for error messages: the text quoted, then the UTF-8
    /// byte offset of the error when ICU names one.
    static func syntaxDetail(_ kind: String, _ text: String, offset: Int32) -> String {
        offset >= 0 ? "\(kind) \"\(text)\" at byte offset \(offset)" : "\(kind) \"\(text)\""
    }

    /// Splits a '\n'-separated list written by the shim (empty text is an empty list).
    static func lines(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
