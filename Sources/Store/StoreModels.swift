import ComplianceCore

/// What starts an audit run: the catalog, the markets and the rules it is checked with.
public struct RunStart: Sendable, Equatable {
    /// Identifies the run for resuming: the same catalog bytes, markets, packs and day give the
    /// same key (`AuditChain.sha256` of them).
    public let key: String
    public let source: String
    public let markets: [String]
    /// `id@version` of every pack in force.
    public let packs: [String]
    public let tool: String
    public let icu: String
    public let cldr: String
    /// The day rules were evaluated on (YYYY-MM-DD).
    public let day: String
    public let actor: String

    public init(key: String, source: String, markets: [String], packs: [String], tool: String, icu: String, cldr: String,
                day: String, actor: String) {
        self.key = key
        self.source = source
        self.markets = markets
        self.packs = packs
        self.tool = tool
        self.icu = icu
        self.cldr = cldr
        self.day = day
        self.actor = actor
    }
}

/// A run as the store holds it.
public struct StoredRun: Sendable, Equatable {
    public let id: Int64
    public let key: String
    public let source: String
    public let markets: [String]
    public let packs: [String]
    public let day: String
    public let startedAt: String
    public let finishedAt: String?
    /// Catalog items recorded so far, in input order: a resumed run skips this many.
    public let itemsDone: Int
    public let counts: Counts

    public struct Counts: Sendable, Equatable {
        public var listings = 0, pass = 0, review = 0, block = 0, errors = 0
        public init() {}
    }
}

/// One catalog item of a batch: checked, with its results per market, or not readable.
public enum BatchItem: Sendable {
    /// `content` is the listing as canonical JSON; its hash identifies the listing version.
    case checked(item: Int, listingID: String, content: String, results: [ListingResult])
    case failed(item: Int, message: String)
}

/// A listing version: the same listing id with other content is another version, checked anew.
public struct ListingVersion: Sendable, Equatable, Hashable {
    public let listingID: String
    /// SHA-256 of the canonical JSON content.
    public let contentHash: String

    public init(listingID: String, contentHash: String) {
        self.listingID = listingID
        self.contentHash = contentHash
    }
}

/// A result as recorded: the engine's decision, the decision once overrides are applied, and
/// the findings with the override that covers each, if any.
public struct StoredResult: Sendable, Equatable {
    public let item: Int
    public let version: ListingVersion
    public let market: String
    public let engineDecision: Decision
    public let decision: Decision
    public let findings: [StoredFinding]
}

public struct StoredFinding: Sendable, Equatable {
    public let rule: String
    public let severity: Severity
    public let field: String
    public let match: String
    public let message: String
    public let fingerprint: String
    /// The override that covers the finding, when one does.
    public let overriddenBy: Int64?
}

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
}

/// Why the store refused a request, in words for the person who made it.
public struct StoreError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// What the review queue shows: filters over the newest result of each listing in each market.
public struct QueueFilter: Sendable, Equatable {
    public var market: String?
    /// nil: review and block (what needs an officer).
    public var decision: Decision?
    public var rule: String?
    public var severity: Severity?
    public var category: String?
    public var limit: Int
    public var offset: Int

    public init(market: String? = nil, decision: Decision? = nil, rule: String? = nil, severity: Severity? = nil, category: String? = nil,
                limit: Int = 100, offset: Int = 0) {
        self.market = market
        self.decision = decision
        self.rule = rule
        self.severity = severity
        self.category = category
        self.limit = limit
        self.offset = offset
    }
}

/// A listing in a market as the queue shows it: its newest recorded result and the officer's
/// latest decision on that version, if any.
public struct QueueEntry: Sendable, Equatable {
    public let version: ListingVersion
    public let market: String
    public let run: Int64
    public let decision: Decision
    public let engineDecision: Decision
    /// The rules of the findings not overridden, sorted.
    public let rules: [String]
    public let verdict: Verdict?
}

/// Everything recorded about a listing in a market: each version, newest first, with its
/// results, decisions and overrides.
public struct ListingHistory: Sendable, Equatable {
    public struct Version: Sendable, Equatable {
        public let version: ListingVersion
        /// The listing as canonical JSON.
        public let content: String
        /// (run, result), newest run first.
        public let results: [(run: Int64, result: StoredResult)]
        public let decisions: [OfficerDecision]
        public let overrides: [Override]

        public static func == (lhs: Version, rhs: Version) -> Bool {
            lhs.version == rhs.version && lhs.content == rhs.content && lhs.decisions == rhs.decisions && lhs.overrides == rhs.overrides
                && lhs.results.map(\.run) == rhs.results.map(\.run) && lhs.results.map(\.result) == rhs.results.map(\.result)
        }
    }

    public let listingID: String
    public let market: String
    public let versions: [Version]
}
