/// One segment of a text (grapheme, word, sentence or line), located by UTF-8 byte offsets.
public struct TextSegment: Sendable, Hashable {
    /// The segment's bytes in the UTF-8 of the text it was found in.
    public let utf8Range: Range<Int>
    /// What the segment is.
    public let kind: SegmentKind

    /// Creates a segment from its UTF-8 range and kind.
    public init(utf8Range: Range<Int>, kind: SegmentKind) {
        self.utf8Range = utf8Range
        self.kind = kind
    }

    /// The segment's text in `text`, the string it was found in. O(1) for native strings.
    public func substring(in text: String) -> Substring {
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: utf8Range.lowerBound)
        let end = text.utf8.index(start, offsetBy: utf8Range.count)
        return text[start..<end]
    }

    /// The segment's range in Unicode scalars of `text`. O(n) in the offset: count once for many.
    public func scalarRange(in text: String) -> Range<Int> {
        let lower = UTF8Offsets.scalarOffset(in: text, utf8Offset: utf8Range.lowerBound)
        let upper = lower + UTF8Offsets.scalarCount(in: text, utf8Range: utf8Range)
        return lower..<upper
    }
}

/// Conversions from UTF-8 offsets to scalar offsets.
enum UTF8Offsets {
    /// The number of scalars that start before `utf8Offset`.
    static func scalarOffset(in text: String, utf8Offset: Int) -> Int {
        scalarCount(in: text, utf8Range: 0..<utf8Offset)
    }

    /// The number of scalars that start within `utf8Range`.
    static func scalarCount(in text: String, utf8Range: Range<Int>) -> Int {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound)
        let end = utf8.index(start, offsetBy: utf8Range.count)
        // Every scalar has exactly one byte that is not a continuation byte (10xxxxxx).
        return utf8[start..<end].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
