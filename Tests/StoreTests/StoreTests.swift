import ComplianceCore
import Foundation
import GRDB
import Store
import StorePostgres
import Testing
import TextEngine

/// The store's contract, run against a SQLite file, a database in memory and, when
/// `CLEARANCE_TEST_POSTGRES` names a server (scripts/postgres-test), a PostgreSQL schema.
@Suite(.dropsPostgresSchemas) struct StoreTests {
    static func stores() async throws -> [(String, any ClearanceStore)] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString).sqlite").path
        var stores: [(String, any ClearanceStore)] = [("file", try SQLiteStore(path: path)), ("memory", try SQLiteStore())]
        if TestPostgres.url != nil { stores.append(("postgres", try await TestPostgres.newStore().store)) }
        return stores
    }

    static let start = RunStart(key: "k1", source: "catalog.jsonl", markets: ["DE"], packs: ["eu-green-claims@2026.11.0"], tool: "0.1",
                                icu: "72.1", cldr: "42.0", day: "2026-12-01", actor: "ci")

    static func finding(_ rule: String, _ severity: Severity, fingerprint: String, text: String = "umweltfreundlich") -> Finding {
        Finding(rule: rule, category: .regulatory, severity: severity, market: "DE", field: FieldPath(.title),
                span: TextSpan(utf8Range: 0..<text.utf8.count, in: text), message: "m", citation: Citation(law: "l"), fix: nil,
                fingerprint: fingerprint, explanation: "")
    }

    static func checked(_ item: Int, _ id: String, content: String, findings: [Finding]) -> BatchItem {
        .checked(item: item, listingID: id, content: content,
                 results: [ListingResult(listing: id, market: "DE", decision: Decision(findings: findings), findings: findings)])
    }

    /// A store in a new file with one run that recorded listing "a" (content `{}`) for DE.
    static func fileStoreWithOneListing() async throws -> (path: String, store: SQLiteStore, version: ListingVersion) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString).sqlite").path
        let store = try SQLiteStore(path: path)
        let run = try await store.startRun(start, at: "2026-12-01T10:00:00Z")
        _ = try await store.record([checked(0, "a", content: "{}", findings: [])], run: run.id, day: "2026-12-01", itemsDone: 1)
        return (path, store, ListingVersion(listingID: "a", contentHash: AuditChain.sha256("{}")))
    }

    @Test func runsRecordBatchesAndResume() async throws {
        for (name, store) in try await Self.stores() {
            let run = try await store.startRun(Self.start, at: "2026-12-01T10:00:00Z")
            #expect(try await store.unfinishedRun(key: "k1")?.id == run.id, "\(name)")
            let warn = Self.finding("eu/ucpd/generic-environmental-claim", .warn, fingerprint: "f1")
            _ = try await store.record([Self.checked(0, "a", content: #"{"id":"a","title":"x"}"#, findings: []),
                                  Self.checked(1, "b", content: #"{"id":"b","title":"umweltfreundlich"}"#, findings: [warn]),
                                  .failed(item: 2, message: "line 3: not valid JSON")], run: run.id, day: "2026-12-01", itemsDone: 0)
            let midway = try await #require(try store.run(run.id))
            #expect(midway.itemsDone == 3 && midway.counts.listings == 2 && midway.counts.review == 1 && midway.counts.errors == 1, "\(name)")
            // Resuming: the same key finds the run and how far it got.
            #expect(try await store.unfinishedRun(key: "k1")?.itemsDone == 3)
            _ = try await store.record([], run: run.id, day: "2026-12-01", itemsDone: 5)
            #expect(try await store.run(run.id)?.itemsDone == 5, "blank lines count as items done")
            #expect(try await store.latestVersion(listingID: "b", market: "DE")?.contentHash == AuditChain.sha256(#"{"id":"b","title":"umweltfreundlich"}"#))
            #expect(try await store.latestVersion(listingID: "b", market: "FR") == nil)
            let finished = try await store.finishRun(run.id, actor: "ci", at: "2026-12-01T10:05:00Z")
            #expect(finished.finishedAt == "2026-12-01T10:05:00Z", "\(name)")
            #expect(try await store.unfinishedRun(key: "k1") == nil, "\(name)")
            await #expect(throws: StoreError.self) { try await store.record([], run: run.id, day: "2026-12-01", itemsDone: 0) }
            let results = try await store.results(run: run.id)
            #expect(results.map(\.decision) == [.pass, .review] && results[1].findings.map(\.fingerprint) == ["f1"], "\(name)")
            #expect(try await store.auditTrail().map(\.action) == ["run.start", "run.finish"])
            #expect(try await store.verifyAudit().isEmpty)
        }
    }

    /// An override covers one finding of one listing version: the same listing with other
    /// content is checked again, and an expired override no longer applies.
    @Test func overridesApplyToThatVersionAndFingerprintOnly() async throws {
        for (name, store) in try await Self.stores() {
            let block = Self.finding("trademark/marks/x", .block, fingerprint: "tm1", text: "Sony")
            let warn = Self.finding("eu/ucpd/generic-environmental-claim", .warn, fingerprint: "g1")
            let content = #"{"id":"a","title":"Sony umweltfreundlich"}"#
            let first = try await store.startRun(Self.start, at: "2026-12-01T10:00:00Z")
            _ = try await store.record([Self.checked(0, "a", content: content, findings: [block, warn])], run: first.id, day: "2026-12-01", itemsDone: 0)
            _ = try await store.finishRun(first.id, actor: "ci", at: "2026-12-01T10:01:00Z")
            let version = ListingVersion(listingID: "a", contentHash: AuditChain.sha256(content))
            await #expect(throws: StoreError.self, "no reason") {
                try await store.override(version, market: "DE", fingerprint: "tm1", officer: "ana", reason: " ", expires: nil, packs: [], at: "t")
            }
            await #expect(throws: StoreError.self, "unknown finding") {
                try await store.override(version, market: "DE", fingerprint: "nope", officer: "ana", reason: "r", expires: nil, packs: [], at: "t")
            }
            let made = try await store.override(version, market: "DE", fingerprint: "tm1", officer: "ana", reason: "authorized reseller, contract 2026-114",
                                          expires: "2026-12-31", packs: ["p@1"], at: "2026-12-01T11:00:00Z")
            #expect(try await store.activeOverrides(version, market: "DE", day: "2026-12-31").map(\.id) == [made.id], "\(name)")
            #expect(try await store.activeOverrides(version, market: "DE", day: "2027-01-01").isEmpty, "expired")
            #expect(try await store.activeOverrides(version, market: "FR", day: "2026-12-02").isEmpty, "another market")

            let second = try await store.startRun(RunStart(key: "k2", source: "c", markets: ["DE"], packs: [], tool: "0.1", icu: "72.1", cldr: "42.0",
                                                     day: "2026-12-02", actor: "ci"), at: "2026-12-02T10:00:00Z")
            let changed = #"{"id":"a","title":"Sony umweltfreundlich!"}"#
            let recorded = try await store.record([Self.checked(0, "a", content: content, findings: [block, warn]),
                                             Self.checked(1, "a", content: changed, findings: [block, warn])], run: second.id, day: "2026-12-02", itemsDone: 0)
            #expect(recorded[0].engineDecision == .block && recorded[0].decision == .review, "\(name): the block is overridden, the warning stays")
            #expect(recorded[0].findings.first { $0.fingerprint == "tm1" }?.overriddenBy == made.id)
            #expect(recorded[1].decision == .block, "\(name): changed content is another version, checked again")
            let late = try await store.record([Self.checked(2, "a", content: content, findings: [block])], run: second.id, day: "2027-01-02", itemsDone: 0)
            #expect(late[0].decision == .block, "\(name): expired")
        }
    }

    @Test func decisionsAndTheAuditTrail() async throws {
        for (name, store) in try await Self.stores() {
            let content = #"{"id":"a","title":"t"}"#
            let run = try await store.startRun(Self.start, at: "2026-12-01T10:00:00Z")
            _ = try await store.record([Self.checked(0, "a", content: content, findings: [])], run: run.id, day: "2026-12-01", itemsDone: 0)
            let version = ListingVersion(listingID: "a", contentHash: AuditChain.sha256(content))
            let approve = try await store.decide(version, market: "DE", verdict: .approve, officer: "ana", reason: "checked the label", packs: ["p@1"],
                                           at: "2026-12-01T12:00:00Z")
            _ = try await store.decide(version, market: "DE", verdict: .reject, officer: "bo", reason: "photo shows another model", packs: ["p@1"],
                                 at: "2026-12-01T12:05:00Z")
            #expect(try await store.decisions(version, market: "DE").map(\.verdict) == [.approve, .reject], "\(name)")
            #expect(approve.officer == "ana")
            await #expect(throws: StoreError.self) {
                try await store.decide(ListingVersion(listingID: "zz", contentHash: "00"), market: "DE", verdict: .approve, officer: "a", reason: "r",
                                 packs: [], at: "t")
            }
            let trail = try await store.auditTrail()
            #expect(trail.map(\.action) == ["run.start", "decision", "decision"], "\(name)")
            #expect(trail[1].actor == "ana" && trail[1].reason == "checked the label" && trail[1].packs == "p@1")
            #expect(trail[1].previousHash == trail[0].hash && trail[0].previousHash == AuditChain.genesis)
            #expect(try await store.verifyAudit().isEmpty)
        }
    }

    /// SQL refuses to change the trail; an edit made anyway (triggers dropped) or a deleted entry
    /// shows in the chain.
    @Test func editedOrDeletedEntriesBreakTheChain() async throws {
        let (path, store, version) = try await Self.fileStoreWithOneListing()
        for verdict in [Verdict.approve, .reject, .approve] {
            _ = try await store.decide(version, market: "DE", verdict: verdict, officer: "ana", reason: "r", packs: [], at: "2026-12-01T12:00:00Z")
        }
        #expect(try await store.verifyAudit().isEmpty)
        let raw = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) { try raw.write { try $0.execute(sql: "UPDATE audit SET reason = 'x' WHERE seq = 2") } }
        #expect(throws: DatabaseError.self) { try raw.write { try $0.execute(sql: "DELETE FROM audit WHERE seq = 3") } }
        try await raw.write { db in try db.execute(sql: "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete") }
        try await Self.expectEditsAndDeletionsShow(in: store) { sql in try await raw.write { try $0.execute(sql: sql) } }
    }

    /// With the trail's triggers dropped, `execute` edits entry 2 of a four-entry trail, then
    /// deletes entries 3 and 4: `verifyAudit` names each in the same words for every store.
    static func expectEditsAndDeletionsShow(in store: any ClearanceStore, execute: (String) async throws -> Void) async throws {
        try await execute("UPDATE audit SET reason = 'approved by the director' WHERE seq = 2")
        #expect(try await store.verifyAudit() == ["entry 2 was edited: its fields do not match its hash"])
        try await execute("DELETE FROM audit WHERE seq = 3")
        let problems = try await store.verifyAudit()
        #expect(problems.contains("entries 3...3 are missing (deleted)") && problems.contains { $0.hasPrefix("entry 4 does not follow") })
        try await execute("DELETE FROM audit WHERE seq = 4")
        #expect(try await store.verifyAudit().contains { $0.hasPrefix("the trail ends at entry 2, but the store recorded entry 4") })
    }

    /// Someone who can write the whole file can rewrite the chain consistently; a head kept
    /// elsewhere shows it.
    @Test func aRewrittenChainDiffersFromAnAnchor() async throws {
        let (path, store, version) = try await Self.fileStoreWithOneListing()
        _ = try await store.decide(version, market: "DE", verdict: .reject, officer: "ana", reason: "counterfeit", packs: [], at: "2026-12-01T12:00:00Z")
        let anchor = try await #require(try store.auditHead())
        #expect(anchor.seq == 2)
        #expect(try await store.anchorProblems([anchor]).isEmpty)
        _ = try await store.decide(version, market: "DE", verdict: .approve, officer: "ana", reason: "licence", packs: [], at: "2026-12-01T13:00:00Z")
        #expect(try await store.anchorProblems([anchor]).isEmpty, "later entries keep an older anchor valid")

        // Rewrite entry 2 and every hash from there on, as a forger with the file would.
        let raw = try DatabaseQueue(path: path)
        try await raw.write { db in
            try db.execute(sql: "DROP TRIGGER audit_no_update")
            try db.execute(sql: "UPDATE audit SET reason = 'approved by the director' WHERE seq = 2")
            var previous = AuditChain.genesis
            for row in try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY seq") {
                let hash = AuditChain.hash(seq: row["seq"], at: row["at"], actor: row["actor"], action: row["action"], subject: row["subject"],
                                           packs: row["packs"], reason: row["reason"], detail: row["detail"], previousHash: previous)
                try db.execute(sql: "UPDATE audit SET previous_hash = ?, hash = ? WHERE seq = ?", arguments: [previous, hash, row["seq"] as Int])
                previous = hash
            }
            try db.execute(sql: "UPDATE audit_head SET hash = ?", arguments: [previous])
        }
        #expect(try await store.verifyAudit().isEmpty, "the chain alone cannot tell")
        #expect(try await store.anchorProblems([anchor]).first?.hasPrefix("entry 2 has hash") == true)
        #expect(try await store.anchorProblems([(seq: 9, hash: anchor.hash)]) == ["entry 9 of the anchor is missing"])
    }

    @Test func aFileThatIsNotAStoreIsNamed() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("junk-\(UUID().uuidString).sqlite").path
        try Data("not a database at all, just text".utf8).write(to: URL(fileURLWithPath: path))
        #expect { try SQLiteStore(path: path) } throws: { "\($0)".hasPrefix(path + ":") }
    }
}

