import ComplianceCore
import PostgresNIO
import Store

/// Runs: started and finished in the audit trail, their results read back.
extension PostgresStore {
    static let runColumns = "id, key, source, markets, packs, day, started_at, finished_at, items_done, listings, pass, review, block, errors"

    public func unfinishedRun(key: String) async throws -> StoredRun? {
        try await rows("""
            SELECT \(unescaped: Self.runColumns) FROM run WHERE key = \(key) AND finished_at IS NULL ORDER BY id DESC LIMIT 1
            """).first.map(Self.run)
    }

    public func run(_ id: Int64) async throws -> StoredRun? {
        try await rows("SELECT \(unescaped: Self.runColumns) FROM run WHERE id = \(id)").first.map(Self.run)
    }

    public func startRun(_ start: RunStart, at: String) async throws -> StoredRun {
        try await write { connection in
            let row = try await Self.one(connection, """
                INSERT INTO run (key, source, markets, packs, tool, icu, cldr, day, started_at)
                VALUES (\(start.key), \(start.source), \(StoreConventions.json(start.markets)), \(StoreConventions.json(start.packs)),
                        \(start.tool), \(start.icu), \(start.cldr), \(start.day), \(at))
                RETURNING \(unescaped: Self.runColumns)
                """, logger: logger)
            let run = try Self.run(row)
            let detail = StoreConventions.json(["source": start.source, "markets": start.markets.joined(separator: ","), "day": start.day,
                                                "tool": start.tool, "icu": start.icu, "cldr": start.cldr])
            try await Self.append(connection, logger: logger, at: at, actor: start.actor, action: "run.start", subject: "run:\(run.id)",
                                  packs: start.packs, reason: nil, detail: detail)
            return run
        }
    }

    public func finishRun(_ run: Int64, actor: String, at: String) async throws -> StoredRun {
        try await write { connection in try await Self.finish(connection, run: run, actor: actor, at: at, logger: logger) }
    }

    /// Marks a run finished, with its counts, in the audit trail (once).
    static func finish(_ connection: PostgresConnection, run: Int64, actor: String, at: String, logger: Logger) async throws -> StoredRun {
        let stored = try await lockedRun(connection, run, logger: logger)
        guard stored.finishedAt == nil else { return stored }
        let finished = try Self.run(try await one(connection, """
            UPDATE run SET finished_at = \(at) WHERE id = \(run) RETURNING \(unescaped: runColumns)
            """, logger: logger))
        let c = stored.counts
        let detail = StoreConventions.json(["items": "\(stored.itemsDone)", "listings": "\(c.listings)", "pass": "\(c.pass)",
                                            "review": "\(c.review)", "block": "\(c.block)", "errors": "\(c.errors)"])
        try await append(connection, logger: logger, at: at, actor: actor, action: "run.finish", subject: "run:\(run)",
                         packs: stored.packs, reason: nil, detail: detail)
        return finished
    }

    public func latestVersion(listingID: String, market: String) async throws -> ListingVersion? {
        try await rows("""
            SELECT v.content_hash FROM latest_result l JOIN listing_version v ON v.id = l.version_id
            WHERE l.listing_id = \(listingID) AND l.market = \(market)
            """).first.map { ListingVersion(listingID: listingID, contentHash: try $0.decode(String.self)) }
    }

    public func results(run: Int64) async throws -> [StoredResult] {
        try await read { connection in try await Self.storedResults(connection, .run(run), logger: logger).map(\.result) }
    }

    public func contents(run: Int64) async throws -> [String: String] {
        var contents: [String: String] = [:]
        for row in try await rows("""
            SELECT DISTINCT v.content_hash, v.content FROM result r JOIN listing_version v ON v.id = r.version_id WHERE r.run_id = \(run)
            """) {
            let (hash, content) = try row.decode((String, String).self)
            contents[hash] = content
        }
        return contents
    }

    // MARK: Results

    /// Which results `storedResults` reads.
    enum ResultScope {
        /// A run's, in item order.
        case run(Int64)
        /// A listing version's in a market, newest run first.
        case version(id: Int64, market: String)
    }

