/// Builds a view's bytes and its map to the original, growing as needed.
///
/// Stages read an input view character by character and either copy a character (its bytes and
/// their map entries), drop it, or replace it with other bytes that all map to the whole input
/// character's original range.
struct ViewWriter {
    private(set) var bytes: [UInt8]
    private(set) var start: [Int32]
    private(set) var end: [Int32]

    init(capacity: Int) {
        bytes = []
        start = []
        end = []
        bytes.reserveCapacity(capacity)
        start.reserveCapacity(capacity)
        end.reserveCapacity(capacity)
    }

    /// Copies input bytes `range` with their map entries.
    @inline(__always)
    mutating func copy(_ input: ViewInput, _ range: Range<Int>) {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input.bytes[range]))
        start.append(contentsOf: UnsafeBufferPointer(rebasing: input.start[range]))
        end.append(contentsOf: UnsafeBufferPointer(rebasing: input.end[range]))
    }

    /// Writes `replacement` for input bytes `range`: each new byte maps to the whole range.
    @inline(__always)
    mutating func replace(_ input: ViewInput, _ range: Range<Int>, with replacement: UnsafeBufferPointer<UInt8>) {
        let s = input.start[range.lowerBound]
        let e = input.end[range.upperBound &- 1]
        bytes.append(contentsOf: replacement)
        for _ in 0..<replacement.count {
            start.append(s)
            end.append(e)
        }
    }

    /// Writes one ASCII byte for input bytes `range`.
    @inline(__always)
    mutating func replace(_ input: ViewInput, _ range: Range<Int>, withByte byte: UInt8) {
        bytes.append(byte)
        start.append(input.start[range.lowerBound])
        end.append(input.end[range.upperBound &- 1])
    }

    func finish(original: String) -> MappedText {
        MappedText(original: original, utf8: bytes, originStart: start, originEnd: end)
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
    /// Runs `body` over this view's buffers and returns the view it writes.
    func rewritten(capacity: Int? = nil, _ body: (ViewInput, inout ViewWriter) -> Void) -> MappedText {
        var writer = ViewWriter(capacity: capacity ?? utf8.count)
        utf8.withUnsafeBufferPointer { b in
            originStart.withUnsafeBufferPointer { s in
                originEnd.withUnsafeBufferPointer { e in
                    body(ViewInput(bytes: b, start: s, end: e), &writer)
                }
            }
        }
        return writer.finish(original: original)
    }
}
