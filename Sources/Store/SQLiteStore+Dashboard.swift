import ComplianceCore
import GRDB

/// Counts for the officers' dashboard.
extension SQLiteStore {
    public func dashboard(since day: String) async throws -> Dashboard {
        try await writer.read { db in
            var markets: [String: Dashboard.Counts] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT latest.market, latest.decision,
                    (SELECT d.verdict FROM decision d WHERE d.version_id = latest.version_id AND d.market = latest.market
                        ORDER BY d.id DESC LIMIT 1) AS verdict,
                    COUNT(*) AS count
                FROM latest_result AS latest GROUP BY latest.market, latest.decision, verdict
                """) {
                let market: String = row["market"], count: Int = row["count"]
                var counts = markets[market] ?? Dashboard.Counts()
                counts.add(Decision(rawValue: row["decision"]) ?? .block, count)
                switch (row["verdict"] as String?).flatMap(Verdict.init) {
                case .approve?: counts.approved += count
                case .reject?: counts.rejected += count
                case nil: break
                }
                markets[market] = counts
            }
            let rules = try Row.fetchAll(db, sql: """
                SELECT f.rule, f.category, COUNT(DISTINCT f.run_id || '/' || f.item || '/' || f.market) AS listings
                FROM latest_result AS latest JOIN finding f ON f.run_id = latest.run_id AND f.item = latest.item AND f.market = latest.market
                WHERE f.overridden_by IS NULL AND f.severity != 'info'
                GROUP BY f.rule, f.category ORDER BY listings DESC, f.rule LIMIT 25
                """).map { Dashboard.RuleCount(rule: $0["rule"], category: $0["category"], listings: $0["listings"]) }
            var days: [String: Dashboard.Counts] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT run.day, r.decision, COUNT(*) AS count FROM result r JOIN run ON run.id = r.run_id
                WHERE run.day >= ? GROUP BY run.day, r.decision
                """, arguments: [day]) {
                let key: String = row["day"]
                var counts = days[key] ?? Dashboard.Counts()
                counts.add(Decision(rawValue: row["decision"]) ?? .block, row["count"])
                days[key] = counts
            }
            let ruleDays = try Row.fetchAll(db, sql: """
                SELECT run.day, f.rule, COUNT(*) AS count FROM finding f JOIN run ON run.id = f.run_id
                WHERE run.day >= ? AND f.overridden_by IS NULL AND f.severity != 'info'
                GROUP BY run.day, f.rule ORDER BY run.day, f.rule
                """, arguments: [day]).map { Dashboard.RuleDay(day: $0["day"], rule: $0["rule"], findings: $0["count"]) }
            return Dashboard(markets: markets.sorted { $0.key < $1.key }.map { Dashboard.MarketCounts(market: $0.key, counts: $0.value) },
                             rules: rules, days: days.sorted { $0.key < $1.key }.map { Dashboard.DayCounts(day: $0.key, counts: $0.value) },
                             ruleDays: ruleDays)
        }
    }
}
