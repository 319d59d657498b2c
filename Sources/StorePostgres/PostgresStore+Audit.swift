import PostgresNIO
import Store

/// The audit trail: appended in the same transaction as what it records, verified by its chain.
extension PostgresStore {
    static let auditColumns = "seq, at, actor, action, subject, packs, reason, detail, previous_hash, hash"

    public func auditTrail(after: Int, limit: Int?) async throws -> [AuditEntry] {
        try await rows("SELECT \(unescaped: Self.auditColumns) FROM audit WHERE seq > \(after) ORDER BY seq LIMIT \(limit)").map(Self.entry)
    }

    public func recentAudit(before: Int?, limit: Int) async throws -> [AuditEntry] {
        try await rows("""
            SELECT \(unescaped: Self.auditColumns) FROM audit WHERE seq < \(before ?? Int.max) ORDER BY seq DESC LIMIT \(max(1, limit))
            """).map(Self.entry)
    }

    public func verifyAudit() async throws -> [String] {
        try await read { connection in
            let entries = try await connection.query("SELECT \(unescaped: Self.auditColumns) FROM audit ORDER BY seq", logger: logger)
                .collect().map(Self.entry)
            let head = try await connection.query("SELECT seq, hash FROM audit_head WHERE id = 1", logger: logger).collect().first
                .map { try $0.decode((Int, String).self) }
            // The head row is there from the start, at entry 0: as SQLite's missing head, it
            // vouches for nothing, unless entries appeared without moving it.
            let recorded = head.flatMap { $0.0 > 0 ? (seq: $0.0, hash: $0.1) : nil }
            return AuditChain.problems(in: entries, head: recorded ?? (entries.isEmpty ? nil : (seq: 0, hash: "")))
        }
    }

    /// Appends an entry chained to the head, and moves the head. The head row stays locked until
    /// the transaction ends, so appends from any number of connections and processes take turns
    /// and each chains to the one committed before it.
    static func append(_ connection: PostgresConnection, logger: Logger, at: String, actor: String, action: String, subject: String,
                       packs: [String], reason: String?, detail: String) async throws {
        let (last, previous) = try await one(connection, "SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE", logger: logger)
            .decode((Int, String).self)
        let seq = last + 1
        let packText = packs.joined(separator: ",")
        let hash = AuditChain.hash(seq: seq, at: at, actor: actor, action: action, subject: subject, packs: packText, reason: reason,
                                   detail: detail, previousHash: previous)
        try await execute(connection, """
            INSERT INTO audit (seq, at, actor, action, subject, packs, reason, detail, previous_hash, hash)
            VALUES (\(seq), \(at), \(actor), \(action), \(subject), \(packText), \(reason), \(detail), \(previous), \(hash))
            """, logger: logger)
        try await execute(connection, "UPDATE audit_head SET seq = \(seq), hash = \(hash) WHERE id = 1", logger: logger)
    }

    static func entry(_ row: PostgresRow) throws -> AuditEntry {
        let (seq, at, actor, action, subject, packs, reason, detail, previous, hash) =
            try row.decode((Int, String, String, String, String, String, String?, String, String, String).self)
        return AuditEntry(seq: seq, at: at, actor: actor, action: action, subject: subject, packs: packs, reason: reason, detail: detail,
                          previousHash: previous, hash: hash)
    }
}
