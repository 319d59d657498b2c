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

    public init(id: Int64, key: String, source: String, markets: [String], packs: [String], day: String, startedAt: String,
                finishedAt: String?, itemsDone: Int, counts: Counts) {
        self.id = id
        self.key = key
        self.source = source
        self.markets = markets
        self.packs = packs
        self.day = day
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.itemsDone = itemsDone
        self.counts = counts
    }

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

    public init(item: Int, version: ListingVersion, market: String, engineDecision: Decision, decision: Decision,
                findings: [StoredFinding]) {
        self.item = item
        self.version = version
        self.market = market
        self.engineDecision = engineDecision
        self.decision = decision
        self.findings = findings
    }
}

public struct StoredFinding: Sendable, Equatable {
    public let rule: String
    /// privacy, trademark, counterfeit, regulatory, marketplace, ... (`FindingCategory`).
    public let category: String
    public let severity: Severity
    public let field: String
    public let match: String
    /// The match's bytes in the UTF-8 of the field as recorded (empty for the listing as a whole).
    public let utf8Range: Range<Int>
    public let message: String
    public let fingerprint: String
    /// The override that covers the finding, when one does.
    public let overriddenBy: Int64?

    public init(rule: String, category: String, severity: Severity, field: String, match: String, utf8Range: Range<Int>, message: String,
                fingerprint: String, overriddenBy: Int64?) {
        self.rule = rule
        self.category = category
        self.severity = severity
        self.field = field
        self.match = match
        self.utf8Range = utf8Range
        self.message = message
        self.fingerprint = fingerprint
        self.overriddenBy = overriddenBy
    }
}

/// Why the store refused a request, in words for the person who made it.
public struct StoreError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
