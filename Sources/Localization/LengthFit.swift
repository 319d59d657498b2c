import ComplianceCore
import TextEngine

/// Shortening a field to a marketplace's limit, in the unit the marketplace counts: at the last
/// word boundary that fits (ICU word break for the locale, so Japanese, Chinese and Thai are cut
/// between words found by dictionary), never inside a grapheme, never inside a protected span
/// (a brand, a model number), without a dangling separator at the end.
public enum LengthFit {
    /// A fitted text.
    public struct Result: Sendable, Equatable {
        public let text: String
        /// Whether anything was cut.
        public let truncated: Bool
        /// The length of `text` in the unit asked for.
        public let length: Int
    }

    /// Characters a cut text does not end with: spaces and the separators of listing titles.
    static let trailing: Set<Unicode.Scalar> = [
        " ", "\t", "\n", ",", ";", ":", "-", "–", "—", "/", "|", "·", "•", "(", "[", "&", "+", "、", "，", "；", "：", "・", "／", "\u{3000}",
    ]

    /// `text` cut to at most `maximum` in `unit`.
    /// - Parameters:
    ///   - protected: strings that are never cut (brand, model number); a cut that would fall
    ///     inside one falls before it instead.
    /// - Throws: `TextEngineError.icu` when ICU cannot segment the text.
    public static func fit(_ text: String, maximum: Int, unit: LengthUnit, locale: String, protected: [String] = []) throws -> Result {
        let graphemes = try Segmenter(locale: locale).graphemes(in: text)
        let total = length(upTo: text.utf8.count, in: text, unit: unit, graphemes: graphemes)
        if total <= maximum { return Result(text: text, truncated: false, length: total) }

        let bytes = Array(text.utf8)
        let blocked = protectedRanges(protected, in: bytes)
        func allowed(_ offset: Int) -> Bool { !blocked.contains { $0.lowerBound < offset && offset < $0.upperBound } }
        // Prefer word boundaries; a text with no boundary that fits is cut between graphemes.
        let words = try WordBoundaries(text: text, locale: locale)
        let graphemeEnds = graphemes.map(\.utf8Range.upperBound)
        for candidates in [graphemeEnds.filter { words.isBoundary(utf8Offset: $0) }, graphemeEnds] {
            for end in candidates.reversed() where end < bytes.count && allowed(end) {
                let cut = trimmedEnd(bytes, end)
                guard cut > 0, allowed(cut) else { continue }
                let fitted = length(upTo: cut, in: text, unit: unit, graphemes: graphemes)
                if fitted <= maximum {
                    return Result(text: String(decoding: bytes[..<cut], as: UTF8.self), truncated: true, length: fitted)
                }
            }
        }
        return Result(text: "", truncated: true, length: 0)
    }

    /// The length of the first `utf8Offset` bytes of `text` (a grapheme boundary) in `unit`.
    static func length(upTo utf8Offset: Int, in text: String, unit: LengthUnit, graphemes: [TextSegment]) -> Int {
        switch unit {
        case .utf8Bytes:
            return utf8Offset
        case .utf16Units:
            return String(decoding: Array(text.utf8)[..<utf8Offset], as: UTF8.self).utf16.count
        case .graphemes:
            return graphemes.prefix { $0.utf8Range.upperBound <= utf8Offset }.count
        }
    }

    /// The end of `bytes[..<end]` without trailing spaces and separators.
    static func trimmedEnd(_ bytes: [UInt8], _ end: Int) -> Int {
        var cut = end
        while cut > 0 {
            var start = cut - 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            guard let scalar = String(decoding: bytes[start..<cut], as: UTF8.self).unicodeScalars.first,
                  trailing.contains(scalar) else { break }
            cut = start
        }
        return cut
    }

    /// Where the protected strings occur (exact UTF-8 match).
    static func protectedRanges(_ protected: [String], in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for term in protected where !term.isEmpty {
            let needle = Array(term.utf8)
            guard needle.count <= bytes.count else { continue }
            for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
                if bytes[start..<(start + needle.count)].elementsEqual(needle) { ranges.append(start..<(start + needle.count)) }
            }
        }
        return ranges
    }
}
