import Foundation
import PostgresNIO
import Store

/// The store in PostgreSQL, for teams: many servers and audit processes on one database. The
/// same tables and answers as `SQLiteStore`; every write is one transaction, and audit entries
/// are chained under a lock on the trail's head row, so concurrent writers never fork it.
///
/// Connections come from postgres-nio's pool (`PostgresClient`), run by a task the store starts;
/// `close()` ends it.
public final class PostgresStore: ClearanceStore {
    let client: PostgresClient
    let location: PostgresLocation
    let logger: Logger
    private let runner: Task<Void, Never>

    /// Connects, creates the schema when missing and brings the tables forward.
    /// - Parameters:
    ///   - url: `postgres://user:password@host:port/database` (see `PostgresLocation`).
    ///   - schema: the schema the tables live in (overrides the URL's `schema`); nil: the
    ///     database's search path, usually `public`.
    /// - Throws: `StoreError` naming the user, host and database (never the password) when the
    ///   server cannot be reached, refuses the login or the URL is wrong.
    public init(url: String, schema: String? = nil) async throws {
        let location = try PostgresLocation(url: url)
        let schema = schema ?? location.schema
        if let schema, !Self.isIdentifier(schema) {
            throw StoreError("schema '\(schema)' is not a plain name (lowercase letters, digits and _, not starting with a digit)")
        }
        var logger = Logger(label: "clearance.store.postgres")
        logger.logLevel = .critical
        self.location = location
        self.logger = logger
        let connection = try Self.configuration(location, schema: schema)
        // One connection first: a wrong host, password or database fails here with the server's
        // reason (the pool would retry for a minute and then only say that it gave up).
        do {
            let first = try await PostgresConnection.connect(configuration: connection.single, id: 0, logger: logger)
            do {
                try await PostgresSchema.migrate(first, schema: schema, logger: logger)
            } catch {
                try? await first.close()
                throw error
            }
            try await first.close()
        } catch {
            throw Self.storeError(error, location)
        }
        let client = PostgresClient(configuration: connection.pool, backgroundLogger: logger)
        self.client = client
        runner = Task { await client.run() }
    }

    /// Closes the pool's connections; the store cannot be used afterwards.
    public func close() async {
        runner.cancel()
        await runner.value
    }

    deinit { runner.cancel() }

    // MARK: Transactions

    /// Runs `body` in one transaction (read committed), committed when it returns and rolled back
    /// when it throws. A deadlock or serialization failure between concurrent writers retries the
    /// whole transaction, a few times.
    func write<Result: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> Result) async throws -> Result {
        var attempt = 1
        while true {
            do {
                return try await client.withConnection { connection in
                    try await Self.transaction(connection, begin: "BEGIN", logger: logger, body)
                }
            } catch let error as PSQLError where attempt < 5 && Self.isTransient(error) {
                attempt += 1
            } catch {
                throw Self.storeError(error, location)
            }
        }
    }

    /// Runs `body`, which reads, on one snapshot of the database.
    func read<Result: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await client.withConnection { connection in
                try await Self.transaction(connection, begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger, body)
            }
        } catch {
            throw Self.storeError(error, location)
        }
    }

    /// The rows of one query, run on a connection of the pool.
    func rows(_ query: PostgresQuery) async throws -> [PostgresRow] {
        do {
            return try await client.query(query, logger: logger).collect()
        } catch {
            throw Self.storeError(error, location)
        }
    }

    static func transaction<Result>(_ connection: PostgresConnection, begin: PostgresQuery, logger: Logger,
                                    _ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        _ = try await connection.query(begin, logger: logger).collect()
        let result: Result
        do {
            result = try await body(connection)
        } catch {
            // A connection that cannot roll back is broken and closed by the pool.
            _ = try? await connection.query("ROLLBACK", logger: logger).collect()
            throw error
        }
        _ = try await connection.query("COMMIT", logger: logger).collect()
        return result
    }

    // MARK: Errors

    /// Deadlock detected, serialization failure: the transaction may succeed when run again.
    static func isTransient(_ error: PSQLError) -> Bool {
        ["40P01", "40001"].contains(error.serverInfo?[.sqlState] ?? "")
    }

    /// `StoreError` as it is; any other error as a `StoreError` naming the database.
    static func storeError(_ error: any Error, _ location: PostgresLocation) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                let state = error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
                return StoreError("PostgreSQL \(location): \(message)\(state)")
            }
            if error.code == .sslUnsupported {
                return StoreError("cannot reach PostgreSQL \(location): the server does not offer TLS (sslmode=\(location.tls.rawValue))")
            }
            let reason = error.underlying.map(Self.describe) ?? "\(error.code)"
            return StoreError("cannot reach PostgreSQL \(location): \(reason)")
        }
        return StoreError("PostgreSQL \(location): \(describe(error))")
    }

    /// A short description of a connection error (NIO's errors describe themselves at length).
    static func describe(_ error: any Error) -> String {
        if let error = error as? IOError { return String(cString: strerror(error.errnoCode)).lowercased() }
        if let error = error as? NIOConnectionError {
            return error.connectionErrors.first.map { describe($0.error) } ?? "no address for \(error.host)"
        }
        return String(describing: error)
    }

    // MARK: Configuration

    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 63 else { return false }
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789_")
        return !CharacterSet.decimalDigits.contains(first) && name.unicodeScalars.allSatisfy(allowed.contains)
    }

    /// The configurations of the first connection and of the pool: the same server, login, TLS
    /// and search path (set at each connection's start-up, so every pooled connection has it).
    static func configuration(_ location: PostgresLocation, schema: String?)
        throws -> (single: PostgresConnection.Configuration, pool: PostgresClient.Configuration) {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch location.tls {
        case .disable, .prefer, .require: tls.certificateVerification = .none
        case .verifyCA: tls.certificateVerification = .noHostnameVerification
        case .verifyFull: tls.certificateVerification = .fullVerification
        }
        let parameters = schema.map { [("search_path", "\"\($0)\"")] } ?? []
        var single: PostgresConnection.Configuration
        var pool: PostgresClient.Configuration
        if let directory = location.socketDirectory {
            let path = directory + "/.s.PGSQL.\(location.port)"
            single = .init(unixSocketPath: path, username: location.user, password: location.password, database: location.database)
            pool = .init(unixSocketPath: path, username: location.user, password: location.password, database: location.database)
        } else {
            let context = try NIOSSLContext(configuration: tls)
            let singleTLS: PostgresConnection.Configuration.TLS, poolTLS: PostgresClient.Configuration.TLS
            switch location.tls {
            case .disable: (singleTLS, poolTLS) = (.disable, .disable)
            case .prefer: (singleTLS, poolTLS) = (.prefer(context), .prefer(tls))
            case .require, .verifyCA, .verifyFull: (singleTLS, poolTLS) = (.require(context), .require(tls))
            }
            single = .init(host: location.host, port: location.port, username: location.user, password: location.password,
                           database: location.database, tls: singleTLS)
            pool = .init(host: location.host, port: location.port, username: location.user, password: location.password,
                         database: location.database, tls: poolTLS)
        }
        single.options.additionalStartupParameters = parameters
        pool.options.additionalStartupParameters = parameters
        return (single, pool)
    }
}
