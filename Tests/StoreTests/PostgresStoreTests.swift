import ComplianceCore
import Foundation
import PostgresNIO
import Store
import StorePostgres
import Testing

/// What the PostgreSQL store does beyond the shared contract (which `StoreTests.stores()` runs
/// against it): the trail's triggers and chain edited behind its back, writers in several
/// processes, migrations, and the errors it reports.
@Suite(.dropsPostgresSchemas, .enabled(if: TestPostgres.url != nil, "CLEARANCE_TEST_POSTGRES is not set (scripts/postgres-test sets it)"))
struct PostgresStoreTests {
    /// The server's message of a refused statement.
    static func refusal(_ connection: PostgresConnection, _ sql: PostgresQuery) async -> String? {
        do {
            try await TestPostgres.execute(connection, sql)
            return nil
        } catch let error as PSQLError {
            return error.serverInfo?[.message] ?? "\(error.code)"
        } catch {
            return "\(error)"
        }
    }

    /// SQL refuses to change the trail; an edit made anyway (triggers dropped) or a deleted entry
    /// shows in the chain, with SQLite's messages.
    @Test func editedOrDeletedEntriesBreakTheChain() async throws {
        let (schema, store, version) = try await TestPostgres.storeWithOneListing()
        for verdict in [Verdict.approve, .reject, .approve] {
            _ = try await store.decide(version, market: "DE", verdict: verdict, officer: "ana", reason: "r", packs: [], at: "2026-12-01T12:00:00Z")
        }
        #expect(try await store.verifyAudit().isEmpty)
        try await TestPostgres.withConnection(schema: schema) { raw in
            #expect(await Self.refusal(raw, "UPDATE audit SET reason = 'x' WHERE seq = 2") == "the audit trail is append-only")
            #expect(await Self.refusal(raw, "DELETE FROM audit WHERE seq = 3") == "the audit trail is append-only")
            #expect(await Self.refusal(raw, "TRUNCATE audit") == "the audit trail is append-only")
            try await TestPostgres.execute(raw, "DROP TRIGGER audit_no_update ON audit")
            try await TestPostgres.execute(raw, "DROP TRIGGER audit_no_delete ON audit")
            try await StoreTests.expectEditsAndDeletionsShow(in: store) { sql in _ = try await TestPostgres.execute(raw, PostgresQuery(unsafeSQL: sql)) }
        }
    }

    /// Someone who can write the whole database can rewrite the chain consistently; a head kept
    /// elsewhere shows it.
    @Test func aRewrittenChainDiffersFromAnAnchor() async throws {
        let (schema, store, version) = try await TestPostgres.storeWithOneListing()
        _ = try await store.decide(version, market: "DE", verdict: .reject, officer: "ana", reason: "counterfeit", packs: [], at: "2026-12-01T12:00:00Z")
        let anchor = try await #require(try store.auditHead())
        #expect(anchor.seq == 2)
        #expect(try await store.anchorProblems([anchor]).isEmpty)
        _ = try await store.decide(version, market: "DE", verdict: .approve, officer: "ana", reason: "licence", packs: [], at: "2026-12-01T13:00:00Z")
        #expect(try await store.anchorProblems([anchor]).isEmpty, "later entries keep an older anchor valid")

        // Rewrite entry 2 and every hash from there on, as a forger with the database would.
        try await TestPostgres.withConnection(schema: schema) { raw in
            try await TestPostgres.execute(raw, "DROP TRIGGER audit_no_update ON audit")
            try await TestPostgres.execute(raw, "UPDATE audit SET reason = 'approved by the director' WHERE seq = 2")
            var previous = AuditChain.genesis
            for row in try await TestPostgres.execute(raw, "SELECT seq, at, actor, action, subject, packs, reason, detail FROM audit ORDER BY seq") {
                let (seq, at, actor, action, subject, packs, reason, detail) =
                    try row.decode((Int, String, String, String, String, String, String?, String).self)
                let hash = AuditChain.hash(seq: seq, at: at, actor: actor, action: action, subject: subject, packs: packs, reason: reason,
                                           detail: detail, previousHash: previous)
                try await TestPostgres.execute(raw, "UPDATE audit SET previous_hash = \(previous), hash = \(hash) WHERE seq = \(seq)")
                previous = hash
            }
            try await TestPostgres.execute(raw, "UPDATE audit_head SET hash = \(previous)")
        }
        #expect(try await store.verifyAudit().isEmpty, "the chain alone cannot tell")
        #expect(try await store.anchorProblems([anchor]).first?.hasPrefix("entry 2 has hash") == true)
        #expect(try await store.anchorProblems([(seq: 9, hash: anchor.hash)]) == ["entry 9 of the anchor is missing"])
    }