@Suite(.dropsPostgresSchemas) struct TokenStoreTests {
    @Test func tokensAreKeptHashedAndRevokedOnce() async throws {
        for (name, store) in try await StoreTests.stores() {
            let secret = TokenSecret.generate()
            #expect(secret.hasPrefix("clr_") && secret.count == 47 && !secret.contains("+") && !secret.contains("/"), "\(secret)")
            #expect(TokenSecret.generate() != secret)
            let made = try await store.addToken(name: "officer ana", role: .officer, secretHash: TokenSecret.hash(secret), actor: "admin",
                                          at: "2026-12-01T09:00:00Z")
            #expect(try await store.activeToken(secretHash: TokenSecret.hash(secret))?.id == made.id, "\(name)")
            #expect(try await store.activeToken(secretHash: TokenSecret.hash(secret + "x")) == nil)
            #expect(try await store.tokens().map(\.role) == [.officer])
            let revoked = try await store.revokeToken(made.id, actor: "admin", at: "2026-12-01T10:00:00Z")
            #expect(revoked.revokedAt == "2026-12-01T10:00:00Z")
            #expect(try await store.activeToken(secretHash: TokenSecret.hash(secret)) == nil)
            #expect(try await store.revokeToken(made.id, actor: "admin", at: "2026-12-02T10:00:00Z").revokedAt == "2026-12-01T10:00:00Z", "once")
            await #expect(throws: StoreError.self) { try await store.revokeToken(99, actor: "admin", at: "t") }
            #expect(try await store.auditTrail().map(\.action) == ["token.create", "token.revoke"])
            #expect(try await store.verifyAudit().isEmpty)
            #expect(Role.seller < .officer && Role.officer < .admin)
        }
    }
}

