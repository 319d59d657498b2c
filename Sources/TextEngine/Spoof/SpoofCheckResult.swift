import CICUShim

/// What a spoof check found in a span.
public struct SpoofCheckResult: Sendable, Hashable {
    /// The span's own restriction level.
    public let restrictionLevel: RestrictionLevel
    /// The checks the span failed.
    public let failedChecks: SpoofChecks
    /// The scripts the span uses, without Common and Inherited.
    public let scripts: Set<ScriptCode>
    /// Whether the span looks like text in an expected script though it is in another one
    /// ("раураl" all Cyrillic for an English listing): it is in one unexpected script and its
    /// confusable skeleton holds only expected characters.
    public let isWholeScriptConfusable: Bool
    /// Whether the span mixes scripts so as to look like text in the expected scripts ("Nіkе"
    /// with Cyrillic і and е for an English listing): its skeleton holds only expected characters.
    public let isMixedScriptConfusable: Bool

    /// Whether the span mixes scripts that do not belong together (UTS #39: no single resolved
    /// script; Japanese Han with kana counts as one script).
    public var isMixedScript: Bool { restrictionLevel > .singleScriptRestrictive }

    /// Whether the span holds characters outside the expected scripts or locales.
    public var hasUnexpectedCharacters: Bool { failedChecks.contains(.unexpectedCharacters) }
}

/// Spoof checks a span can fail.
public struct SpoofChecks: OptionSet, Sendable, Hashable {
    public let rawValue: Int32

    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// Looser than highly restrictive (see `RestrictionLevel`).
    public static let restrictionLevel = SpoofChecks(rawValue: Int32(CLR_SPOOF_RESTRICTION_LEVEL))
    /// Repeated non-spacing marks, which may not display.
    public static let invisible = SpoofChecks(rawValue: Int32(CLR_SPOOF_INVISIBLE))
    /// Characters outside the expected scripts or locales.
    public static let unexpectedCharacters = SpoofChecks(rawValue: Int32(CLR_SPOOF_CHAR_LIMIT))
    /// Digits from more than one numbering system.
    public static let mixedNumbers = SpoofChecks(rawValue: Int32(CLR_SPOOF_MIXED_NUMBERS))
    /// A combining dot hidden on a dotted letter ("i" + U+0307).
    public static let hiddenOverlay = SpoofChecks(rawValue: Int32(CLR_SPOOF_HIDDEN_OVERLAY))
}
