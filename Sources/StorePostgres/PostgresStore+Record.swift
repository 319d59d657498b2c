import ComplianceCore
import PostgresNIO
import Store

/// Recording a batch: one transaction with the run's progress, a few statements whatever the
/// batch's size (each table's rows go in as arrays, through `unnest`).
extension PostgresStore {
    public func record(_ batch: [BatchItem], run: Int64, day: String, itemsDone: Int) async throws -> [StoredResult] {
        let versions = Self.versions(batch)
        return try await write { connection in
            try await Self.record(connection, batch, versions: versions, run: run, day: day, logger: logger) { stored, lastItem in
                max(stored.itemsDone, itemsDone, lastItem + 1)
            }
        }
    }

    /// The version of each checked item of a batch, in batch order (nil for items that failed):
    /// each content hashed once, before the transaction.
    static func versions(_ batch: [BatchItem]) -> [(version: ListingVersion, content: String)?] {
        batch.map { entry in
            guard case let .checked(_, listingID, content, _) = entry else { return nil }
            return (ListingVersion(listingID: listingID, contentHash: AuditChain.sha256(content)), content)
        }
    }

    /// Records a batch into an unfinished run, locked meanwhile, and moves its counts;
    /// `itemsDone` gives the run's progress from what it was and the batch's last item (-1 for
    /// an empty batch).
    static func record(_ connection: PostgresConnection, _ batch: [BatchItem], versions: [(version: ListingVersion, content: String)?],
                       run: Int64, day: String, logger: Logger, itemsDone: (StoredRun, Int) -> Int) async throws -> [StoredResult] {
        let stored = try await lockedRun(connection, run, logger: logger)
        guard stored.finishedAt == nil else { throw StoreError("run \(run) is finished") }
        let versionIDs = try await Self.versionIDs(connection, versions.compactMap { $0 }, logger: logger)
        let overrides = try await Self.overrides(connection, versionIDs: Array(versionIDs.values), day: day, logger: logger)
        var rows = BatchRows()
        var counts = stored.counts
        var recorded: [StoredResult] = []
        var last = -1
        for (entry, checked) in zip(batch, versions) {
            switch entry {
            case let .failed(item, message):
                rows.errors.append((item, message))
                counts.errors += 1
            case let .checked(item, listingID, _, results):
                guard let version = checked?.version, let versionID = versionIDs[version] else {
                    throw StoreError("listing \(listingID) was not stored")
                }
                for result in results {
                    let made = rows.add(result, item: item, version: version, versionID: versionID,
                                        overrides: overrides[OverrideKey(versionID: versionID, market: result.market)] ?? [])
                    recorded.append(made)
                    counts.listings += 1
                    switch made.decision {
                    case .pass: counts.pass += 1
                    case .review: counts.review += 1
                    case .block: counts.block += 1
                    }
                }
            }
            last = max(last, entry.item)
        }
        try await rows.insert(connection, run: run, logger: logger)
        try await execute(connection, """
            UPDATE run SET items_done = \(itemsDone(stored, last)), listings = \(counts.listings), pass = \(counts.pass),
                review = \(counts.review), block = \(counts.block), errors = \(counts.errors) WHERE id = \(run)
            """, logger: logger)
        return recorded
    }

