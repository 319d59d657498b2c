import Foundation
import PostgresNIO
import Store
import StorePostgres
import Synchronization
import Testing

/// The PostgreSQL the store tests also run against: the URL in `CLEARANCE_TEST_POSTGRES`
/// (`scripts/postgres-test` starts a throwaway server and sets it). Each store lives in a schema
/// of its own, dropped when the test ends (the `.dropsPostgresSchemas` trait).
enum TestPostgres {
    static let url: String? = ProcessInfo.processInfo.environment["CLEARANCE_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    @TaskLocal static var ledger: Ledger?

    /// A store in a new schema.
    static func newStore() async throws -> (schema: String, store: PostgresStore) {
        let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        ledger?.schemas.withLock { $0.append(schema) }
        return (schema, try await store(schema: schema))
    }

    /// Another store (its own pool, as another process would have) on `schema`.
    static func store(schema: String) async throws -> PostgresStore {
        let store = try await PostgresStore(url: try #require(url), schema: schema)
        ledger?.stores.withLock { $0.append(store) }
        return store
    }

    /// A store in a new schema with one run that recorded listing "a" (content `{}`) for DE.
    static func storeWithOneListing() async throws -> (schema: String, store: PostgresStore, version: ListingVersion) {
        let (schema, store) = try await newStore()
        let run = try await store.startRun(StoreTests.start, at: "2026-12-01T10:00:00Z")
        _ = try await store.record([StoreTests.checked(0, "a", content: "{}", findings: [])], run: run.id, day: "2026-12-01", itemsDone: 1)
        return (schema, store, ListingVersion(listingID: "a", contentHash: AuditChain.sha256("{}")))
    }

    /// A connection of its own to the test database, its search path `schema`, to change tables
    /// behind the store's back.
    static func connect(schema: String?) async throws -> PostgresConnection {
        let location = try PostgresLocation(url: try #require(url))
        var configuration = PostgresConnection.Configuration(host: location.host, port: location.port, username: location.user,
                                                             password: location.password, database: location.database, tls: .disable)
        if let schema { configuration.options.additionalStartupParameters = [("search_path", schema)] }
        return try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
    }

    /// Runs `body` with a connection of `connect(schema:)`, closed afterwards.
    static func withConnection<Result: Sendable>(schema: String?, _ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        let connection = try await connect(schema: schema)
        do {
            let result = try await body(connection)
            try await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// Runs `sql` on `connection`, collecting its rows.
    @discardableResult
    static func execute(_ connection: PostgresConnection, _ sql: PostgresQuery) async throws -> [PostgresRow] {
        try await connection.query(sql, logger: logger).collect()
    }

    static let logger: Logger = {
        var logger = Logger(label: "clearance.tests.postgres")
        logger.logLevel = .critical
        return logger
    }()

    /// The schemas and stores a test made.
    final class Ledger: Sendable {
        let schemas = Mutex<[String]>([])
        let stores = Mutex<[PostgresStore]>([])

        /// Closes the stores and drops the schemas.
        func cleanUp() async throws {
            for store in stores.withLock({ $0 }) { await store.close() }
            let schemas = self.schemas.withLock { $0 }
            guard !schemas.isEmpty else { return }
            try await TestPostgres.withConnection(schema: nil) { connection in
                for schema in schemas {
                    try await TestPostgres.execute(connection, PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \"\(schema)\" CASCADE"))
                }
            }
        }
    }
}

/// Drops the PostgreSQL schemas a test made, and closes its stores, when the test ends.
struct DropsPostgresSchemas: TestTrait, SuiteTrait, TestScoping {
    var isRecursive: Bool { true }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: () async throws -> Void) async throws {
        guard TestPostgres.url != nil, !test.isSuite else { return try await function() }
        let ledger = TestPostgres.Ledger()
        do {
            try await TestPostgres.$ledger.withValue(ledger) { try await function() }
        } catch {
            try? await ledger.cleanUp()
            throw error
        }
        try await ledger.cleanUp()
    }
}

extension Trait where Self == DropsPostgresSchemas {
    static var dropsPostgresSchemas: Self { DropsPostgresSchemas() }
}
