import Crypto
import Foundation

/// What a bearer token may do. Each role may do what the one before it may.
public enum Role: String, Sendable, CaseIterable, Codable, Comparable {
    /// Check and localize listings.
    case seller
    /// Also review: decisions, overrides, the queue and the audit trail.
    case officer
    /// Also manage tokens.
    case admin

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A token as the store keeps it: never the secret itself, only its SHA-256.
public struct TokenRecord: Sendable, Equatable {
    public let id: Int64
    /// Who or what holds it: `officer ana`, `shop backend`.
    public let name: String
    public let role: Role
    public let createdAt: String
    public let revokedAt: String?

    public init(id: Int64, name: String, role: Role, createdAt: String, revokedAt: String?) {
        self.id = id
        self.name = name
        self.role = role
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }
}

/// The secrets of bearer tokens: `clr_` and 43 characters of base64url from 32 random bytes.
public enum TokenSecret {
    /// A new secret from the system's random source.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let base64 = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return "clr_" + base64
    }

    /// What the store keeps of a secret.
    public static func hash(_ secret: String) -> String {
        AuditChain.hex(SHA256.hash(data: Data(secret.utf8)))
    }
}

/// A browser session of the web UI: the token proved at login, until it ends, expires or the
/// token is revoked. The store keeps the hash of the cookie's secret.
public struct SessionRecord: Sendable, Equatable {
    public let id: Int64
    public let token: TokenRecord
    public let createdAt: String
    public let expiresAt: String

    public init(id: Int64, token: TokenRecord, createdAt: String, expiresAt: String) {
        self.id = id
        self.token = token
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}
