import ComplianceCore
import Foundation
import GRDB

/// The embedded store: one SQLite file in WAL mode (GRDB), or a database in memory for tests.
/// Every write is a transaction; SQLite runs one write at a time, so decisions on a listing
/// are serialized.
public final class SQLiteStore: ClearanceStore {
    let writer: any DatabaseWriter

    /// Opens (creating when needed) the database at `path` and brings its schema forward.
    /// - Throws: `StoreError` naming the file when it cannot be opened or is not a Clearance store.
    public init(path: String) throws {
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(10)
            writer = try DatabasePool(path: path, configuration: configuration)
            try StoreSchema.migrator.migrate(writer)
        } catch let error as DatabaseError {
            throw StoreError("\(path): \(error.message ?? "\(error)")")
        }
    }

    /// A store in memory, gone when released.
    public init() throws {
        writer = try DatabaseQueue()
        try StoreSchema.migrator.migrate(writer)
    }

    // MARK: Runs

    public func unfinishedRun(key: String) async throws -> StoredRun? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM run WHERE key = ? AND finished_at IS NULL ORDER BY id DESC LIMIT 1",
                             arguments: [key]).map(Self.run)
        }
    }

    public func run(_ id: Int64) async throws -> StoredRun? {
        try await writer.read { db in try Row.fetchOne(db, sql: "SELECT * FROM run WHERE id = ?", arguments: [id]).map(Self.run) }
    }

    public func startRun(_ start: RunStart, at: String) async throws -> StoredRun {
        try await writer.write { db in
            try db.execute(sql: """
                INSERT INTO run (key, source, markets, packs, tool, icu, cldr, day, started_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [start.key, start.source, Self.json(start.markets), Self.json(start.packs), start.tool, start.icu,
                                 start.cldr, start.day, at])
            let id = db.lastInsertedRowID
            let detail = Self.json(["source": start.source, "markets": start.markets.joined(separator: ","), "day": start.day,
                                    "tool": start.tool, "icu": start.icu, "cldr": start.cldr])
            try Self.append(db, at: at, actor: start.actor, action: "run.start", subject: "run:\(id)", packs: start.packs,
                            reason: nil, detail: detail)
            return try Self.run(Row.fetchOne(db, sql: "SELECT * FROM run WHERE id = ?", arguments: [id])!)
        }
    }

    public func record(_ batch: [BatchItem], run: Int64, day: String, itemsDone: Int) async throws -> [StoredResult] {
        try await writer.write { db in
            try Self.record(batch, run: run, day: day, db: db) { stored, lastItem in max(stored.itemsDone, itemsDone, lastItem + 1) }
        }
    }

    /// Records a batch into an unfinished run and moves its counts; `itemsDone` gives the run's
    /// progress from what it was and the batch's last item (-1 for an empty batch).
    static func record(_ batch: [BatchItem], run: Int64, day: String, db: Database,
                       itemsDone: (StoredRun, Int) -> Int) throws -> [StoredResult] {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM run WHERE id = ?", arguments: [run]) else {
            throw StoreError("no run \(run)")
        }
        let stored = Self.run(row)
        guard stored.finishedAt == nil else { throw StoreError("run \(run) is finished") }
        var counts = stored.counts
        var recorded: [StoredResult] = []
        var last = -1
        for entry in batch {
            switch entry {
            case let .failed(item, message):
                try db.execute(sql: "INSERT INTO run_error (run_id, item, message) VALUES (?, ?, ?)", arguments: [run, item, message])
                counts.errors += 1
                last = max(last, item)
            case let .checked(item, listingID, content, results):
                let version = ListingVersion(listingID: listingID, contentHash: AuditChain.sha256(content))
                let versionID = try Self.versionID(db, version, content: content)
                for result in results {
                    let made = try Self.insert(result, item: item, version: version, versionID: versionID, run: run, day: day, db: db)
                    recorded.append(made)
                    counts.listings += 1
                    switch made.decision {
                    case .pass: counts.pass += 1
                    case .review: counts.review += 1
                    case .block: counts.block += 1
                    }
                }
                last = max(last, item)
            }
        }
        try db.execute(sql: """
            UPDATE run SET items_done = ?, listings = ?, pass = ?, review = ?, block = ?, errors = ? WHERE id = ?
            """, arguments: [itemsDone(stored, last), counts.listings, counts.pass, counts.review, counts.block, counts.errors, run])
        return recorded
    }

    public func finishRun(_ run: Int64, actor: String, at: String) async throws -> StoredRun {
        try await writer.write { db in try Self.finish(db, run: run, actor: actor, at: at) }
    }

    /// Marks a run finished, with its counts, in the audit trail (once).
    static func finish(_ db: Database, run: Int64, actor: String, at: String) throws -> StoredRun {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM run WHERE id = ?", arguments: [run]) else {
            throw StoreError("no run \(run)")
        }
        let stored = Self.run(row)
        guard stored.finishedAt == nil else { return stored }
        try db.execute(sql: "UPDATE run SET finished_at = ? WHERE id = ?", arguments: [at, run])
        let c = stored.counts
        let detail = Self.json(["items": "\(stored.itemsDone)", "listings": "\(c.listings)", "pass": "\(c.pass)",
                                "review": "\(c.review)", "block": "\(c.block)", "errors": "\(c.errors)"])
        try Self.append(db, at: at, actor: actor, action: "run.finish", subject: "run:\(run)", packs: stored.packs,
                        reason: nil, detail: detail)
        return try Self.run(Row.fetchOne(db, sql: "SELECT * FROM run WHERE id = ?", arguments: [run])!)
    }

    public func latestVersion(listingID: String, market: String) async throws -> ListingVersion? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: """
                SELECT v.listing_id, v.content_hash FROM latest_result l JOIN listing_version v ON v.id = l.version_id
                WHERE l.listing_id = ? AND l.market = ?
                """, arguments: [listingID, market]).map { ListingVersion(listingID: $0["listing_id"], contentHash: $0["content_hash"]) }
        }
    }

    public func results(run: Int64) async throws -> [StoredResult] {
        try await writer.read { db in
            try Self.storedResults(db, where: "r.run_id = ?", arguments: [run], order: "r.item, r.market").map(\.result)
        }
    }

    public func contents(run: Int64) async throws -> [String: String] {
        try await writer.read { db in
            var contents: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT DISTINCT v.content_hash, v.content FROM result r JOIN listing_version v ON v.id = r.version_id WHERE r.run_id = ?
                """, arguments: [run]) {
                contents[row["content_hash"]] = row["content"]
            }
            return contents
        }
    }

    /// The results that `condition` (over `result r`) selects, in `order`, with their findings.
    static func storedResults(_ db: Database, where condition: String, arguments: StatementArguments,
                              order: String) throws -> [(run: Int64, result: StoredResult)] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.run_id, r.item, r.market, r.engine_decision, r.decision, v.listing_id, v.content_hash
            FROM result r JOIN listing_version v ON v.id = r.version_id
            WHERE \(condition) ORDER BY \(order)
            """, arguments: arguments)
        return try rows.map { row in
            let run: Int64 = row["run_id"], item: Int = row["item"], market: String = row["market"]
            let findings = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT rule, category, severity, field, match, utf8_start, utf8_end, message, fingerprint, overridden_by FROM finding
                WHERE run_id = ? AND item = ? AND market = ? ORDER BY id
                """), arguments: [run, item, market]).map(Self.finding)
            return (run, StoredResult(item: item, version: ListingVersion(listingID: row["listing_id"], contentHash: row["content_hash"]),
                                      market: market, engineDecision: Decision(rawValue: row["engine_decision"]) ?? .block,
                                      decision: Decision(rawValue: row["decision"]) ?? .block, findings: findings))
        }
    }

    // MARK: Rows

    static func insert(_ result: ListingResult, item: Int, version: ListingVersion, versionID: Int64, run: Int64, day: String,
                               db: Database) throws -> StoredResult {
        let overrides = try Self.overrides(db, versionID: versionID, version: version, market: result.market, day: day)
        var kept: [Finding] = []
        var stored: [StoredFinding] = []
        for finding in result.findings {
            let covering = overrides.first { $0.fingerprint == finding.fingerprint }
            if covering == nil { kept.append(finding) }
            try db.cachedStatement(sql: """
                INSERT INTO finding (run_id, item, market, rule, category, severity, field, match, utf8_start, utf8_end, message, fingerprint, overridden_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [run, item, result.market, finding.rule, finding.category.rawValue, finding.severity.rawValue,
                                 finding.field.description, finding.span.text, finding.span.utf8Range.lowerBound,
                                 finding.span.utf8Range.upperBound, finding.message, finding.fingerprint, covering?.id])
            stored.append(StoredFinding(rule: finding.rule, category: finding.category.rawValue, severity: finding.severity,
                                        field: finding.field.description, match: finding.span.text, utf8Range: finding.span.utf8Range,
                                        message: finding.message, fingerprint: finding.fingerprint, overriddenBy: covering?.id))
        }
        let decision = Decision(findings: kept)
        try db.cachedStatement(sql: """
            INSERT INTO result (run_id, item, market, version_id, engine_decision, decision) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [run, item, result.market, versionID, result.decision.rawValue, decision.rawValue])
        try db.cachedStatement(sql: """
            INSERT INTO latest_result (listing_id, market, run_id, item, version_id, decision, engine_decision) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (listing_id, market) DO UPDATE SET run_id = excluded.run_id, item = excluded.item, version_id = excluded.version_id,
                decision = excluded.decision, engine_decision = excluded.engine_decision
            WHERE (excluded.run_id, excluded.item) > (latest_result.run_id, latest_result.item)
            """).execute(arguments: [version.listingID, result.market, run, item, versionID, decision.rawValue, result.decision.rawValue])
        return StoredResult(item: item, version: version, market: result.market, engineDecision: result.decision, decision: decision,
                            findings: stored)
    }

    /// The overrides of a listing version in a market: those that apply on `day`, or all of them.
    static func overrides(_ db: Database, versionID: Int64, version: ListingVersion, market: String, day: String?) throws -> [Override] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM override WHERE version_id = ? AND market = ? AND (? IS NULL OR expires IS NULL OR expires >= ?) ORDER BY id
            """), arguments: [versionID, market, day, day]).map { row in
            Override(id: row["id"], version: version, market: row["market"], fingerprint: row["fingerprint"], officer: row["officer"],
                     reason: row["reason"], createdAt: row["created_at"], expires: row["expires"])
        }
    }

    static func versionID(_ db: Database, _ version: ListingVersion, content: String) throws -> Int64 {
        if let id = try versionIDIfKnown(db, version) { return id }
        try db.cachedStatement(sql: "INSERT INTO listing_version (listing_id, content_hash, content) VALUES (?, ?, ?)")
            .execute(arguments: [version.listingID, version.contentHash, content])
        return db.lastInsertedRowID
    }

    static func versionIDIfKnown(_ db: Database, _ version: ListingVersion) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM listing_version WHERE listing_id = ? AND content_hash = ?"),
                           arguments: [version.listingID, version.contentHash])
    }

    static func existingVersionID(_ db: Database, _ version: ListingVersion) throws -> Int64 {
        guard let id = try versionIDIfKnown(db, version) else {
            throw StoreError("no listing \(version.listingID) with content \(version.contentHash.prefix(12)) in the store")
        }
        return id
    }

    static func run(_ row: Row) -> StoredRun {
        var counts = StoredRun.Counts()
        counts.listings = row["listings"]
        counts.pass = row["pass"]
        counts.review = row["review"]
        counts.block = row["block"]
        counts.errors = row["errors"]
        return StoredRun(id: row["id"], key: row["key"], source: row["source"], markets: strings(row["markets"]), packs: strings(row["packs"]),
                         day: row["day"], startedAt: row["started_at"], finishedAt: row["finished_at"], itemsDone: row["items_done"],
                         counts: counts)
    }

    static func finding(_ row: Row) -> StoredFinding {
        let start: Int = row["utf8_start"], end: Int = row["utf8_end"]
        return StoredFinding(rule: row["rule"], category: row["category"], severity: Severity(rawValue: row["severity"]) ?? .block,
                             field: row["field"], match: row["match"], utf8Range: start..<max(start, end), message: row["message"],
                             fingerprint: row["fingerprint"], overriddenBy: row["overridden_by"])
    }

    // Shared with the other stores (StoreConventions), so they write and refuse alike.
    static func subject(_ version: ListingVersion, _ market: String) -> String { StoreConventions.subject(version, market) }
    static func require(officer: String, reason: String) throws { try StoreConventions.require(officer: officer, reason: reason) }
    static func isDay(_ text: String) -> Bool { StoreConventions.isDay(text) }
    static func json(_ fields: [String: String]) -> String { StoreConventions.json(fields) }
    static func json(_ list: [String]) -> String { StoreConventions.json(list) }
    static func strings(_ text: String) -> [String] { StoreConventions.strings(text) }
}