@Suite(.dropsPostgresSchemas) struct ReviewQueueTests {
    @Test func theQueueShowsTheNewestResultOfEachListingFiltered() async throws {
        for (name, store) in try await StoreTests.stores() {
            let warn = StoreTests.finding("eu/ucpd/generic-environmental-claim", .warn, fingerprint: "g1")
            let block = StoreTests.finding("trademark/marks/x", .block, fingerprint: "t1", text: "Sony")
            let first = try await store.startRun(StoreTests.start, at: "2026-12-01T10:00:00Z")
            _ = try await store.record([StoreTests.checked(0, "a", content: "a1", findings: [warn]),
                                  StoreTests.checked(1, "b", content: "b1", findings: [block]),
                                  StoreTests.checked(2, "c", content: "c1", findings: [])], run: first.id, day: "2026-12-01", itemsDone: 3)
            // A second run where "a" changed and lost its claim.
            let second = try await store.startRun(RunStart(key: "k2", source: "c", markets: ["DE"], packs: [], tool: "t", icu: "72.1", cldr: "42.0",
                                                     day: "2026-12-02", actor: "ci"), at: "2026-12-02T10:00:00Z")
            _ = try await store.record([StoreTests.checked(0, "a", content: "a2", findings: [])], run: second.id, day: "2026-12-02", itemsDone: 1)
            #expect(try await store.queue(QueueFilter()).map(\.version.listingID) == ["b"], "\(name): a's newest version passes, c passes")
            #expect(try await store.queue(QueueFilter(decisions: [.pass])).map(\.version.listingID) == ["a", "c"])
            #expect(try await store.queue(QueueFilter(rule: "trademark/marks/x")).map(\.rules) == [["trademark/marks/x"]])
            #expect(try await store.queue(QueueFilter(severity: .warn)).isEmpty)
            #expect(try await store.queue(QueueFilter(market: "FR")).isEmpty)
            let b = ListingVersion(listingID: "b", contentHash: AuditChain.sha256("b1"))
            _ = try await store.decide(b, market: "DE", verdict: .reject, officer: "ana", reason: "counterfeit", packs: [], at: "2026-12-02T11:00:00Z")
            #expect(try await store.queue(QueueFilter()).first?.verdict == .reject)

            let history = try await store.history(listingID: "a", market: "DE")
            #expect(history.versions.map(\.content) == ["a2", "a1"], "\(name): newest first")
            #expect(history.versions.map { $0.results.map(\.result.decision) } == [[.pass], [.review]])
            #expect(try await store.history(listingID: "zz", market: "DE").versions.isEmpty)

            #expect(try await store.queue(QueueFilter(listing: "a", decisions: Set(Decision.allCases))).map(\.run) == [second.id], "\(name)")
            #expect(try await store.queue(QueueFilter(listing: "a")).isEmpty, "a passes now")
            let findings = try await store.results(run: first.id)[1].findings
            #expect(findings.map(\.utf8Range) == [0..<4] && findings.map(\.category) == ["regulatory"], "spans come back for highlighting")

            let dashboard = try await store.dashboard(since: "2026-12-02")
            #expect(dashboard.markets.map(\.market) == ["DE"])
            #expect(dashboard.markets.first.map { [$0.counts.pass, $0.counts.review, $0.counts.block, $0.counts.rejected] } == [2, 0, 1, 1], "\(name)")
            #expect(dashboard.rules.map { "\($0.rule) \($0.category) \($0.listings)" } == ["trademark/marks/x regulatory 1"])
            #expect(dashboard.days.map(\.day) == ["2026-12-02"] && dashboard.days.first?.counts.pass == 1, "since the day asked")
            #expect(try await store.dashboard(since: "2026-11-01").days.map(\.day) == ["2026-12-01", "2026-12-02"])
            #expect(try await store.dashboard(since: "2026-11-01").ruleDays.map(\.rule) == ["eu/ucpd/generic-environmental-claim", "trademark/marks/x"])
        }
    }