    /// The ids of the batch's listing versions, inserting those not yet stored. Inserted in
    /// (listing, hash) order, so concurrent batches take the unique index's locks in one order.
    static func versionIDs(_ connection: PostgresConnection, _ checked: [(version: ListingVersion, content: String)],
                           logger: Logger) async throws -> [ListingVersion: Int64] {
        var contents: [ListingVersion: String] = [:]
        for (version, content) in checked { contents[version] = content }
        guard !contents.isEmpty else { return [:] }
        let versions = Array(contents.keys)
        let listingIDs = versions.map(\.listingID), hashes = versions.map(\.contentHash)
        try await execute(connection, """
            INSERT INTO listing_version (listing_id, content_hash, content)
            SELECT * FROM unnest(\(listingIDs)::text[], \(hashes)::text[], \(versions.map { contents[$0]! })::text[]) AS v (l, h, c)
            ORDER BY l COLLATE "C", h COLLATE "C"
            ON CONFLICT (listing_id, content_hash) DO NOTHING
            """, logger: logger)
        var ids: [ListingVersion: Int64] = [:]
        for row in try await connection.query("""
            SELECT v.id, v.listing_id, v.content_hash FROM listing_version v
            JOIN unnest(\(listingIDs)::text[], \(hashes)::text[]) AS wanted (l, h) ON v.listing_id = wanted.l AND v.content_hash = wanted.h
            """, logger: logger).collect() {
            let (id, listingID, hash) = try row.decode((Int64, String, String).self)
            ids[ListingVersion(listingID: listingID, contentHash: hash)] = id
        }
        return ids
    }

    struct OverrideKey: Hashable {
        let versionID: Int64
        let market: String
    }

    /// The overrides of these versions that apply on `day`, by version and market, oldest first.
    static func overrides(_ connection: PostgresConnection, versionIDs: [Int64], day: String,
                          logger: Logger) async throws -> [OverrideKey: [Override]] {
        guard !versionIDs.isEmpty else { return [:] }
        var found: [OverrideKey: [Override]] = [:]
        for row in try await connection.query("""
            SELECT o.version_id, \(unescaped: overrideColumns) FROM override o JOIN listing_version v ON v.id = o.version_id
            WHERE o.version_id = ANY(\(versionIDs)::bigint[]) AND (o.expires IS NULL OR o.expires >= \(day)) ORDER BY o.id
            """, logger: logger).collect() {
            let made = try override(row, from: 1)
            found[OverrideKey(versionID: try row.decode(Int64.self), market: made.market), default: []].append(made)
        }
        return found
    }
}

extension BatchItem {
    var item: Int {
        switch self {
        case let .checked(item, _, _, _), let .failed(item, _): item
        }
    }
}

/// A batch's rows, column by column, as `unnest` takes them.
struct BatchRows {
    struct Latest {
        let item: Int
        let versionID: Int64
        let decision: Decision
        let engineDecision: Decision
    }

    var errors: [(item: Int, message: String)] = []
    var results: (item: [Int], market: [String], versionID: [Int64], engine: [String], decision: [String]) = ([], [], [], [], [])
    var findings: (item: [Int], market: [String], rule: [String], category: [String], severity: [String], field: [String], match: [String],
                   start: [Int], end: [Int], message: [String], fingerprint: [String], overriddenBy: [Int64]) =
        ([], [], [], [], [], [], [], [], [], [], [], [])
    struct LatestKey: Hashable {
        let listingID: String
        let market: String
    }

    /// The newest result of each listing and market in the batch: the upsert may touch a row once.
    var latest: [LatestKey: Latest] = [:]

    /// Adds a result and its findings, applying `overrides`; returns it as recorded.
    mutating func add(_ result: ListingResult, item: Int, version: ListingVersion, versionID: Int64, overrides: [Override]) -> StoredResult {
        var kept: [Finding] = []
        var stored: [StoredFinding] = []
        for finding in result.findings {
            let covering = overrides.first { $0.fingerprint == finding.fingerprint }
            if covering == nil { kept.append(finding) }
            findings.item.append(item)
            findings.market.append(result.market)
            findings.rule.append(finding.rule)
            findings.category.append(finding.category.rawValue)
            findings.severity.append(finding.severity.rawValue)
            findings.field.append(finding.field.description)
            findings.match.append(finding.span.text)
            findings.start.append(finding.span.utf8Range.lowerBound)
            findings.end.append(finding.span.utf8Range.upperBound)
            findings.message.append(finding.message)
            findings.fingerprint.append(finding.fingerprint)
            findings.overriddenBy.append(covering?.id ?? 0)
            stored.append(StoredFinding(rule: finding.rule, category: finding.category.rawValue, severity: finding.severity,
                                        field: finding.field.description, match: finding.span.text, utf8Range: finding.span.utf8Range,
                                        message: finding.message, fingerprint: finding.fingerprint, overriddenBy: covering?.id))
        }
        let decision = Decision(findings: kept)
        results.item.append(item)
        results.market.append(result.market)
        results.versionID.append(versionID)
        results.engine.append(result.decision.rawValue)
        results.decision.append(decision.rawValue)
        let key = LatestKey(listingID: version.listingID, market: result.market)
        if (latest[key]?.item ?? -1) < item {
            latest[key] = Latest(item: item, versionID: versionID, decision: decision, engineDecision: result.decision)
        }
        return StoredResult(item: item, version: version, market: result.market, engineDecision: result.decision, decision: decision,
                            findings: stored)
    }

