import TextEngine

/// One thing a rule found in a listing for a market, on the text as written.
public struct Finding: Sendable, Equatable {
    public let rule: String
    public let category: FindingCategory
    public let severity: Severity
    public let market: String
    public let field: FieldPath
    /// The span in the field as given; empty for a finding about the whole listing.
    public let span: TextSpan
    /// The rule's message in English, with `{match}` filled in.
    public let message: String
    public let citation: Citation
    public let fix: String?
    /// Stable across runs and edits elsewhere in the listing: rule, listing, market and the
    /// folded match (not an offset), for baselines and waivers.
    public let fingerprint: String
    /// How the match was found, for `--explain`.
    public let explanation: String

    public init(rule: String, category: FindingCategory, severity: Severity, market: String, field: FieldPath,
                span: TextSpan, message: String, citation: Citation, fix: String?, fingerprint: String, explanation: String) {
        self.rule = rule
        self.category = category
        self.severity = severity
        self.market = market
        self.field = field
        self.span = span
        self.message = message
        self.citation = citation
        self.fix = fix
        self.fingerprint = fingerprint
        self.explanation = explanation
    }
}

/// What a listing may do in a market.
public enum Decision: String, Sendable, Codable, CaseIterable {
    /// No finding that needs attention.
    case pass
    /// A person must look (a `warn` finding).
    case review
    /// It must not be published as it is (a `block` finding).
    case block

    /// The decision the findings call for: block if any blocks, review if any warns.
    public init(findings: [Finding]) {
        if findings.contains(where: { $0.severity == .block }) {
            self = .block
        } else if findings.contains(where: { $0.severity == .warn }) {
            self = .review
        } else {
            self = .pass
        }
    }
}

/// The outcome for one listing in one market.
public struct ListingResult: Sendable, Equatable {
    public let listing: String
    public let market: String
    public let decision: Decision
    /// Sorted by field, then offset, then rule.
    public let findings: [Finding]

    public init(listing: String, market: String, decision: Decision, findings: [Finding]) {
        self.listing = listing
        self.market = market
        self.decision = decision
        self.findings = findings
    }
}
