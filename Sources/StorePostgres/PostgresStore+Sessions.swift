import PostgresNIO
import Store

/// Browser sessions of the web UI.
extension PostgresStore {
    public func startSession(token: TokenRecord, secretHash: String, at: String, expiresAt: String) async throws -> SessionRecord {
        try await write { connection in
            // Locked: a revocation committing meanwhile waits, or is seen.
            guard try await !connection.query("SELECT 1 FROM token WHERE id = \(token.id) AND revoked_at IS NULL FOR SHARE",
                                              logger: logger).collect().isEmpty else {
                throw StoreError("token \(token.id) is unknown or revoked")
            }
            let id = try await Self.one(connection, """
                INSERT INTO session (token_id, hash, created_at, expires_at) VALUES (\(token.id), \(secretHash), \(at), \(expiresAt)) RETURNING id
                """, logger: logger).decode(Int64.self)
            try await Self.append(connection, logger: logger, at: at, actor: token.name, action: "session.start", subject: "token:\(token.id)",
                                  packs: [], reason: nil, detail: StoreConventions.json(["session": "\(id)", "expires_at": expiresAt]))
            return SessionRecord(id: id, token: token, createdAt: at, expiresAt: expiresAt)
        }
    }

    public func activeSession(secretHash: String, at: String) async throws -> SessionRecord? {
        try await rows("""
            SELECT s.id, s.created_at, s.expires_at, \(unescaped: Self.tokenColumns)
            FROM session s JOIN token t ON t.id = s.token_id
            WHERE s.hash = \(secretHash) AND s.ended_at IS NULL AND s.expires_at > \(at) AND t.revoked_at IS NULL
            """).first.map { row in
            let (id, createdAt, expiresAt) = try row.decode((Int64, String, String).self)
            return SessionRecord(id: id, token: try Self.token(row, from: 3), createdAt: createdAt, expiresAt: expiresAt)
        }
    }

    public func endSession(_ id: Int64, at: String) async throws {
        try await write { connection in
            guard let row = try await connection.query("""
                SELECT s.ended_at, t.id, t.name FROM session s JOIN token t ON t.id = s.token_id WHERE s.id = \(id) FOR UPDATE OF s
                """, logger: logger).collect().first else { throw StoreError("no session \(id)") }
            let (ended, tokenID, name) = try row.decode((String?, Int64, String).self)
            guard ended == nil else { return }
            try await Self.execute(connection, "UPDATE session SET ended_at = \(at) WHERE id = \(id)", logger: logger)
            try await Self.append(connection, logger: logger, at: at, actor: name, action: "session.end", subject: "token:\(tokenID)",
                                  packs: [], reason: nil, detail: StoreConventions.json(["session": "\(id)"]))
        }
    }
}
