import GRDB

/// Bearer tokens, kept by the hash of their secret.
extension SQLiteStore {
    public func addToken(name: String, role: Role, secretHash: String, actor: String, at: String) async throws -> TokenRecord {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError("a token needs a name") }
        return try await writer.write { db in
            try db.execute(sql: "INSERT INTO token (name, role, hash, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [name, role.rawValue, secretHash, at])
            let id = db.lastInsertedRowID
            try Self.append(db, at: at, actor: actor, action: "token.create", subject: "token:\(id)", packs: [], reason: nil,
                            detail: Self.json(["name": name, "role": role.rawValue]))
            return TokenRecord(id: id, name: name, role: role, createdAt: at, revokedAt: nil)
        }
    }

    public func tokens() async throws -> [TokenRecord] {
        try await writer.read { db in try Row.fetchAll(db, sql: "SELECT * FROM token ORDER BY id").map(Self.token) }
    }

    public func revokeToken(_ id: Int64, actor: String, at: String) async throws -> TokenRecord {
        try await writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM token WHERE id = ?", arguments: [id]) else { throw StoreError("no token \(id)") }
            let token = Self.token(row)
            guard token.revokedAt == nil else { return token }
            try db.execute(sql: "UPDATE token SET revoked_at = ? WHERE id = ?", arguments: [at, id])
            try Self.append(db, at: at, actor: actor, action: "token.revoke", subject: "token:\(id)", packs: [], reason: nil,
                            detail: Self.json(["name": token.name, "role": token.role.rawValue]))
            return TokenRecord(id: id, name: token.name, role: token.role, createdAt: token.createdAt, revokedAt: at)
        }
    }

    public func activeToken(secretHash: String) async throws -> TokenRecord? {
        try await writer.read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM token WHERE hash = ? AND revoked_at IS NULL"), arguments: [secretHash]).map(Self.token)
        }
    }

    static func token(_ row: Row) -> TokenRecord {
        TokenRecord(id: row["id"], name: row["name"], role: Role(rawValue: row["role"]) ?? .seller, createdAt: row["created_at"],
                    revokedAt: row["revoked_at"])
    }
}
