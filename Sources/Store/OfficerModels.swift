import ComplianceCore

/// An officer's override of one finding on one listing version in one market.
public struct Override: Sendable, Equatable {
    public let id: Int64
    public let version: ListingVersion
    public let market: String
    public let fingerprint: String
    public let officer: String
    public let reason: String
    public let createdAt: String
    /// The last day it applies (YYYY-MM-DD), when it expires.
    public let expires: String?

    public init(id: Int64, version: ListingVersion, market: String, fingerprint: String, officer: String, reason: String,
                createdAt: String, expires: String?) {
        self.id = id
        self.version = version
        self.market = market
        self.fingerprint = fingerprint
        self.officer = officer
        self.reason = reason
        self.createdAt = createdAt
        self.expires = expires
    }
}

/// Approve or reject.
public enum Verdict: String, Sendable, CaseIterable, Codable {
    case approve, reject
}

/// An officer's decision on one listing version in one market.
public struct OfficerDecision: Sendable, Equatable {
    public let id: Int64
    public let version: ListingVersion
    public let market: String
    public let verdict: Verdict
    public let officer: String
    public let reason: String
    public let at: String

    public init(id: Int64, version: ListingVersion, market: String, verdict: Verdict, officer: String, reason: String, at: String) {
        self.id = id
        self.version = version
        self.market = market
        self.verdict = verdict
        self.officer = officer
        self.reason = reason
        self.at = at
    }
}
