import ComplianceCore
import Foundation
import GRDB

/// Officers' overrides and decisions, each an entry in the audit trail.
extension SQLiteStore {
    public func override(_ version: ListingVersion, market: String, fingerprint: String, officer: String, reason: String,
                         expires: String?, packs: [String], at: String) async throws -> Override {
        try Self.require(officer: officer, reason: reason)
        if let expires, !Self.isDay(expires) { throw StoreError("expiry '\(expires)' is not a day (YYYY-MM-DD)") }
        return try await writer.write { db in
            let versionID = try Self.existingVersionID(db, version)
            let known = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM finding f JOIN result r ON r.run_id = f.run_id AND r.item = f.item AND r.market = f.market
                WHERE r.version_id = ? AND r.market = ? AND f.fingerprint = ?
                """, arguments: [versionID, market, fingerprint]) ?? 0
            guard known > 0 else {
                throw StoreError("no finding \(fingerprint) on \(version.listingID) in \(market): an override names a finding the store has recorded")
            }
            try db.execute(sql: """
                INSERT INTO override (version_id, market, fingerprint, officer, reason, created_at, expires) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [versionID, market, fingerprint, officer, reason, at, expires])
            let id = db.lastInsertedRowID
            try Self.append(db, at: at, actor: officer, action: "override", subject: Self.subject(version, market), packs: packs,
                            reason: reason, detail: Self.json(["override": "\(id)", "fingerprint": fingerprint, "expires": expires ?? ""]))
            return Override(id: id, version: version, market: market, fingerprint: fingerprint, officer: officer, reason: reason,
                            createdAt: at, expires: expires)
        }
    }

    public func decide(_ version: ListingVersion, market: String, verdict: Verdict, officer: String, reason: String,
                       packs: [String], at: String) async throws -> OfficerDecision {
        try Self.require(officer: officer, reason: reason)
        return try await writer.write { db in
            let versionID = try Self.existingVersionID(db, version)
            try db.execute(sql: "INSERT INTO decision (version_id, market, verdict, officer, reason, at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [versionID, market, verdict.rawValue, officer, reason, at])
            let id = db.lastInsertedRowID
            try Self.append(db, at: at, actor: officer, action: "decision", subject: Self.subject(version, market), packs: packs,
                            reason: reason, detail: Self.json(["decision": "\(id)", "verdict": verdict.rawValue]))
            return OfficerDecision(id: id, version: version, market: market, verdict: verdict, officer: officer, reason: reason, at: at)
        }
    }

    public func decisions(_ version: ListingVersion, market: String) async throws -> [OfficerDecision] {
        try await writer.read { db in
            guard let versionID = try Self.versionIDIfKnown(db, version) else { return [] }
            return try Self.decisions(db, versionID: versionID, version: version, market: market)
        }
    }

    static func decisions(_ db: Database, versionID: Int64, version: ListingVersion, market: String) throws -> [OfficerDecision] {
        try Row.fetchAll(db, sql: "SELECT * FROM decision WHERE version_id = ? AND market = ? ORDER BY id", arguments: [versionID, market]).map { row in
            OfficerDecision(id: row["id"], version: version, market: row["market"], verdict: Verdict(rawValue: row["verdict"]) ?? .reject,
                            officer: row["officer"], reason: row["reason"], at: row["at"])
        }
    }

    public func activeOverrides(_ version: ListingVersion, market: String, day: String) async throws -> [Override] {
        try await writer.read { db in
            guard let versionID = try Self.versionIDIfKnown(db, version) else { return [] }
            return try Self.overrides(db, versionID: versionID, version: version, market: market, day: day)
        }
    }
}