    /// Officers deciding on one listing at once: every decision lands, each in its own place in
    /// the chain, and the chain stays intact (SQLite runs one write at a time).
    @Test func concurrentDecisionsAreSerialized() async throws {
        let (path, store, version) = try await StoreTests.fileStoreWithOneListing()
        // Each officer opens the file separately, as two server processes would.
        try await ReviewQueueTests.expectSerializedDecisions(on: store, version: version) { try SQLiteStore(path: path) }
    }

    /// Eight officers, each through a store of their own, decide ten times at once on one
    /// listing: all 80 decisions land, each its own entry of an intact chain.
    static func expectSerializedDecisions(on store: any ClearanceStore, version: ListingVersion,
                                          opening: @escaping @Sendable () async throws -> any ClearanceStore) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for officer in 0..<8 {
                group.addTask {
                    let own = try await opening()
                    for n in 0..<10 {
                        _ = try await own.decide(version, market: "DE", verdict: n % 2 == 0 ? .approve : .reject, officer: "officer \(officer)",
                                                 reason: "round \(n)", packs: [], at: "2026-12-01T11:00:00Z")
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await store.decisions(version, market: "DE").count == 80)
        #expect(try await store.auditTrail().map(\.seq) == Array(1...81))
        #expect(try await store.verifyAudit().isEmpty)
    }

    /// Workers claim queued batches one at a time; a claim given away cannot be recorded twice;
    /// the last batch of a closed queue finishes the run.
    @Test func workersClaimBatchesAndTheLastOneFinishesTheRun() async throws {
        for (name, store) in try await StoreTests.stores() {
            let run = try await store.startRun(StoreTests.start, at: "2026-12-01T10:00:00Z")
            try await store.enqueue(run: run.id, batches: [QueuedBatch(firstItem: 0, items: 2, payload: "p0"), QueuedBatch(firstItem: 2, items: 1, payload: "p2")])
            try await store.enqueue(run: run.id, batches: [QueuedBatch(firstItem: 0, items: 2, payload: "again")])
            #expect(try await store.claimBatch(worker: "w", packs: ["other@1"], at: "2026-12-01T10:01:00Z", staleBefore: "2026-12-01T09:00:00Z") == nil,
                    "\(name): only runs checked with the worker's packs")
            let first = try #require(try await store.claimBatch(worker: "w1", packs: StoreTests.start.packs, at: "2026-12-01T10:12:00Z",
                                                                staleBefore: "2026-12-01T09:00:00Z"))
            #expect(first.batch == QueuedBatch(firstItem: 0, items: 2, payload: "p0"), "\(name): queued once")
            let second = try #require(try await store.claimBatch(worker: "w2", packs: StoreTests.start.packs, at: "2026-12-01T10:01:00Z",
                                                                 staleBefore: "2026-12-01T09:00:00Z"))
            #expect(second.batch.firstItem == 2)
            #expect(try await store.claimBatch(worker: "w3", packs: StoreTests.start.packs, at: "2026-12-01T10:02:00Z",
                                               staleBefore: "2026-12-01T09:00:00Z") == nil, "nothing left to claim")
            // w2 went quiet: its claim is given to w3 once stale, and w2 can no longer record it.
            let takenOver = try #require(try await store.claimBatch(worker: "w3", packs: StoreTests.start.packs, at: "2026-12-01T10:20:00Z",
                                                                    staleBefore: "2026-12-01T10:10:00Z"))
            #expect(takenOver.batch.firstItem == 2 && takenOver.claim != second.claim)
            await #expect(throws: StoreError.self) {
                try await store.completeBatch(second, results: [StoreTests.checked(2, "c", content: "c", findings: [])], at: "2026-12-01T10:21:00Z")
            }
            let afterFirst = try await store.completeBatch(first, results: [StoreTests.checked(0, "a", content: "a", findings: []),
                                                                            .failed(item: 1, message: "line 2: not JSON")], at: "2026-12-01T10:22:00Z")
            #expect(afterFirst.done == 1 && afterFirst.claimed == 1 && !afterFirst.closed)
            let afterLast = try await store.completeBatch(takenOver, results: [StoreTests.checked(2, "c", content: "c", findings: [])],
                                                          at: "2026-12-01T10:23:00Z")
            #expect(afterLast.done == 2)
            #expect(try await store.run(run.id)?.finishedAt == nil, "\(name): the queue is not closed yet")
            let closed = try await store.closeQueue(run: run.id, actor: "coordinator", at: "2026-12-01T10:24:00Z")
            #expect(closed.closed && closed.done == 2)
            let finished = try #require(try await store.run(run.id))
            #expect(finished.finishedAt == "2026-12-01T10:24:00Z" && finished.itemsDone == 3 && finished.counts.listings == 2 && finished.counts.errors == 1, "\(name)")
            await #expect(throws: StoreError.self) { try await store.enqueue(run: run.id, batches: []) }
            #expect(try await store.auditTrail().map(\.action) == ["run.start", "run.finish"])
        }
    }

    @Test func sessionsEndByLogoutExpiryOrRevocation() async throws {
        for (name, store) in try await StoreTests.stores() {
            let token = try await store.addToken(name: "ana", role: .officer, secretHash: "t", actor: "admin", at: "2026-12-01T08:00:00Z")
            let session = try await store.startSession(token: token, secretHash: "s1", at: "2026-12-01T09:00:00Z", expiresAt: "2026-12-01T17:00:00Z")
            #expect(try await store.activeSession(secretHash: "s1", at: "2026-12-01T10:00:00Z")?.token == token, "\(name)")
            #expect(try await store.activeSession(secretHash: "s2", at: "2026-12-01T10:00:00Z") == nil)
            #expect(try await store.activeSession(secretHash: "s1", at: "2026-12-01T17:00:00Z") == nil, "expired")
            try await store.endSession(session.id, at: "2026-12-01T11:00:00Z")
            try await store.endSession(session.id, at: "2026-12-01T11:01:00Z")
            #expect(try await store.activeSession(secretHash: "s1", at: "2026-12-01T11:30:00Z") == nil, "ended")
            _ = try await store.startSession(token: token, secretHash: "s3", at: "2026-12-01T12:00:00Z", expiresAt: "2026-12-01T20:00:00Z")
            _ = try await store.revokeToken(token.id, actor: "admin", at: "2026-12-01T12:30:00Z")
            #expect(try await store.activeSession(secretHash: "s3", at: "2026-12-01T13:00:00Z") == nil, "revoked with its token")
            await #expect(throws: StoreError.self) {
                try await store.startSession(token: token, secretHash: "s4", at: "2026-12-01T13:00:00Z", expiresAt: "2026-12-01T21:00:00Z")
            }
            #expect(try await store.auditTrail().map(\.action) == ["token.create", "session.start", "session.end", "session.start", "token.revoke"], "\(name)")
            #expect(try await store.recentAudit(before: nil, limit: 2).map(\.seq) == [5, 4])
            #expect(try await store.recentAudit(before: 4, limit: 10).map(\.seq) == [3, 2, 1])
            #expect(try await store.verifyAudit().isEmpty)
        }
    }
}
