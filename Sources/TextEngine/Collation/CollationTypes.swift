import CICUShim

/// Which differences a collator counts.
public enum CollationStrength: Sendable, Hashable, CaseIterable {
    /// Base letters only: "a" = "á" = "A".
    case primary
    /// Also accents: "a" = "A" < "á".
    case secondary
    /// Also case and variants: "a" < "A" < "á" (the default).
    case tertiary
    /// Also punctuation when it is shifted.
    case quaternary
    /// Every code point difference.
    case identical

    var shimValue: Int32 {
        switch self {
        case .primary: return Int32(CLR_STRENGTH_PRIMARY)
        case .secondary: return Int32(CLR_STRENGTH_SECONDARY)
        case .tertiary: return Int32(CLR_STRENGTH_TERTIARY)
        case .quaternary: return Int32(CLR_STRENGTH_QUATERNARY)
        case .identical: return Int32(CLR_STRENGTH_IDENTICAL)
        }
    }
}

/// The result of comparing two strings with a collator.
public enum CollationOrder: Int, Sendable, Hashable {
    /// The first string sorts before the second.
    case ascending = -1
    /// They sort as equal at the collator's strength.
    case same = 0
    /// The first string sorts after the second.
    case descending = 1
}

/// A collation sort key: compare keys bytewise instead of comparing strings again.
public struct CollationKey: Sendable, Hashable, Comparable {
    /// The key's bytes, without ICU's terminating zero.
    public let bytes: [UInt8]

    public static func < (lhs: CollationKey, rhs: CollationKey) -> Bool {
        lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
    }
}
