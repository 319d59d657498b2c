/// A stretch of a text, in UTF-8 bytes and in Unicode scalars, with the text it covers.
public struct TextSpan: Sendable, Equatable, Hashable, Codable {
    /// Byte offsets in the UTF-8 of the text.
    public let utf8Range: Range<Int>
    /// Unicode scalar offsets in the text.
    public let scalarRange: Range<Int>
    /// The covered text as written.
    public let text: String

    /// A span whose offsets are already known.
    public init(utf8Range: Range<Int>, scalarRange: Range<Int>, text: String) {
        self.utf8Range = utf8Range
        self.scalarRange = scalarRange
        self.text = text
    }

    /// The span of `text` covering the bytes `utf8Range` (which must fall on scalar boundaries).
    public init(utf8Range: Range<Int>, in text: String) {
        var source = text
        let (start, slice) = source.withUTF8 { bytes -> (Int, String) in
            let before = UTF8Offsets.scalarCount(bytes, upTo: utf8Range.lowerBound)
            let covered = UnsafeBufferPointer(rebasing: bytes[utf8Range])
            return (before, String(decoding: covered, as: UTF8.self))
        }
        self.utf8Range = utf8Range
        self.scalarRange = start..<(start + slice.unicodeScalars.count)
        self.text = slice
    }
}
