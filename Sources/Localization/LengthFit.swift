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
        // The length of the first k graphemes, for every k.
        var lengths = [0]
        lengths.reserveCapacity(graphemes.count + 1)
        for segment in graphemes {
            let size = switch unit {
            case .graphemes: 1
            case .utf8Bytes: segment.utf8Range.count
            case .utf16Units: segment.substring(in: text).utf16.count
            }
            lengths.append(lengths[lengths.count - 1] + size)
        }
        if lengths[graphemes.count] <= maximum { return Result(text: text, truncated: false, length: lengths[graphemes.count]) }

        let bytes = Array(text.utf8)
        let blocked = protectedRanges(protected, in: bytes)
        func allowed(_ offset: Int) -> Bool { !blocked.contains { $0.lowerBound < offset && offset < $0.upperBound } }
        /// Whether grapheme `k` is one trailing character (a space or separator a cut drops).
        func isTrailing(_ k: Int) -> Bool {
            let scalars = graphemes[k].substring(in: text).unicodeScalars
            return scalars.count == 1 && trailing.contains(scalars.first!)
        }
        // Keep k graphemes, k from the most that fit down: at word boundaries first, and between
        // any graphemes only when no word boundary fits.
        let words = try WordBoundaries(text: text, locale: locale)
        for needsWordBoundary in [true, false] {
            for kept in stride(from: graphemes.count - 1, to: 0, by: -1) {
                let end = graphemes[kept - 1].utf8Range.upperBound
                guard !needsWordBoundary || words.isBoundary(utf8Offset: end), allowed(end) else { continue }
                var cut = kept
                while cut > 0, isTrailing(cut - 1) { cut -= 1 }
                guard cut > 0, lengths[cut] <= maximum else { continue }
                let offset = graphemes[cut - 1].utf8Range.upperBound
                guard allowed(offset) else { continue }
                return Result(text: String(decoding: bytes[..<offset], as: UTF8.self), truncated: true, length: lengths[cut])
            }
        }
        return Result(text: "", truncated: true, length: 0)
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
