import ComplianceCore
import Foundation
import GRDB

/// The review queue and a listing's history.
extension SQLiteStore {
    public func queue(_ filter: QueueFilter) async throws -> [QueueEntry] {
        try await writer.read { db in
            var conditions: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            if let market = filter.market { conditions.append("l.market = ?"); arguments.append(market) }
            if let listing = filter.listing { conditions.append("l.listing_id = ?"); arguments.append(listing) }
            // Sorted, so equal filters prepare equal statements.
            let decisions = Decision.allCases.filter(filter.decisions.contains)
            conditions.append("l.decision IN (" + decisions.map { "'\($0.rawValue)'" }.joined(separator: ", ") + ")")
            var findingConditions: [String] = []
            if let rule = filter.rule { findingConditions.append("f.rule = ?"); arguments.append(rule) }
            if let severity = filter.severity { findingConditions.append("f.severity = ?"); arguments.append(severity.rawValue) }
            if let category = filter.category { findingConditions.append("f.category = ?"); arguments.append(category) }
            if !findingConditions.isEmpty {
                conditions.append("EXISTS (SELECT 1 FROM finding f WHERE f.run_id = l.run_id AND f.item = l.item AND f.market = l.market "
                                  + "AND f.overridden_by IS NULL AND " + findingConditions.joined(separator: " AND ") + ")")
            }
            arguments += [max(1, min(filter.limit, 1000)), max(0, filter.offset)]
            let rows = try Row.fetchAll(db, sql: """
                SELECT l.*, v.content_hash,
                    (SELECT group_concat(DISTINCT f.rule) FROM finding f WHERE f.run_id = l.run_id AND f.item = l.item
                        AND f.market = l.market AND f.overridden_by IS NULL) AS rules,
                    (SELECT d.verdict FROM decision d WHERE d.version_id = l.version_id AND d.market = l.market
                        ORDER BY d.id DESC LIMIT 1) AS verdict
                FROM latest_result l JOIN listing_version v ON v.id = l.version_id
                WHERE \(conditions.joined(separator: " AND "))
                ORDER BY l.listing_id, l.market LIMIT ? OFFSET ?
                """, arguments: StatementArguments(arguments))
            return rows.map { row in
                // Rule ids hold no comma, so group_concat's list splits back exactly.
                let rules = ((row["rules"] as String?) ?? "").split(separator: ",").map(String.init).sorted()
                let verdict = (row["verdict"] as String?).flatMap(Verdict.init)
                return QueueEntry(version: ListingVersion(listingID: row["listing_id"], contentHash: row["content_hash"]), market: row["market"],
                                  run: row["run_id"], decision: Decision(rawValue: row["decision"]) ?? .block,
                                  engineDecision: Decision(rawValue: row["engine_decision"]) ?? .block, rules: rules, verdict: verdict)
            }
        }
    }

    public func history(listingID: String, market: String) async throws -> ListingHistory {
        try await writer.read { db in
            let versions = try Row.fetchAll(db, sql: """
                SELECT v.id, v.content_hash, v.content, MAX(r.run_id) AS last_run FROM listing_version v JOIN result r ON r.version_id = v.id
                WHERE v.listing_id = ? AND r.market = ? GROUP BY v.id ORDER BY last_run DESC, v.id DESC
                """, arguments: [listingID, market])
            return ListingHistory(listingID: listingID, market: market, versions: try versions.map { row in
                let id: Int64 = row["id"]
                let version = ListingVersion(listingID: listingID, contentHash: row["content_hash"])
                return ListingHistory.Version(
                    version: version, content: row["content"],
                    results: try Self.storedResults(db, where: "r.version_id = ? AND r.market = ?", arguments: [id, market], order: "r.run_id DESC, r.item DESC"),
                    decisions: try Self.decisions(db, versionID: id, version: version, market: market),
                    overrides: try Self.overrides(db, versionID: id, version: version, market: market, day: nil))
            })
        }
    }
}
