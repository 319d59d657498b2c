import PostgresNIO
import Store

/// Bearer tokens, kept by the hash of their secret.
extension PostgresStore {
    static let tokenColumns = "t.id, t.name, t.role, t.created_at, t.revoked_at"

    public func addToken(name: String, role: Role, secretHash: String, actor: String, at: String) async throws -> TokenRecord {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError("a token needs a name") }
        return try await write { connection in
            let id = try await Self.one(connection, """
                INSERT INTO token (name, role, hash, created_at) VALUES (\(name), \(role.rawValue), \(secretHash), \(at)) RETURNING id
                """, logger: logger).decode(Int64.self)
            try await Self.append(connection, logger: logger, at: at, actor: actor, action: "token.create", subject: "token:\(id)", packs: [],
                                  reason: nil, detail: StoreConventions.json(["name": name, "role": role.rawValue]))
            return TokenRecord(id: id, name: name, role: role, createdAt: at, revokedAt: nil)
        }
    }

    public func tokens() async throws -> [TokenRecord] {
        try await rows("SELECT \(unescaped: Self.tokenColumns) FROM token t ORDER BY t.id").map { try Self.token($0, from: 0) }
    }

    public func revokeToken(_ id: Int64, actor: String, at: String) async throws -> TokenRecord {
        try await write { connection in
            guard let row = try await connection.query("SELECT \(unescaped: Self.tokenColumns) FROM token t WHERE t.id = \(id) FOR UPDATE",
                                                       logger: logger).collect().first else { throw StoreError("no token \(id)") }
            let token = try Self.token(row, from: 0)
            guard token.revokedAt == nil else { return token }
            try await Self.execute(connection, "UPDATE token SET revoked_at = \(at) WHERE id = \(id)", logger: logger)
            try await Self.append(connection, logger: logger, at: at, actor: actor, action: "token.revoke", subject: "token:\(id)", packs: [],
                                  reason: nil, detail: StoreConventions.json(["name": token.name, "role": token.role.rawValue]))
            return TokenRecord(id: id, name: token.name, role: token.role, createdAt: token.createdAt, revokedAt: at)
        }
    }

    public func activeToken(secretHash: String) async throws -> TokenRecord? {
        try await rows("SELECT \(unescaped: Self.tokenColumns) FROM token t WHERE t.hash = \(secretHash) AND t.revoked_at IS NULL")
            .first.map { try Self.token($0, from: 0) }
    }

    /// A token from `tokenColumns`, starting at column `first`.
    static func token(_ row: PostgresRow, from first: Int) throws -> TokenRecord {
        let cells = row.makeRandomAccess()
        return TokenRecord(id: try cells[first].decode(Int64.self), name: try cells[first + 1].decode(String.self),
                           role: Role(rawValue: try cells[first + 2].decode(String.self)) ?? .seller,
                           createdAt: try cells[first + 3].decode(String.self), revokedAt: try cells[first + 4].decode(String?.self))
    }
}
