import CICUShim

/// The units a text can be segmented into (UAX #29 and UAX #14, tailored by ICU per locale).
public enum SegmentUnit: String, Sendable, Hashable, CaseIterable {
    /// Extended grapheme clusters: what a reader sees as one character.
    case grapheme
    /// Words, spaces and punctuation; dictionary-based for Chinese, Japanese, Thai, Lao, Khmer
    /// and Burmese.
    case word
    /// Sentences.
    case sentence
    /// Stretches between line-break opportunities.
    case line

    var shimKind: Int32 {
        switch self {
        case .grapheme: return Int32(CLR_BREAK_GRAPHEME)
        case .word: return Int32(CLR_BREAK_WORD)
        case .sentence: return Int32(CLR_BREAK_SENTENCE)
        case .line: return Int32(CLR_BREAK_LINE)
        }
    }
}
