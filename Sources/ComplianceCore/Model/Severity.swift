/// How much a finding weighs in a decision.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    /// Informational: never changes a decision.
    case info
    /// The listing needs a person's review.
    case warn
    /// The listing must not be published as it is.
    case block

    private var rank: Int {
        switch self {
        case .info: 0
        case .warn: 1
        case .block: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// What area of compliance a rule belongs to (DESIGN section 8).
public enum FindingCategory: String, Sendable, Codable, CaseIterable {
    case privacy, trademark, counterfeit, regulatory, marketplace, localization, quality
}
