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

/// Why the store refused a request, in words for the person who made it.
public struct StoreError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// What the review queue shows: filters over the newest result of each listing in each market.
public struct QueueFilter: Sendable, Equatable {
    public var market: String?
    /// Only this listing (all its markets).
    public var listing: String?
    /// The decisions shown; by default review and block (what needs an officer).
    public var decisions: Set<Decision>
    public var rule: String?
    public var severity: Severity?
    public var category: String?
    public var limit: Int
    public var offset: Int

    public init(market: String? = nil, listing: String? = nil, decisions: Set<Decision> = [.review, .block], rule: String? = nil,
                severity: Severity? = nil, category: String? = nil, limit: Int = 100, offset: Int = 0) {
        self.market = market
        self.listing = listing
        self.decisions = decisions
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

    public init(version: ListingVersion, market: String, run: Int64, decision: Decision, engineDecision: Decision, rules: [String],
                verdict: Verdict?) {
        self.version = version
        self.market = market
        self.run = run
        self.decision = decision
        self.engineDecision = engineDecision
        self.rules = rules
        self.verdict = verdict
    }
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

        public init(version: ListingVersion, content: String, results: [(run: Int64, result: StoredResult)], decisions: [OfficerDecision],
                    overrides: [Override]) {
            self.version = version
            self.content = content
            self.results = results
            self.decisions = decisions
            self.overrides = overrides
        }

        public static func == (lhs: Version, rhs: Version) -> Bool {
            lhs.version == rhs.version && lhs.content == rhs.content && lhs.decisions == rhs.decisions && lhs.overrides == rhs.overrides
                && lhs.results.map(\.run) == rhs.results.map(\.run) && lhs.results.map(\.result) == rhs.results.map(\.result)
        }
    }

    public let listingID: String
    public let market: String
    public let versions: [Version]

    public init(listingID: String, market: String, versions: [Version]) {
        self.listingID = listingID
        self.market = market
        self.versions = versions
    }
}

/// What the dashboard shows: where the newest results stand in each market, the rules behind
/// them, and the results recorded each day.
public struct Dashboard: Sendable, Equatable {
    public struct Counts: Sendable, Equatable {
        public var pass = 0, review = 0, block = 0
        /// Of those, the ones whose version an officer approved or rejected.
        public var approved = 0, rejected = 0
        public var total: Int { pass + review + block }

        public init() {}

        /// Counts `count` results with `decision`.
        public mutating func add(_ decision: Decision, _ count: Int) {
            switch decision {
            case .pass: pass += count
            case .review: review += count
            case .block: block += count
            }
        }
    }

    public struct MarketCounts: Sendable, Equatable {
        public let market: String
        public let counts: Counts

        public init(market: String, counts: Counts) {
            self.market = market
            self.counts = counts
        }
    }

    public struct RuleCount: Sendable, Equatable {
        public let rule: String
        public let category: String
        /// Listing-market pairs whose newest result has an open finding of the rule.
        public let listings: Int

        public init(rule: String, category: String, listings: Int) {
            self.rule = rule
            self.category = category
            self.listings = listings
        }
    }

    public struct DayCounts: Sendable, Equatable {
        /// The day runs evaluated rules on (YYYY-MM-DD).
        public let day: String
        /// The results recorded that day, all markets.
        public let counts: Counts

        public init(day: String, counts: Counts) {
            self.day = day
            self.counts = counts
        }
    }

    public struct RuleDay: Sendable, Equatable {
        public let day: String
        public let rule: String
        /// Open findings (not overridden, info excluded) recorded that day.
        public let findings: Int

        public init(day: String, rule: String, findings: Int) {
            self.day = day
            self.rule = rule
            self.findings = findings
        }
    }

    /// The newest result of each listing in each market, by market.
    public let markets: [MarketCounts]
    /// The rules with the most listings held back (review or block findings), at most 25.
    public let rules: [RuleCount]
    /// Results recorded per day since the day asked, oldest first.
    public let days: [DayCounts]
    public let ruleDays: [RuleDay]

    public init(markets: [MarketCounts], rules: [RuleCount], days: [DayCounts], ruleDays: [RuleDay]) {
        self.markets = markets
        self.rules = rules
        self.days = days
        self.ruleDays = ruleDays
    }
}

/// A batch of a run's catalog queued for workers: its items as `WorkItem`s in JSON.
public struct QueuedBatch: Sendable, Equatable {
    public let firstItem: Int
    public let items: Int
    public let payload: String

    public init(firstItem: Int, items: Int, payload: String) {
        self.firstItem = firstItem
        self.items = items
        self.payload = payload
    }
}

/// A batch a worker claimed: it records the batch's results with `completeBatch`, naming the
/// claim; a claim left too long (the worker died) is given to another worker.
public struct ClaimedBatch: Sendable, Equatable {
    public let run: StoredRun
    public let batch: QueuedBatch
    public let worker: String
    /// Random, per claim: a worker whose claim was given away cannot record the batch twice.
    public let claim: String

    public init(run: StoredRun, batch: QueuedBatch, worker: String, claim: String) {
        self.run = run
        self.batch = batch
        self.worker = worker
        self.claim = claim
    }
}

/// How far a queued run is.
public struct QueueProgress: Sendable, Equatable {
    public var pending = 0, claimed = 0, done = 0
    /// Every batch is queued.
    public var closed = false
    public init() {}
}
