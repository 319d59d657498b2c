/// Builds a view's bytes and its map to the original from an input view.
///
/// Stages read an input view character by character and either copy characters (bytes and map
/// entries), drop them, or replace them with other bytes that all map to the whole input
/// character's original range. A stage that changes nothing costs no copy: the writer only
/// starts writing at the first change, and `finish` then returns nil (keep the input view).
/// Writes go to raw buffers that grow by doubling; this is the hot path of every view.
struct ViewWriter: ~Copyable {
    private let input: ViewInput
    /// Input bytes `0..<pendingEnd` are copied unchanged but not written yet.
    private var pendingEnd = 0
    private var materialized = false
    private var count = 0
    private var capacity = 0
    private var bytes: UnsafeMutablePointer<UInt8>
    private var start: UnsafeMutablePointer<Int32>
    private var end: UnsafeMutablePointer<Int32>

    init(input: ViewInput) {
        self.input = input
        bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        start = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        end = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    }

    deinit {
        bytes.deallocate()
        start.deallocate()
        end.deallocate()
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
        let n = replacement.count
        reserve(n)
        let s = input.start[range.lowerBound]
        let e = input.end[range.upperBound &- 1]
        for k in 0..<n {
            bytes[count &+ k] = replacement[k]
            start[count &+ k] = s
            end[count &+ k] = e
        }
        count &+= n
    }

    /// Writes one ASCII byte for input bytes `range`.
    @inline(__always)
    mutating func replace(_ range: Range<Int>, withByte byte: UInt8) {
        if !materialized { materialize() }
        reserve(1)
        bytes[count] = byte
        start[count] = input.start[range.lowerBound]
        end[count] = input.end[range.upperBound &- 1]
        count &+= 1
    }

    private mutating func materialize() {
        materialized = true
        reserve(input.count + input.count / 8 + 16)
        append(0..<pendingEnd)
    }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count &+ extra > capacity { grow(to: max(capacity * 2, count &+ extra)) }
    }

    private mutating func grow(to newCapacity: Int) {
        let newBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        let newStart = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity)
        let newEnd = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity)
        newBytes.update(from: bytes, count: count)
        newStart.update(from: start, count: count)
        newEnd.update(from: end, count: count)
        bytes.deallocate()
        start.deallocate()
        end.deallocate()
        bytes = newBytes
        start = newStart
        end = newEnd
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func append(_ range: Range<Int>) {
        let n = range.count
        reserve(n)
        (bytes + count).update(from: input.bytes.baseAddress! + range.lowerBound, count: n)
        (start + count).update(from: input.start.baseAddress! + range.lowerBound, count: n)
        (end + count).update(from: input.end.baseAddress! + range.lowerBound, count: n)
        count &+= n
    }

    /// The written view, or nil when it is the input unchanged.
    consuming func finish(original: String) -> MappedText? {
        if !materialized && pendingEnd == input.count { return nil }
        if !materialized { materialize() }
        let n = count
        let b = bytes, s = start, e = end
        return MappedText(original: original,
                          utf8: [UInt8](unsafeUninitializedCapacity: n) { $0.baseAddress!.update(from: b, count: n); $1 = n },
                          originStart: [Int32](unsafeUninitializedCapacity: n) { $0.baseAddress!.update(from: s, count: n); $1 = n },
                          originEnd: [Int32](unsafeUninitializedCapacity: n) { $0.baseAddress!.update(from: e, count: n); $1 = n })
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
        ScalarReader(bytes: bytes).scalar(at: i)
    }
}

/// Decodes scalars from valid UTF-8 (a String's bytes or a view's), without checks.
public struct ScalarReader {
    public let bytes: UnsafeBufferPointer<UInt8>

    @inlinable
    public init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The scalar starting at byte `i` of valid UTF-8 and its length in bytes.
    @inlinable @inline(__always)
    public func scalar(at i: Int) -> (value: UInt32, length: Int) {
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

    /// This view with some single bytes replaced by other single bytes: the map is shared and
    /// only the bytes are copied. `body` edits a copy of the bytes in place and returns whether
    /// it changed any; when it did not, this view is returned as it is.
    func patched(_ body: (UnsafeMutableBufferPointer<UInt8>) -> Bool) -> MappedText {
        var changed = false
        let copy = [UInt8](unsafeUninitializedCapacity: utf8.count) { buffer, count in
            utf8.withUnsafeBufferPointer { _ = buffer.initialize(from: $0) }
            count = utf8.count
            changed = body(buffer)
        }
        guard changed else { return self }
        return MappedText(original: original, utf8: copy, originStart: originStart, originEnd: originEnd, isIdentity: false)
    }
}
