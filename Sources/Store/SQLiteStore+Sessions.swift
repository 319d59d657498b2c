import GRDB

/// Browser sessions of the web UI.
extension SQLiteStore {
    public func startSession(token: TokenRecord, secretHash: String, at: String, expiresAt: String) async throws -> SessionRecord {
        try await writer.write { db in
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM token WHERE id = ? AND revoked_at IS NULL", arguments: [token.id]) != nil else {
                throw StoreError("token \(token.id) is unknown or revoked")
            }
            try db.execute(sql: "INSERT INTO session (token_id, hash, created_at, expires_at) VALUES (?, ?, ?, ?)",
                           arguments: [token.id, secretHash, at, expiresAt])
            let id = db.lastInsertedRowID
            try Self.append(db, at: at, actor: token.name, action: "session.start", subject: "token:\(token.id)", packs: [], reason: nil,
                            detail: Self.json(["session": "\(id)", "expires_at": expiresAt]))
            return SessionRecord(id: id, token: token, createdAt: at, expiresAt: expiresAt)
        }
    }

    public func activeSession(secretHash: String, at: String) async throws -> SessionRecord? {
        try await writer.read { db in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT s.id AS session_id, s.created_at AS session_created_at, s.expires_at, t.*
                FROM session s JOIN token t ON t.id = s.token_id
                WHERE s.hash = ? AND s.ended_at IS NULL AND s.expires_at > ? AND t.revoked_at IS NULL
                """), arguments: [secretHash, at]) else { return nil }
            return SessionRecord(id: row["session_id"], token: Self.token(row), createdAt: row["session_created_at"],
                                 expiresAt: row["expires_at"])
        }
    }

    public func endSession(_ id: Int64, at: String) async throws {
        try await writer.write { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT s.ended_at, t.id, t.name FROM session s JOIN token t ON t.id = s.token_id WHERE s.id = ?
                """, arguments: [id]) else { throw StoreError("no session \(id)") }
            guard (row["ended_at"] as String?) == nil else { return }
            try db.execute(sql: "UPDATE session SET ended_at = ? WHERE id = ?", arguments: [at, id])
            let tokenID: Int64 = row["id"]
            try Self.append(db, at: at, actor: row["name"], action: "session.end", subject: "token:\(tokenID)", packs: [], reason: nil,
                            detail: Self.json(["session": "\(id)"]))
        }
    }
}
