import Foundation
import Store

/// Where a `PostgresStore` connects, read from a URL:
/// `postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=MODE&schema=NAME` (or `postgresql://`).
///
/// Defaults as libpq's: port 5432, the user `$USER` (else `postgres`), the database named as the
/// user. Parameters: `sslmode` (`disable`; `prefer`, the default, and `require` encrypt without
/// checking the server's certificate, as libpq does; `verify-ca` checks it against the system's
/// roots, `verify-full` also its host name), `host` (a directory holding the server's Unix socket,
/// instead of TCP) and `schema` (the schema the store's tables live in; created when missing).
/// User, password and database may be percent-encoded.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public enum TLSMode: String, Sendable, CaseIterable {
        case disable, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public let host: String
    public let port: Int
    /// The directory of the server's Unix socket, when the URL names one (`?host=/run/postgresql`).
    public let socketDirectory: String?
    public let user: String
    public let password: String?
    public let database: String
    public let tls: TLSMode
    public let schema: String?

    /// Whether `text` names a PostgreSQL database rather than a file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// - Throws: `StoreError` saying what is wrong with the URL (never repeating its password).
    public init(url: String) throws {
        guard Self.isURL(url), let components = URLComponents(string: url) else {
            throw StoreError("\(Self.redacted(url)) is not a PostgreSQL URL (postgres://user:password@host:port/database)")
        }
        var host = components.host ?? ""
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        self.host = host.isEmpty ? "localhost" : host
        port = components.port ?? 5432
        let environment = ProcessInfo.processInfo.environment
        let user = components.user ?? environment["USER"] ?? "postgres"
        self.user = user
        password = components.password
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 } ?? user
        var tls = TLSMode.prefer, socketDirectory: String?, schema: String?
        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "sslmode":
                guard let mode = TLSMode(rawValue: value) else {
                    throw StoreError("sslmode '\(value)' is not one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                tls = mode
            case "host":
                guard value.hasPrefix("/") else { throw StoreError("host '\(value)' in the URL's parameters is not a socket directory") }
                socketDirectory = value
            case "schema":
                schema = value
            default:
                throw StoreError("unknown parameter '\(item.name)' in the PostgreSQL URL (known: sslmode, host, schema)")
            }
        }
        self.tls = tls
        self.socketDirectory = socketDirectory
        self.schema = schema
    }

    /// `user@host:port/database`: what error messages name; never the password.
    public var description: String {
        "\(user)@\(socketDirectory ?? (host.contains(":") ? "[\(host)]" : host)):\(port)/\(database)"
    }

    /// The URL with its password replaced by `***`, for messages.
    public static func redacted(_ url: String) -> String {
        guard var copy = URLComponents(string: url) else { return "the URL" }
        guard copy.password != nil else { return url }
        copy.password = "***"
        return copy.string ?? "the URL"
    }
}
