import Foundation
import GRDB
import Testing

/// `clearance audit`: a catalog into the store, officers' overrides and decisions, the trail.
@Suite struct AuditCLITests {
    static let root = CheckCommandTests.root

    func audit(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(["audit"] + arguments, directory: Self.root)
    }

    func clearance(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments, directory: Self.root)
    }

    @Test func aCatalogIntoTheStoreWithOverridesAndTheTrail() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("store.sqlite").path
        let report = folder.appendingPathComponent("report.json").path
        let catalog = folder.appendingPathComponent("catalog.jsonl")
        try """
        {"id": "eco-1", "market": "DE", "title": "Umweltfreundliche Trinkflasche aus Glas"}
        not json
        {"id": "plain-2", "market": "DE", "title": "Trinkflasche aus Glas, 500 ml"}
        """.write(to: catalog, atomically: true, encoding: .utf8)
        let sarif = folder.appendingPathComponent("report.sarif").path, csv = folder.appendingPathComponent("report.csv").path
        #expect(try audit([catalog.path, "--db", db, "--report", "pdf:x.pdf"]).status == 2, "an unknown report format is a usage error")
        let first = try audit([catalog.path, "--db", db, "--actor", "ci", "--date", "2026-12-01", "--fail-on", "warn", "--report", "json:" + report,
                               "--report", "sarif:" + sarif, "--report", "csv:" + csv])
        #expect(first.status == 1, "a warning reaches --fail-on warn: \(first.stderr)")
        #expect(first.stdout.contains("run 1: 3 items, 2 listings checked for their own markets: 1 pass, 1 review, 0 block, 1 unreadable"), "\(first.stdout)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
        let results = try #require(json["results"] as? [[String: Any]])
        let findings = try #require(results.first { $0["id"] as? String == "eco-1" }?["findings"] as? [[String: Any]])
        let fingerprint = try #require(findings.first?["fingerprint"] as? String)
        let sarifLog = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: sarif))) as? [String: Any])
        let sarifResults = try #require((sarifLog["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(Set(sarifResults.compactMap { $0["ruleId"] as? String }) == ["eu/ucpd/generic-environmental-claim", "eu/gpsr/manufacturer-contact"])
        #expect(try String(contentsOfFile: csv, encoding: .utf8).contains("eco-1,DE,review,"))

        // An override of that finding, with a reason; the next run no longer fails on it.
        let override = try audit(["override", "--db", db, "--listing", "eco-1", "--market", "DE", "--fingerprint", fingerprint,
                                  "--officer", "ana", "--reason", "EU Ecolabel licence DE/019/123 shown on the page"])
        #expect(override.status == 0 && override.stdout.hasPrefix("override 1:"), "\(override.stderr)")
        let noReason = try audit(["decide", "--db", db, "--listing", "eco-1", "--market", "DE", "--verdict", "approve", "--officer", "ana", "--reason", " "])
        #expect(noReason.status == 2 && noReason.stderr.contains("a reason must be given"))
        let decided = try audit(["decide", "--db", db, "--listing", "eco-1", "--market", "DE", "--verdict", "approve", "--officer", "ana",
                                 "--reason", "licence checked"])
        #expect(decided.status == 0, "\(decided.stderr)")
        let second = try audit([catalog.path, "--db", db, "--actor", "ci", "--date", "2026-12-02", "--fail-on", "warn"])
        #expect(second.status == 0 && second.stdout.contains("2 pass, 0 review"), "\(second.stdout)")

        let verified = try audit(["verify", "--db", db])
        #expect(verified.status == 0 && verified.stdout.contains("the audit trail is intact (6 entries)"), "\(verified.stdout)")
        let log = try audit(["log", "--db", db])
        #expect(log.stdout.contains("ana  override") && log.stdout.contains("reason: licence checked"))

        // A manual edit (the append-only triggers dropped first) breaks the chain.
        let raw = try DatabaseQueue(path: db)
        try await raw.write { db in
            try db.execute(sql: "DROP TRIGGER audit_no_update")
            try db.execute(sql: "UPDATE audit SET actor = 'director' WHERE seq = 4")
        }
        let broken = try audit(["verify", "--db", db])
        #expect(broken.status == 1 && broken.stdout.contains("entry 4 was edited"), "\(broken.stdout)")
    }

    /// A run stopped part-way (here by --limit; a killed process leaves the same state, since each
    /// batch commits with the run's progress) goes on where it stopped: nothing is lost or checked twice.
    @Test func aStoppedRunResumes() async throws {
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("resume-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: db) }
        let base = ["examples/listings.jsonl", "--db", db, "--actor", "ci", "--date", "2026-12-01"]
        let part = try audit(base + ["--limit", "3"])
        #expect(part.status == 0 && part.stdout.contains("run 1: stopped after 3 items"), "\(part.stdout)")
        let rest = try audit(base)
        #expect(rest.stderr.contains("resuming run 1 of examples/listings.jsonl after 3 items"))
        #expect(rest.stdout.contains("run 1: 7 items, 7 listings"), "\(rest.stdout)")
        let whole = try audit(base.replacingOccurrences(of: db, with: db + "-whole"))
        defer { try? FileManager.default.removeItem(atPath: db + "-whole") }
        #expect(rest.stdout.replacingOccurrences(of: db, with: "") == whole.stdout.replacingOccurrences(of: db + "-whole", with: ""))
        let counts = try DatabaseQueue(path: db).read { db in
            try Row.fetchOne(db, sql: "SELECT COUNT(*) AS rows, COUNT(DISTINCT item) AS items FROM result")!
        }
        #expect(counts["rows"] as Int == 7 && counts["items"] as Int == 7)
        #expect(try audit(["log", "--db", db]).stdout.components(separatedBy: "run.start").count == 2, "one run, resumed")
    }

    @Test func badInputIsNamed() async throws {
        let missing = try audit(["/nonexistent/catalog.jsonl", "--db", FileManager.default.temporaryDirectory.appendingPathComponent("x-\(UUID()).sqlite").path])
        #expect(missing.status == 2 && missing.stderr.contains("/nonexistent/catalog.jsonl: cannot read the catalog"))
        let junk = FileManager.default.temporaryDirectory.appendingPathComponent("junk-\(UUID()).sqlite")
        try Data("plain text, not SQLite".utf8).write(to: junk)
        let notAStore = try audit(["verify", "--db", junk.path])
        #expect(notAStore.status == 2 && notAStore.stderr.contains(junk.path + ":"), "\(notAStore.stderr)")
        let market = try audit(["examples/listings.jsonl", "--markets", "XX", "--db", junk.path])
        #expect(market.status == 2 && market.stderr.contains("unknown market 'XX'"))
    }
    /// `audit --enqueue` and two workers give the run a direct audit gives.
    @Test func workersCheckAQueuedCatalog() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let queued = folder.appendingPathComponent("queued.sqlite").path, direct = folder.appendingPathComponent("direct.sqlite").path
        let catalog = Self.root.appendingPathComponent("examples/listings.jsonl").path
        let enqueued = try audit([catalog, "--db", queued, "--enqueue", "--actor", "ci", "--date", "2026-12-01"])
        #expect(enqueued.status == 0 && enqueued.stdout.contains("queued in"), "\(enqueued.stdout)\(enqueued.stderr)")
        #expect(try audit([catalog, "--db", queued, "--enqueue", "--limit", "3"]).status == 2)
        async let one = clearance(["worker", "--db", queued, "--idle-exit", "--name", "w1"])
        async let two = clearance(["worker", "--db", queued, "--idle-exit", "--name", "w2"])
        let (first, second) = try await (one, two)
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        #expect(try audit([catalog, "--db", direct, "--actor", "ci", "--date", "2026-12-01"]).status == 1)
        func counts(_ path: String) throws -> [Int] {
            let db = try DatabaseQueue(path: path)
            return try db.read { db in
                try Row.fetchOne(db, sql: "SELECT items_done, listings, pass, review, block, errors, finished_at IS NOT NULL AS f FROM run")
                    .map { row in ["items_done", "listings", "pass", "review", "block", "errors", "f"].map { row[$0] as Int } } ?? []
            }
        }
        #expect(try counts(queued) == counts(direct))
        #expect(try counts(queued).last == 1, "the last batch finished the run")
        #expect(try audit(["verify", "--db", queued]).status == 0)
    }
}

extension Array where Element == String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> [String] {
        map { $0 == target ? replacement : $0 }
    }

}
