import ComplianceCore
import PostgresNIO
import Store

/// The review queue and a listing's history.
extension PostgresStore {
    public func queue(_ filter: QueueFilter) async throws -> [QueueEntry] {
        // One statement for every filter: a filter not given is a NULL parameter.
        let decisions = Decision.allCases.filter(filter.decisions.contains).map(\.rawValue)
        let byFinding = filter.rule != nil || filter.severity != nil || filter.category != nil
        return try await rows("""
            SELECT l.listing_id, v.content_hash, l.market, l.run_id, l.decision, l.engine_decision,
                (SELECT array_agg(DISTINCT f.rule ORDER BY f.rule) FROM finding f WHERE f.run_id = l.run_id AND f.item = l.item
                    AND f.market = l.market AND f.overridden_by IS NULL) AS rules,
                (SELECT d.verdict FROM decision d WHERE d.version_id = l.version_id AND d.market = l.market
                    ORDER BY d.id DESC LIMIT 1) AS verdict
            FROM latest_result l JOIN listing_version v ON v.id = l.version_id
            WHERE (\(filter.market)::text IS NULL OR l.market = \(filter.market))
                AND (\(filter.listing)::text IS NULL OR l.listing_id = \(filter.listing))
                AND l.decision = ANY(\(decisions)::text[])
                AND (NOT \(byFinding) OR EXISTS (
                    SELECT 1 FROM finding f WHERE f.run_id = l.run_id AND f.item = l.item AND f.market = l.market AND f.overridden_by IS NULL
                        AND (\(filter.rule)::text IS NULL OR f.rule = \(filter.rule))
                        AND (\(filter.severity?.rawValue)::text IS NULL OR f.severity = \(filter.severity?.rawValue))
                        AND (\(filter.category)::text IS NULL OR f.category = \(filter.category))))
            ORDER BY l.listing_id, l.market LIMIT \(max(1, min(filter.limit, 1000))) OFFSET \(max(0, filter.offset))
            """).map { row in
            let (listingID, hash, market, run, decision, engine, rules, verdict) =
                try row.decode((String, String, String, Int64, String, String, [String]?, String?).self)
            return QueueEntry(version: ListingVersion(listingID: listingID, contentHash: hash), market: market, run: run,
                              decision: Decision(rawValue: decision) ?? .block, engineDecision: Decision(rawValue: engine) ?? .block,
                              rules: rules ?? [], verdict: verdict.flatMap(Verdict.init))
        }
    }

    public func history(listingID: String, market: String) async throws -> ListingHistory {
        try await read { connection in
            let versions = try await connection.query("""
                SELECT v.id, v.content_hash, v.content, MAX(r.run_id) AS last_run FROM listing_version v JOIN result r ON r.version_id = v.id
                WHERE v.listing_id = \(listingID) AND r.market = \(market) GROUP BY v.id ORDER BY last_run DESC, v.id DESC
                """, logger: logger).collect()
            var history: [ListingHistory.Version] = []
            for row in versions {
                let (id, hash, content) = try row.decode((Int64, String, String).self)
                let version = ListingVersion(listingID: listingID, contentHash: hash)
                history.append(ListingHistory.Version(
                    version: version, content: content,
                    results: try await Self.storedResults(connection, .version(id: id, market: market), logger: logger),
                    decisions: try await Self.decisions(connection, versionID: id, version: version, market: market, logger: logger),
                    overrides: try await Self.overrides(connection, versionID: id, market: market, day: nil, logger: logger)))
            }
            return ListingHistory(listingID: listingID, market: market, versions: history)
        }
    }
}