    /// Officers deciding on one listing at once through eight stores, each with its own pool (as
    /// eight server processes would): every decision lands, each in its own place in the chain,
    /// and the chain stays intact (the head row's lock serializes appends).
    @Test func concurrentDecisionsFromSeveralStoresAreSerialized() async throws {
        let (schema, store, version) = try await TestPostgres.storeWithOneListing()
        try await ReviewQueueTests.expectSerializedDecisions(on: store, version: version) { try await TestPostgres.store(schema: schema) }
    }

    /// Batches of several runs recorded at once, sharing listings, from several stores: no
    /// deadlock, every result kept, and the newest result of each listing is the highest run's.
    @Test func concurrentBatchesKeepTheNewestResult() async throws {
        let (schema, store) = try await TestPostgres.newStore()
        let stores = [store, try await TestPostgres.store(schema: schema), try await TestPostgres.store(schema: schema)]
        var started: [Int64] = []
        for (n, own) in stores.enumerated() {
            started.append(try await own.startRun(RunStart(key: "k\(n)", source: "c", markets: ["DE"], packs: [], tool: "t", icu: "72.1",
                                                        cldr: "42.0", day: "2026-12-01", actor: "ci"), at: "2026-12-01T10:00:00Z").id)
        }
        let runs = started
        let ids = (0..<200).map { "sku-\($0)" }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (n, own) in stores.enumerated() {
                group.addTask {
                    // Each store walks the listings in another order, ten batches of twenty.
                    let order = n % 2 == 0 ? ids : ids.reversed()
                    for batch in 0..<10 {
                        let items = (0..<20).map { batch * 20 + $0 }
                        _ = try await own.record(items.map { StoreTests.checked($0, order[$0], content: "\(order[$0]) \(n)", findings: []) },
                                                 run: runs[n], day: "2026-12-01", itemsDone: 0)
                    }
                }
            }
            try await group.waitForAll()
        }
        for (n, run) in runs.enumerated() {
            #expect(try await store.results(run: run).count == 200, "run \(n)")
        }
        let queue = try await store.queue(QueueFilter(decisions: Set(Decision.allCases), limit: 1000))
        #expect(queue.count == 200 && queue.allSatisfy { $0.run == runs.last })
    }

    /// Four workers, each with its own pool, claim and complete one queue's batches at once:
    /// each batch is claimed once (SKIP LOCKED), the counts add up, and the last batch finishes
    /// the run once.
    @Test func concurrentWorkersClaimEachBatchOnce() async throws {
        let (schema, store) = try await TestPostgres.newStore()
        let run = try await store.startRun(StoreTests.start, at: "2026-12-01T10:00:00Z")
        try await store.enqueue(run: run.id, batches: (0..<40).map { QueuedBatch(firstItem: $0 * 5, items: 5, payload: "p\($0)") })
        _ = try await store.closeQueue(run: run.id, actor: "coordinator", at: "2026-12-01T10:00:01Z")
        let claimed = try await withThrowingTaskGroup(of: [Int].self) { group in
            for worker in 0..<4 {
                group.addTask {
                    let own = try await TestPostgres.store(schema: schema)
                    var mine: [Int] = []
                    while let batch = try await own.claimBatch(worker: "w\(worker)", packs: StoreTests.start.packs, at: "2026-12-01T10:01:00Z",
                                                               staleBefore: "2026-12-01T09:00:00Z") {
                        let first = batch.batch.firstItem
                        let items = (first..<first + 5).map { StoreTests.checked($0, "sku-\($0)", content: "c\($0)", findings: []) }
                        _ = try await own.completeBatch(batch, results: items, at: "2026-12-01T10:02:00Z")
                        mine.append(first)
                    }
                    return mine
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(claimed.sorted() == Array(stride(from: 0, to: 200, by: 5)), "each batch once")
        let finished = try #require(try await store.run(run.id))
        #expect(finished.finishedAt != nil && finished.itemsDone == 200 && finished.counts.listings == 200)
        #expect(try await store.auditTrail().map(\.action) == ["run.start", "run.finish"])
        #expect(try await store.queueProgress(run: run.id).done == 40)
    }

    /// Two processes starting on a new schema at once: the migrations run once, under the lock.
    @Test func migrationsRunOnceWhenStoresStartTogether() async throws {
        let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        TestPostgres.ledger?.schemas.withLock { $0.append(schema) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<4 { group.addTask { _ = try await TestPostgres.store(schema: schema) } }
            try await group.waitForAll()
        }
        _ = try await TestPostgres.store(schema: schema)
        let (names, head) = try await TestPostgres.withConnection(schema: schema) { raw in
            (try await TestPostgres.execute(raw, "SELECT name FROM clearance_migration ORDER BY name").map { try $0.decode(String.self) },
             try await TestPostgres.execute(raw, "SELECT seq, hash FROM audit_head").map { try $0.decode((Int, String).self) })
        }
        #expect(names == ["1-runs-findings-audit", "2-work-queue"])
        #expect(head.map(\.0) == [0] && head.map(\.1) == [AuditChain.genesis])
    }

    @Test func anUnknownDatabaseIsNamed() async throws {
        let location = try PostgresLocation(url: try #require(TestPostgres.url))
        let url = "postgres://\(location.user):s3cret@\(location.host):\(location.port)/no_such_db?sslmode=disable"
        await #expect {
            _ = try await PostgresStore(url: url)
        } throws: {
            let message = "\($0)"
            return message.contains("/no_such_db") && message.contains("does not exist") && !message.contains("s3cret")
        }
    }
}

/// The URL a PostgreSQL store is opened with, and what it says when it cannot connect; no server needed.
@Suite struct PostgresLocationTests {
    @Test func urlsAreRead() throws {
        let full = try PostgresLocation(url: "postgresql://ana:p%40ss@db.example:6432/clearance?sslmode=require&schema=team_a")
        #expect(full.user == "ana" && full.password == "p@ss" && full.host == "db.example" && full.port == 6432)
        #expect(full.database == "clearance" && full.tls == .require && full.schema == "team_a")
        #expect(full.description == "ana@db.example:6432/clearance", "no password")
        let short = try PostgresLocation(url: "postgres://ana@localhost/")
        #expect(short.port == 5432 && short.database == "ana" && short.tls == .prefer && short.password == nil)
        let socket = try PostgresLocation(url: "postgres://ana@/clearance?host=/run/postgresql")
        #expect(socket.socketDirectory == "/run/postgresql" && socket.description == "ana@/run/postgresql:5432/clearance")
        #expect(throws: StoreError("sslmode 'sometimes' is not one of disable, prefer, require, verify-ca, verify-full")) {
            try PostgresLocation(url: "postgres://a@h/d?sslmode=sometimes")
        }
        #expect(throws: StoreError.self) { try PostgresLocation(url: "postgres://a@h/d?application=x") }
        #expect(PostgresLocation.isURL("postgres://h/d") && PostgresLocation.isURL("postgresql://h/d") && !PostgresLocation.isURL("clearance.sqlite"))
    }

    @Test func anUnreachableServerIsNamedWithoutThePassword() async throws {
        await #expect {
            _ = try await PostgresStore(url: "postgres://ana:s3cret@127.0.0.1:1/clearance?sslmode=disable")
        } throws: {
            let message = "\($0)"
            return $0 is StoreError && message.hasPrefix("cannot reach PostgreSQL ana@127.0.0.1:1/clearance: ") && !message.contains("s3cret")
        }
        await #expect(throws: StoreError.self) { _ = try await PostgresStore(url: "postgres://ana@127.0.0.1:1/clearance", schema: "Bad Name") }
    }
}
