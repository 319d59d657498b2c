/// Splits text into graphemes, words, sentences and lines with ICU's rules for a locale.
///
/// Offsets are UTF-8 byte offsets into the text passed in. ICU tailors some units per locale
/// (for example line breaking in Japanese), and its word iterator uses dictionaries for
/// Chinese, Japanese, Thai, Lao, Khmer and Burmese whatever the locale.
public struct Segmenter: Sendable, Hashable {
    /// The locale id whose rules apply, such as "en", "th" or "zh-Hans".
    public let locale: String

    /// Creates a segmenter for `locale`; unknown locales use the root rules.
    public init(locale: String) {
        self.locale = locale
    }

    /// The segments of `unit` in `text`, in order, covering it without gaps.
    /// - Throws: `TextEngineError.icu` when ICU cannot open the break iterator.
    public func segments(in text: String, unit: SegmentUnit) throws -> [TextSegment] {
        let scan = try BreakScan(text, unit: unit, locale: locale)
        switch unit {
        case .grapheme: return scan.segments { _ in .grapheme }
        case .word: return scan.segments { .word(WordKind(ruleStatus: $0)) }
        case .sentence: return scan.segments { .sentence(SentenceEnd(ruleStatus: $0)) }
        case .line: return scan.segments { .line(LineBreakKind(ruleStatus: $0)) }
        }
    }

    /// The extended grapheme clusters of `text`.
    public func graphemes(in text: String) throws -> [TextSegment] {
        try segments(in: text, unit: .grapheme)
    }

    /// The word-break segments of `text`: words, and the spaces and punctuation between them.
    public func words(in text: String) throws -> [TextSegment] {
        try segments(in: text, unit: .word)
    }

    /// The sentences of `text`.
    public func sentences(in text: String) throws -> [TextSegment] {
        try segments(in: text, unit: .sentence)
    }

    /// The places where a line may or must break in `text`: the end of every line segment.
    public func lineBreaks(in text: String) throws -> [LineBreakOpportunity] {
        try segments(in: text, unit: .line).map { segment in
            guard case let .line(kind) = segment.kind else { preconditionFailure("line segment expected") }
            return LineBreakOpportunity(utf8Offset: segment.utf8Range.upperBound, kind: kind)
        }
    }

    /// The word boundaries of `text`, for constant-time boundary queries.
    public func wordBoundaries(in text: String) throws -> WordBoundaries {
        try WordBoundaries(text: text, locale: locale)
    }
}

/// A position where a line can break, after the byte before `utf8Offset`.
public struct LineBreakOpportunity: Sendable, Hashable {
    /// The UTF-8 offset of the first byte after the break.
    public let utf8Offset: Int
    /// Whether the break is optional or required.
    public let kind: LineBreakKind
}
