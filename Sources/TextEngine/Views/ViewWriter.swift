/// Builds a view's bytes and its map to the original from an input view.
///
/// Stages read an input view character by character and either copy characters (bytes and map
/// entries), drop them, or replace them with other bytes that all map to the whole input
/// character's original range. A stage that changes nothing costs no copy: the writer only
/// starts writing at the first change, and `finish` then returns the input view itself.
struct ViewWriter {
    private let input: ViewInput
    /// Input bytes `0..<copiedUpTo` that are copied unchanged but not written yet.
    private var pendingEnd = 0
    private var materialized = false
    private var bytes: [UInt8] = []
    private var start: [Int32] = []
    private var end: [Int32] = []

    init(input: ViewInput) {
        self.input = input
    }

    /// Copies input bytes `range` with their map entries.
    @inline(__always)
    mutating func copy(_ range: Range<Int>) {
        if range.isEmpty { return }
        if !materialized {
            if range.lowerBound == pendingEnd { pendingEnd = range.upperBound; return }
            materialize()
        }
        append(range)
    }

    /// Writes `replacement` for input bytes `range`: each new byte maps to the whole range.
    @inline(__always)
    mutating func replace(_ range: Range<Int>, with replacement: UnsafeBufferPointer<UInt8>) {
        if !materialized { materialize() }
        let s = input.start[range.lowerBound]
        let e = input.end[range.upperBound &- 1]
        bytes.append(contentsOf: replacement)
        for _ in 0..<replacement.count {
            start.append(s)
            end.append(e)
        }
    }

    /// Copies input bytes `range` and replaces the last one with `byte` (a one-byte character
    /// replaced by another keeps its map entry).
    @inline(__always)
    mutating func copy(_ range: Range<Int>, replacingLastWith byte: UInt8) {
        if !materialized { materialize() }
        append(range)
        bytes[bytes.count &- 1] = byte
    }

    /// Writes one ASCII byte for input bytes `range`.
    @inline(__always)
    mutating func replace(_ range: Range<Int>, withByte byte: UInt8) {
        if !materialized { materialize() }
        bytes.append(byte)
        start.append(input.start[range.lowerBound])
        end.append(input.end[range.upperBound &- 1])
    }

    private mutating func materialize() {
        materialized = true
        bytes.reserveCapacity(input.count + 16)
        start.reserveCapacity(input.count + 16)
        end.reserveCapacity(input.count + 16)
        append(0..<pendingEnd)
    }

    @inline(__always)
    private mutating func append(_ range: Range<Int>) {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input.bytes[range]))
        start.append(contentsOf: UnsafeBufferPointer(rebasing: input.start[range]))
        end.append(contentsOf: UnsafeBufferPointer(rebasing: input.end[range]))
    }

    /// The written view, or nil when it is the input unchanged.
    func finish(original: String) -> MappedText? {
        if !materialized && pendingEnd == input.count { return nil }
        var writer = self
        if !writer.materialized { writer.materialize() }
        return MappedText(original: original, utf8: writer.bytes, originStart: writer.start, originEnd: writer.end)
    }
}

/// A view's buffers, borrowed for one stage.
struct ViewInput {
    let bytes: UnsafeBufferPointer<UInt8>
    let start: UnsafeBufferPointer<Int32>
    let end: UnsafeBufferPointer<Int32>
    var count: Int { bytes.count }

    /// The scalar starting at byte `i` of valid UTF-8 and its length in bytes.
    @inline(__always)
    func scalar(at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[i &+ 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[i &+ 1] & 0x3F) << 6 | UInt32(bytes[i &+ 2] & 0x3F), 3)
        }
        return ((b0 & 0x07) << 18 | UInt32(bytes[i &+ 1] & 0x3F) << 12 | UInt32(bytes[i &+ 2] & 0x3F) << 6
                | UInt32(bytes[i &+ 3] & 0x3F), 4)
    }
}

extension MappedText {
    /// Runs `body` over this view's buffers and returns the view it writes (this view itself
    /// when the stage changed nothing).
    func rewritten(_ body: (ViewInput, inout ViewWriter) -> Void) -> MappedText {
        let result: MappedText? = utf8.withUnsafeBufferPointer { b in
            originStart.withUnsafeBufferPointer { s in
                originEnd.withUnsafeBufferPointer { e in
                    let input = ViewInput(bytes: b, start: s, end: e)
                    var writer = ViewWriter(input: input)
                    body(input, &writer)
                    return writer.finish(original: original)
                }
            }
        }
        return result ?? self
    }
}
