import ComplianceCore
import Foundation
import GRDB

/// The audit trail: appended in the same transaction as what it records, verified by its chain.
extension SQLiteStore {
    public func auditTrail(after: Int, limit: Int?) async throws -> [AuditEntry] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE seq > ? ORDER BY seq LIMIT ?", arguments: [after, limit ?? -1]).map(Self.entry)
        }
    }

    public func recentAudit(before: Int?, limit: Int) async throws -> [AuditEntry] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE seq < ? ORDER BY seq DESC LIMIT ?",
                             arguments: [before ?? Int.max, max(1, limit)]).map(Self.entry)
        }
    }

    public func verifyAudit() async throws -> [String] {
        try await writer.read { db in
            let entries = try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY seq").map(Self.entry)
            let head = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit_head WHERE id = 1").map { (seq: $0["seq"] as Int, hash: $0["hash"] as String) }
            return AuditChain.problems(in: entries, head: head ?? (entries.isEmpty ? nil : (seq: 0, hash: "")))
        }
    }

    /// Appends an entry, chained to the last one, and moves the head.
    static func append(_ db: Database, at: String, actor: String, action: String, subject: String, packs: [String],
                       reason: String?, detail: String) throws {
        let last = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
        let seq = (last.map { $0["seq"] as Int } ?? 0) + 1
        let previous = last.map { $0["hash"] as String } ?? AuditChain.genesis
        let packText = packs.joined(separator: ",")
        let hash = AuditChain.hash(seq: seq, at: at, actor: actor, action: action, subject: subject, packs: packText, reason: reason,
                                   detail: detail, previousHash: previous)
        try db.execute(sql: """
            INSERT INTO audit (seq, at, actor, action, subject, packs, reason, detail, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [seq, at, actor, action, subject, packText, reason, detail, previous, hash])
        try db.execute(sql: "INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
                       arguments: [seq, hash])
    }

    static func entry(_ row: Row) -> AuditEntry {
        AuditEntry(seq: row["seq"], at: row["at"], actor: row["actor"], action: row["action"], subject: row["subject"], packs: row["packs"],
                   reason: row["reason"], detail: row["detail"], previousHash: row["previous_hash"], hash: row["hash"])
    }
}
