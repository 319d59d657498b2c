/// Conversions between UTF-8 byte offsets and other offset units.
public enum UTF8Offsets {
    /// The number of scalars that start before byte `offset` of valid UTF-8 `bytes`.
    public static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, upTo offset: Int) -> Int {
        var count = 0
        for i in 0..<offset where bytes[i] & 0xC0 != 0x80 { count &+= 1 }
        return count
    }

    /// The scalar offset of UTF-8 byte `utf8Offset` in `text`.
    public static func scalarOffset(ofUTF8 utf8Offset: Int, in text: String) -> Int {
        var text = text
        return text.withUTF8 { scalarCount($0, upTo: utf8Offset) }
    }

    /// The UTF-8 byte offset of scalar `scalarOffset` in `text` (its length when past the end).
    public static func utf8Offset(ofScalar scalarOffset: Int, in text: String) -> Int {
        var seen = 0
        var bytes = 0
        for scalar in text.unicodeScalars {
            if seen == scalarOffset { return bytes }
            seen += 1
            bytes += UTF8.width(scalar)
        }
        return bytes
    }

    /// The UTF-16 offset of UTF-8 byte `utf8Offset` in `text`, for limits counted in UTF-16 units.
    public static func utf16Offset(ofUTF8 utf8Offset: Int, in text: String) -> Int {
        let index = String.Index(utf16Offset: 0, in: text)
        let target = text.utf8.index(index, offsetBy: utf8Offset)
        return text.utf16.distance(from: text.utf16.startIndex, to: target)
    }
}
