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

    /// The segment as a `TextSpan` of `text` (scalar offsets and text included).
    public func span(in text: String) -> TextSpan {
        TextSpan(utf8Range: utf8Range, in: text)
    }

    /// The segment's text in `text`, the string it was found in. O(1) for native strings.
    public func substring(in text: String) -> Substring {
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: utf8Range.lowerBound)
        let end = text.utf8.index(start, offsetBy: utf8Range.count)
        return text[start..<end]
    }

    /// The segment's range in Unicode scalars of `text`. O(n) in the offset: count once for many.
    public func scalarRange(in text: String) -> Range<Int> {
        let lower = UTF8Offsets.scalarOffset(ofUTF8: utf8Range.lowerBound, in: text)
        let upper = UTF8Offsets.scalarOffset(ofUTF8: utf8Range.upperBound, in: text)
        return lower..<upper
    }
}