    /// Inserts the rows: findings, results, the newest results, errors.
    func insert(_ connection: PostgresConnection, run: Int64, logger: Logger) async throws {
        if !findings.item.isEmpty {
            try await PostgresStore.execute(connection, """
                INSERT INTO finding (run_id, item, market, rule, category, severity, field, match, utf8_start, utf8_end, message,
                                     fingerprint, overridden_by)
                SELECT \(run), f.item, f.market, f.rule, f.category, f.severity, f.field, f.match, f.utf8_start, f.utf8_end, f.message,
                       f.fingerprint, NULLIF(f.overridden_by, 0)
                FROM unnest(\(findings.item)::bigint[], \(findings.market)::text[], \(findings.rule)::text[], \(findings.category)::text[],
                            \(findings.severity)::text[], \(findings.field)::text[], \(findings.match)::text[], \(findings.start)::bigint[],
                            \(findings.end)::bigint[], \(findings.message)::text[], \(findings.fingerprint)::text[],
                            \(findings.overriddenBy)::bigint[])
                    WITH ORDINALITY AS f (item, market, rule, category, severity, field, match, utf8_start, utf8_end, message, fingerprint,
                                          overridden_by, n)
                ORDER BY f.n
                """, logger: logger)
        }
        if !results.item.isEmpty {
            try await PostgresStore.execute(connection, """
                INSERT INTO result (run_id, item, market, version_id, engine_decision, decision)
                SELECT \(run), r.* FROM unnest(\(results.item)::bigint[], \(results.market)::text[], \(results.versionID)::bigint[],
                                               \(results.engine)::text[], \(results.decision)::text[]) AS r
                """, logger: logger)
            // In key order, so concurrent batches lock the rows in one order.
            let keys = latest.keys.sorted { ($0.listingID, $0.market) < ($1.listingID, $1.market) }
            let rows = keys.map { latest[$0]! }
            try await PostgresStore.execute(connection, """
                INSERT INTO latest_result (listing_id, market, run_id, item, version_id, decision, engine_decision)
                SELECT l.listing_id, l.market, \(run), l.item, l.version_id, l.decision, l.engine_decision
                FROM unnest(\(keys.map(\.listingID))::text[], \(keys.map(\.market))::text[], \(rows.map(\.item))::bigint[],
                            \(rows.map(\.versionID))::bigint[], \(rows.map(\.decision.rawValue))::text[],
                            \(rows.map(\.engineDecision.rawValue))::text[])
                    WITH ORDINALITY AS l (listing_id, market, item, version_id, decision, engine_decision, n)
                ORDER BY l.n
                ON CONFLICT (listing_id, market) DO UPDATE SET run_id = excluded.run_id, item = excluded.item,
                    version_id = excluded.version_id, decision = excluded.decision, engine_decision = excluded.engine_decision
                WHERE (excluded.run_id, excluded.item) > (latest_result.run_id, latest_result.item)
                """, logger: logger)
        }
        if !errors.isEmpty {
            try await PostgresStore.execute(connection, """
                INSERT INTO run_error (run_id, item, message)
                SELECT \(run), e.* FROM unnest(\(errors.map(\.item))::bigint[], \(errors.map(\.message))::text[]) AS e
                """, logger: logger)
        }
    }
}
