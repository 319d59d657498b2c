import CICUShim

/// How far a string strays from a single script (UTS #39 section 5.2), strictest first.
public enum RestrictionLevel: Int, Sendable, Hashable, Comparable, CaseIterable {
    /// Only ASCII characters.
    case ascii
    /// One script, counting Han with Hiragana and Katakana (Japanese), with Bopomofo, or with
    /// Hangul (Korean) as one.
    case singleScriptRestrictive
    /// Latin with one of Han+Hiragana+Katakana, Han+Bopomofo or Han+Hangul.
    case highlyRestrictive
    /// Latin with one other recommended script other than Cyrillic, Greek or Cherokee.
    case moderatelyRestrictive
    /// Any mix of recommended scripts.
    case minimallyRestrictive
    /// Anything else.
    case unrestrictive

    public static func < (lhs: RestrictionLevel, rhs: RestrictionLevel) -> Bool { lhs.rawValue < rhs.rawValue }

    init(shimLevel: Int32) {
        switch Int(shimLevel) {
        case CLR_LEVEL_ASCII: self = .ascii
        case CLR_LEVEL_SINGLE_SCRIPT_RESTRICTIVE: self = .singleScriptRestrictive
        case CLR_LEVEL_HIGHLY_RESTRICTIVE: self = .highlyRestrictive
        case CLR_LEVEL_MODERATELY_RESTRICTIVE: self = .moderatelyRestrictive
        case CLR_LEVEL_MINIMALLY_RESTRICTIVE: self = .minimallyRestrictive
        default: self = .unrestrictive
        }
    }
}
