import ComplianceCore

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
