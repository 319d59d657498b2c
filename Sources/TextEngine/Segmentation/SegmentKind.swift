/// What a segment is, with the detail ICU's rule status gives for its unit.
public enum SegmentKind: Sendable, Hashable {
    /// A user-perceived character (extended grapheme cluster).
    case grapheme
    /// A word-break segment and what it holds.
    case word(WordKind)
    /// A sentence and how it ends.
    case sentence(SentenceEnd)
    /// A stretch up to a line-break opportunity and whether that break is mandatory.
    case line(LineBreakKind)

    /// The word kind for word segments, `nil` for the other units.
    public var wordKind: WordKind? {
        if case let .word(kind) = self { return kind }
        return nil
    }
}

/// The kind of a word-break segment, from ICU's rule status (`UBRK_WORD_*`).
public enum WordKind: Sendable, Hashable, CaseIterable {
    /// Spaces, punctuation and symbols: not a word.
    case nonWord
    /// A number such as "42" or "3.5".
    case number
    /// Letters: a word in an alphabetic script, or a dictionary word in Thai, Lao, Khmer, Burmese.
    case letter
    /// Hiragana or Katakana.
    case kana
    /// Han ideographs (a dictionary word in Chinese or Japanese).
    case ideographic

    /// Whether the segment is a word rather than space or punctuation.
    public var isWordLike: Bool { self != .nonWord }

    init(ruleStatus: Int32) {
        switch ruleStatus {
        case 100..<200: self = .number
        case 200..<300: self = .letter
        case 300..<400: self = .kana
        case 400..<500: self = .ideographic
        default: self = .nonWord
        }
    }
}

/// How a sentence ends, from ICU's rule status (`UBRK_SENTENCE_*`).
public enum SentenceEnd: Sendable, Hashable, CaseIterable {
    /// With a terminator such as ".", "?", "!" or "。".
    case terminator
    /// At a paragraph separator or the end of the text, without a terminator.
    case separator

    init(ruleStatus: Int32) {
        self = (100..<200).contains(ruleStatus) ? .separator : .terminator
    }
}

/// Whether a line break opportunity is optional or required (`UBRK_LINE_*`).
public enum LineBreakKind: Sendable, Hashable, CaseIterable {
    /// A line may break here.
    case soft
    /// A line must break here (after a newline or paragraph separator).
    case hard

    init(ruleStatus: Int32) {
        self = (100..<200).contains(ruleStatus) ? .hard : .soft
    }
}