    /// The results of `scope` with their findings: two queries, the findings grouped here.
    static func storedResults(_ connection: PostgresConnection, _ scope: ResultScope,
                              logger: Logger) async throws -> [(run: Int64, result: StoredResult)] {
        let results: PostgresQuery, findings: PostgresQuery
        let columns = "r.run_id, r.item, r.market, r.engine_decision, r.decision, v.listing_id, v.content_hash"
        switch scope {
        case let .run(run):
            results = """
                SELECT \(unescaped: columns) FROM result r JOIN listing_version v ON v.id = r.version_id
                WHERE r.run_id = \(run) ORDER BY r.item, r.market
                """
            findings = """
                SELECT f.run_id, f.item, f.market, \(unescaped: findingColumns) FROM finding f WHERE f.run_id = \(run) ORDER BY f.id
                """
        case let .version(id, market):
            results = """
                SELECT \(unescaped: columns) FROM result r JOIN listing_version v ON v.id = r.version_id
                WHERE r.version_id = \(id) AND r.market = \(market) ORDER BY r.run_id DESC, r.item DESC
                """
            findings = """
                SELECT f.run_id, f.item, f.market, \(unescaped: findingColumns) FROM finding f
                JOIN result r ON r.run_id = f.run_id AND r.item = f.item AND r.market = f.market
                WHERE r.version_id = \(id) AND r.market = \(market) ORDER BY f.id
                """
        }
        var byResult: [ResultKey: [StoredFinding]] = [:]
        for row in try await connection.query(findings, logger: logger).collect() {
            let (run, item, market) = try row.decode((Int64, Int, String).self)
            byResult[ResultKey(run: run, item: item, market: market), default: []].append(try finding(row, from: 3))
        }
        return try await connection.query(results, logger: logger).collect().map { row in
            let (run, item, market, engine, decision, listingID, hash) = try row.decode((Int64, Int, String, String, String, String, String).self)
            let result = StoredResult(item: item, version: ListingVersion(listingID: listingID, contentHash: hash), market: market,
                                      engineDecision: Decision(rawValue: engine) ?? .block, decision: Decision(rawValue: decision) ?? .block,
                                      findings: byResult[ResultKey(run: run, item: item, market: market)] ?? [])
            return (run, result)
        }
    }

    struct ResultKey: Hashable {
        let run: Int64
        let item: Int
        let market: String
    }

    // MARK: Rows

    /// The run `id`, locked until the transaction ends (two processes recording into one run
    /// take turns, as SQLite's writes do).
    static func lockedRun(_ connection: PostgresConnection, _ id: Int64, logger: Logger) async throws -> StoredRun {
        guard let row = try await connection.query("SELECT \(unescaped: runColumns) FROM run WHERE id = \(id) FOR UPDATE",
                                                   logger: logger).collect().first else {
            throw StoreError("no run \(id)")
        }
        return try run(row)
    }

    static func run(_ row: PostgresRow) throws -> StoredRun {
        let (id, key, source, markets, packs, day, startedAt, finishedAt) =
            try row.decode((Int64, String, String, String, String, String, String, String?).self)
        let cells = row.makeRandomAccess()
        var counts = StoredRun.Counts()
        counts.listings = try cells["listings"].decode(Int.self)
        counts.pass = try cells["pass"].decode(Int.self)
        counts.review = try cells["review"].decode(Int.self)
        counts.block = try cells["block"].decode(Int.self)
        counts.errors = try cells["errors"].decode(Int.self)
        return StoredRun(id: id, key: key, source: source, markets: StoreConventions.strings(markets), packs: StoreConventions.strings(packs),
                         day: day, startedAt: startedAt, finishedAt: finishedAt, itemsDone: try cells["items_done"].decode(Int.self),
                         counts: counts)
    }

    static let findingColumns = "f.rule, f.category, f.severity, f.field, f.match, f.utf8_start, f.utf8_end, f.message, f.fingerprint, f.overridden_by"

    /// A finding from `findingColumns`, starting at column `first`.
    static func finding(_ row: PostgresRow, from first: Int) throws -> StoredFinding {
        let cells = row.makeRandomAccess()
        let start = try cells[first + 5].decode(Int.self), end = try cells[first + 6].decode(Int.self)
        return StoredFinding(rule: try cells[first].decode(String.self), category: try cells[first + 1].decode(String.self),
                             severity: Severity(rawValue: try cells[first + 2].decode(String.self)) ?? .block,
                             field: try cells[first + 3].decode(String.self), match: try cells[first + 4].decode(String.self),
                             utf8Range: start..<max(start, end), message: try cells[first + 7].decode(String.self),
                             fingerprint: try cells[first + 8].decode(String.self), overriddenBy: try cells[first + 9].decode(Int64?.self))
    }

    /// The one row `query` returns.
    static func one(_ connection: PostgresConnection, _ query: PostgresQuery, logger: Logger) async throws -> PostgresRow {
        guard let row = try await connection.query(query, logger: logger).collect().first else {
            throw StoreError("the database returned no row where one was expected")
        }
        return row
    }

    /// Runs `query`, whose rows (if any) are not needed.
    static func execute(_ connection: PostgresConnection, _ query: PostgresQuery, logger: Logger) async throws {
        _ = try await connection.query(query, logger: logger).collect()
    }
}
