import ComplianceCore
import PostgresNIO
import Store

/// Counts for the officers' dashboard.
extension PostgresStore {
    public func dashboard(since day: String) async throws -> Dashboard {
        try await read { connection in
            var markets: [String: Dashboard.Counts] = [:]
            for row in try await connection.query("""
                SELECT latest.market, latest.decision,
                    (SELECT d.verdict FROM decision d WHERE d.version_id = latest.version_id AND d.market = latest.market
                        ORDER BY d.id DESC LIMIT 1) AS verdict,
                    COUNT(*) AS count
                FROM latest_result AS latest GROUP BY latest.market, latest.decision, verdict
                """, logger: logger).collect() {
                let (market, decision, verdict, count) = try row.decode((String, String, String?, Int).self)
                var counts = markets[market] ?? Dashboard.Counts()
                counts.add(Decision(rawValue: decision) ?? .block, count)
                switch verdict.flatMap(Verdict.init) {
                case .approve?: counts.approved += count
                case .reject?: counts.rejected += count
                case nil: break
                }
                markets[market] = counts
            }
            let rules = try await connection.query("""
                SELECT f.rule, f.category, COUNT(DISTINCT (f.run_id, f.item, f.market)) AS listings
                FROM latest_result AS latest JOIN finding f ON f.run_id = latest.run_id AND f.item = latest.item AND f.market = latest.market
                WHERE f.overridden_by IS NULL AND f.severity <> 'info'
                GROUP BY f.rule, f.category ORDER BY listings DESC, f.rule LIMIT 25
                """, logger: logger).collect().map { row in
                let (rule, category, listings) = try row.decode((String, String, Int).self)
                return Dashboard.RuleCount(rule: rule, category: category, listings: listings)
            }
            var days: [String: Dashboard.Counts] = [:]
            for row in try await connection.query("""
                SELECT run.day, r.decision, COUNT(*) AS count FROM result r JOIN run ON run.id = r.run_id
                WHERE run.day >= \(day) GROUP BY run.day, r.decision
                """, logger: logger).collect() {
                let (key, decision, count) = try row.decode((String, String, Int).self)
                var counts = days[key] ?? Dashboard.Counts()
                counts.add(Decision(rawValue: decision) ?? .block, count)
                days[key] = counts
            }
            let ruleDays = try await connection.query("""
                SELECT run.day, f.rule, COUNT(*) AS count FROM finding f JOIN run ON run.id = f.run_id
                WHERE run.day >= \(day) AND f.overridden_by IS NULL AND f.severity <> 'info'
                GROUP BY run.day, f.rule ORDER BY run.day, f.rule
                """, logger: logger).collect().map { row in
                let (day, rule, count) = try row.decode((String, String, Int).self)
                return Dashboard.RuleDay(day: day, rule: rule, findings: count)
            }
            return Dashboard(markets: markets.sorted { $0.key < $1.key }.map { Dashboard.MarketCounts(market: $0.key, counts: $0.value) },
                             rules: rules, days: days.sorted { $0.key < $1.key }.map { Dashboard.DayCounts(day: $0.key, counts: $0.value) },
                             ruleDays: ruleDays)
        }
    }
}
