import ComplianceCore
import Foundation
import GRDB

/// The embedded store: one SQLite file in WAL mode (GRDB), or a database in memory for tests.
/// Every write is a transaction; SQLite runs one write at a time, so decisions on a listing
/// are serialized.
public final class SQLiteStore: ClearanceStore {
    private let writer: any DatabaseWriter

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

    public func unfinishedRun(key: String) throws -> StoredRun? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM run WHERE key = ? AND finished_at IS NULL ORDER BY id DESC LIMIT 1",
                             arguments: [key]).map(Self.run)
        }
    }

    public func run(_ id: Int64) throws -> StoredRun? {
        try writer.read { db in try Row.fetchOne(db, sql: "SELECT * FROM run WHERE id = ?", arguments: [id]).map(Self.run) }
    }

    public func startRun(_ start: RunStart, at: String) throws -> StoredRun {
        try writer.write { db in
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

    public func record(_ batch: [BatchItem], run: Int64, day: String, itemsDone: Int) throws -> [StoredResult] {
        try writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM run WHERE id = ?", arguments: [run]) else {
                throw StoreError("no run \(run)")
            }
            let stored = Self.run(row)
            guard stored.finishedAt == nil else { throw StoreError("run \(run) is finished") }
            var counts = stored.counts
            var recorded: [StoredResult] = []
            var done = max(stored.itemsDone, itemsDone)
            for entry in batch {
                switch entry {
                case let .failed(item, message):
                    try db.execute(sql: "INSERT INTO run_error (run_id, item, message) VALUES (?, ?, ?)", arguments: [run, item, message])
                    counts.errors += 1
                    done = max(done, item + 1)
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
                    done = max(done, item + 1)
                }
            }
            try db.execute(sql: """
                UPDATE run SET items_done = ?, listings = ?, pass = ?, review = ?, block = ?, errors = ? WHERE id = ?
                """, arguments: [done, counts.listings, counts.pass, counts.review, counts.block, counts.errors, run])
            return recorded
        }
    }

    public func finishRun(_ run: Int64, actor: String, at: String) throws -> StoredRun {
        try writer.write { db in
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
    }

    public func latestVersion(listingID: String, market: String) throws -> ListingVersion? {
        try writer.read { db in
            try Row.fetchOne(db, sql: """
                SELECT v.listing_id, v.content_hash FROM result r JOIN listing_version v ON v.id = r.version_id
                WHERE v.listing_id = ? AND r.market = ? ORDER BY r.run_id DESC, r.item DESC LIMIT 1
                """, arguments: [listingID, market]).map { ListingVersion(listingID: $0["listing_id"], contentHash: $0["content_hash"]) }
        }
    }

    public func results(run: Int64) throws -> [StoredResult] {
        try writer.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT r.item, r.market, r.engine_decision, r.decision, v.listing_id, v.content_hash
                FROM result r JOIN listing_version v ON v.id = r.version_id
                WHERE r.run_id = ? ORDER BY r.item, r.market
                """, arguments: [run])
            return try rows.map { row in
                let item: Int = row["item"], market: String = row["market"]
                let findings = try Row.fetchAll(db, sql: """
                    SELECT rule, severity, field, match, message, fingerprint, overridden_by FROM finding
                    WHERE run_id = ? AND item = ? AND market = ? ORDER BY id
                    """, arguments: [run, item, market]).map(Self.finding)
                return StoredResult(item: item, version: ListingVersion(listingID: row["listing_id"], contentHash: row["content_hash"]),
                                    market: market, engineDecision: Decision(rawValue: row["engine_decision"]) ?? .block,
                                    decision: Decision(rawValue: row["decision"]) ?? .block, findings: findings)
            }
        }
    }

    // MARK: Officers

    public func override(_ version: ListingVersion, market: String, fingerprint: String, officer: String, reason: String,
                         expires: String?, packs: [String], at: String) throws -> Override {
        try Self.require(officer: officer, reason: reason)
        if let expires, !Self.isDay(expires) { throw StoreError("expiry '\(expires)' is not a day (YYYY-MM-DD)") }
        return try writer.write { db in
            let versionID = try Self.existingVersionID(db, version)
            let known = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM finding f JOIN result r ON r.run_id = f.run_id AND r.item = f.item AND r.market = f.market
                WHERE r.version_id = ? AND r.market = ? AND f.fingerprint = ?
                """, arguments: [versionID, market, fingerprint]) ?? 0
            guard known > 0 else {
                throw StoreError("no finding \(fingerprint) on \(version.listingID) in \(market): an override names a finding the store has recorded")
            }
            try db.execute(sql: """
                INSERT INTO override (version_id, market, fingerprint, officer, reason, created_at, expires) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [versionID, market, fingerprint, officer, reason, at, expires])
            let id = db.lastInsertedRowID
            try Self.append(db, at: at, actor: officer, action: "override", subject: Self.subject(version, market), packs: packs,
                            reason: reason, detail: Self.json(["override": "\(id)", "fingerprint": fingerprint, "expires": expires ?? ""]))
            return Override(id: id, version: version, market: market, fingerprint: fingerprint, officer: officer, reason: reason,
                            createdAt: at, expires: expires)
        }
    }

    public func decide(_ version: ListingVersion, market: String, verdict: Verdict, officer: String, reason: String,
                       packs: [String], at: String) throws -> OfficerDecision {
        try Self.require(officer: officer, reason: reason)
        return try writer.write { db in
            let versionID = try Self.existingVersionID(db, version)
            try db.execute(sql: "INSERT INTO decision (version_id, market, verdict, officer, reason, at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [versionID, market, verdict.rawValue, officer, reason, at])
            let id = db.lastInsertedRowID
            try Self.append(db, at: at, actor: officer, action: "decision", subject: Self.subject(version, market), packs: packs,
                            reason: reason, detail: Self.json(["decision": "\(id)", "verdict": verdict.rawValue]))
            return OfficerDecision(id: id, version: version, market: market, verdict: verdict, officer: officer, reason: reason, at: at)
        }
    }

    public func decisions(_ version: ListingVersion, market: String) throws -> [OfficerDecision] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.* FROM decision d JOIN listing_version v ON v.id = d.version_id
                WHERE v.listing_id = ? AND v.content_hash = ? AND d.market = ? ORDER BY d.id
                """, arguments: [version.listingID, version.contentHash, market]).map { row in
                OfficerDecision(id: row["id"], version: version, market: row["market"], verdict: Verdict(rawValue: row["verdict"]) ?? .reject,
                                officer: row["officer"], reason: row["reason"], at: row["at"])
            }
        }
    }

    public func activeOverrides(_ version: ListingVersion, market: String, day: String) throws -> [Override] {
        try writer.read { db in
            guard let versionID = try Self.versionIDIfKnown(db, version) else { return [] }
            return try Self.overrides(db, versionID: versionID, version: version, market: market, day: day)
        }
    }

    // MARK: Review

    public func queue(_ filter: QueueFilter) throws -> [QueueEntry] {
        try writer.read { db in
            var conditions = ["n = 1"]
            var arguments: [any DatabaseValueConvertible] = []
            if let market = filter.market { conditions.append("market = ?"); arguments.append(market) }
            if let decision = filter.decision {
                conditions.append("decision = ?")
                arguments.append(decision.rawValue)
            } else {
                conditions.append("decision IN ('review', 'block')")
            }
            var findingConditions: [String] = []
            if let rule = filter.rule { findingConditions.append("f.rule = ?"); arguments.append(rule) }
            if let severity = filter.severity { findingConditions.append("f.severity = ?"); arguments.append(severity.rawValue) }
            if let category = filter.category { findingConditions.append("f.category = ?"); arguments.append(category) }
            if !findingConditions.isEmpty {
                conditions.append("EXISTS (SELECT 1 FROM finding f WHERE f.run_id = latest.run_id AND f.item = latest.item AND f.market = latest.market "
                                  + "AND f.overridden_by IS NULL AND " + findingConditions.joined(separator: " AND ") + ")")
            }
            arguments += [max(1, min(filter.limit, 1000)), max(0, filter.offset)]
            let rows = try Row.fetchAll(db, sql: """
                SELECT * FROM (
                    SELECT r.run_id, r.item, r.market, r.decision, r.engine_decision, r.version_id, v.listing_id, v.content_hash,
                           ROW_NUMBER() OVER (PARTITION BY v.listing_id, r.market ORDER BY r.run_id DESC, r.item DESC) AS n
                    FROM result r JOIN listing_version v ON v.id = r.version_id
                ) AS latest
                WHERE \(conditions.joined(separator: " AND "))
                ORDER BY listing_id, market LIMIT ? OFFSET ?
                """, arguments: StatementArguments(arguments))
            return try rows.map { row in
                let rules = try String.fetchAll(db, sql: """
                    SELECT DISTINCT rule FROM finding WHERE run_id = ? AND item = ? AND market = ? AND overridden_by IS NULL ORDER BY rule
                    """, arguments: [row["run_id"] as Int64, row["item"] as Int, row["market"] as String])
                let verdict = try String.fetchOne(db, sql: "SELECT verdict FROM decision WHERE version_id = ? AND market = ? ORDER BY id DESC LIMIT 1",
                                                  arguments: [row["version_id"] as Int64, row["market"] as String]).flatMap(Verdict.init)
                return QueueEntry(version: ListingVersion(listingID: row["listing_id"], contentHash: row["content_hash"]), market: row["market"],
                                  run: row["run_id"], decision: Decision(rawValue: row["decision"]) ?? .block,
                                  engineDecision: Decision(rawValue: row["engine_decision"]) ?? .block, rules: rules, verdict: verdict)
            }
        }
    }

    public func history(listingID: String, market: String) throws -> ListingHistory {
        let versions = try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT v.id, v.content_hash, v.content, MAX(r.run_id) AS last_run FROM listing_version v JOIN result r ON r.version_id = v.id
                WHERE v.listing_id = ? AND r.market = ? GROUP BY v.id ORDER BY last_run DESC, v.id DESC
                """, arguments: [listingID, market]).map { (id: $0["id"] as Int64, hash: $0["content_hash"] as String, content: $0["content"] as String) }
        }
        var made: [ListingHistory.Version] = []
        for row in versions {
            let version = ListingVersion(listingID: listingID, contentHash: row.hash)
            let runs = try writer.read { db in
                try Row.fetchAll(db, sql: "SELECT DISTINCT run_id FROM result WHERE version_id = ? AND market = ? ORDER BY run_id DESC",
                                 arguments: [row.id, market]).map { $0["run_id"] as Int64 }
            }
            var found: [(run: Int64, result: StoredResult)] = []
            for run in runs {
                for result in try self.results(run: run) where result.version == version && result.market == market { found.append((run, result)) }
            }
            let overrides = try writer.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM override WHERE version_id = ? AND market = ? ORDER BY id", arguments: [row.id, market]).map { o in
                    Override(id: o["id"], version: version, market: market, fingerprint: o["fingerprint"], officer: o["officer"], reason: o["reason"],
                             createdAt: o["created_at"], expires: o["expires"])
                }
            }
            made.append(ListingHistory.Version(version: version, content: row.content, results: found,
                                               decisions: try decisions(version, market: market), overrides: overrides))
        }
        return ListingHistory(listingID: listingID, market: market, versions: made)
    }

    // MARK: Audit trail

    public func auditTrail() throws -> [AuditEntry] {
        try writer.read { db in try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY seq").map(Self.entry) }
    }

    public func verifyAudit() throws -> [String] {
        try writer.read { db in
            let entries = try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY seq").map(Self.entry)
            let head = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit_head WHERE id = 1").map { (seq: $0["seq"] as Int, hash: $0["hash"] as String) }
            return AuditChain.problems(in: entries, head: head ?? (entries.isEmpty ? nil : (seq: 0, hash: "")))
        }
    }

    // MARK: Tokens

    public func addToken(name: String, role: Role, secretHash: String, actor: String, at: String) throws -> TokenRecord {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError("a token needs a name") }
        return try writer.write { db in
            try db.execute(sql: "INSERT INTO token (name, role, hash, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [name, role.rawValue, secretHash, at])
            let id = db.lastInsertedRowID
            try Self.append(db, at: at, actor: actor, action: "token.create", subject: "token:\(id)", packs: [], reason: nil,
                            detail: Self.json(["name": name, "role": role.rawValue]))
            return TokenRecord(id: id, name: name, role: role, createdAt: at, revokedAt: nil)
        }
    }

    public func tokens() throws -> [TokenRecord] {
        try writer.read { db in try Row.fetchAll(db, sql: "SELECT * FROM token ORDER BY id").map(Self.token) }
    }

    public func revokeToken(_ id: Int64, actor: String, at: String) throws -> TokenRecord {
        try writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM token WHERE id = ?", arguments: [id]) else { throw StoreError("no token \(id)") }
            let token = Self.token(row)
            guard token.revokedAt == nil else { return token }
            try db.execute(sql: "UPDATE token SET revoked_at = ? WHERE id = ?", arguments: [at, id])
            try Self.append(db, at: at, actor: actor, action: "token.revoke", subject: "token:\(id)", packs: [], reason: nil,
                            detail: Self.json(["name": token.name, "role": token.role.rawValue]))
            return TokenRecord(id: id, name: token.name, role: token.role, createdAt: token.createdAt, revokedAt: at)
        }
    }

    public func activeToken(secretHash: String) throws -> TokenRecord? {
        try writer.read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM token WHERE hash = ? AND revoked_at IS NULL"), arguments: [secretHash]).map(Self.token)
        }
    }

    private static func token(_ row: Row) -> TokenRecord {
        TokenRecord(id: row["id"], name: row["name"], role: Role(rawValue: row["role"]) ?? .seller, createdAt: row["created_at"],
                    revokedAt: row["revoked_at"])
    }

    // MARK: Rows

    /// Appends an entry, chained to the last one, and moves the head.
    private static func append(_ db: Database, at: String, actor: String, action: String, subject: String, packs: [String],
                               reason: String?, detail: String) throws {
        let last = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
        let seq = (last.map { $0["seq"] as Int } ?? 0) + 1
        let previous = last.map { $0["hash"] as String } ?? AuditChain.genesis
        let packText = packs.joined(separator: ",")
        let hash = AuditChain.hash(seq: seq, at: at, actor: actor, action: action, subject: subject, packs: packText, reason: reason,
                                   detail: detail, previousHash: previous)
        try db.execute(sql: """
            INSERT INTO audit (seq, at, actor, action, subject, packs, reason, detail, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [seq, at, actor, action, subject, packText, reason, detail, previous, hash])
        try db.execute(sql: "INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
                       arguments: [seq, hash])
    }

    private static func insert(_ result: ListingResult, item: Int, version: ListingVersion, versionID: Int64, run: Int64, day: String,
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
            stored.append(StoredFinding(rule: finding.rule, severity: finding.severity, field: finding.field.description, match: finding.span.text,
                                        message: finding.message, fingerprint: finding.fingerprint, overriddenBy: covering?.id))
        }
        let decision = Decision(findings: kept)
        try db.cachedStatement(sql: """
            INSERT INTO result (run_id, item, market, version_id, engine_decision, decision) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [run, item, result.market, versionID, result.decision.rawValue, decision.rawValue])
        return StoredResult(item: item, version: version, market: result.market, engineDecision: result.decision, decision: decision,
                            findings: stored)
    }

    private static func overrides(_ db: Database, versionID: Int64, version: ListingVersion, market: String, day: String) throws -> [Override] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM override WHERE version_id = ? AND market = ? AND (expires IS NULL OR expires >= ?) ORDER BY id
            """), arguments: [versionID, market, day]).map { row in
            Override(id: row["id"], version: version, market: row["market"], fingerprint: row["fingerprint"], officer: row["officer"],
                     reason: row["reason"], createdAt: row["created_at"], expires: row["expires"])
        }
    }

    private static func versionID(_ db: Database, _ version: ListingVersion, content: String) throws -> Int64 {
        if let id = try versionIDIfKnown(db, version) { return id }
        try db.cachedStatement(sql: "INSERT INTO listing_version (listing_id, content_hash, content) VALUES (?, ?, ?)")
            .execute(arguments: [version.listingID, version.contentHash, content])
        return db.lastInsertedRowID
    }

    private static func versionIDIfKnown(_ db: Database, _ version: ListingVersion) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM listing_version WHERE listing_id = ? AND content_hash = ?"),
                           arguments: [version.listingID, version.contentHash])
    }

    private static func existingVersionID(_ db: Database, _ version: ListingVersion) throws -> Int64 {
        guard let id = try versionIDIfKnown(db, version) else {
            throw StoreError("no listing \(version.listingID) with content \(version.contentHash.prefix(12)) in the store")
        }
        return id
    }

    private static func run(_ row: Row) -> StoredRun {
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

    private static func finding(_ row: Row) -> StoredFinding {
        StoredFinding(rule: row["rule"], severity: Severity(rawValue: row["severity"]) ?? .block, field: row["field"], match: row["match"],
                      message: row["message"], fingerprint: row["fingerprint"], overriddenBy: row["overridden_by"])
    }

    private static func entry(_ row: Row) -> AuditEntry {
        AuditEntry(seq: row["seq"], at: row["at"], actor: row["actor"], action: row["action"], subject: row["subject"], packs: row["packs"],
                   reason: row["reason"], detail: row["detail"], previousHash: row["previous_hash"], hash: row["hash"])
    }

    static func subject(_ version: ListingVersion, _ market: String) -> String {
        "listing:\(version.listingID)@\(version.contentHash.prefix(16))|\(market)"
    }

    private static func require(officer: String, reason: String) throws {
        guard !officer.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError("an officer must be named") }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError("a reason must be given") }
    }

    private static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// Sorted-key JSON of strings, so equal data always writes equal text (it is hashed).
    static func json(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    private static func strings(_ text: String) -> [String] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String] ?? []
    }
}
