import ComplianceCore
import PostgresNIO
import Store

/// Officers' overrides and decisions, each an entry in the audit trail.
extension PostgresStore {
    public func override(_ version: ListingVersion, market: String, fingerprint: String, officer: String, reason: String,
                         expires: String?, packs: [String], at: String) async throws -> Override {
        try StoreConventions.require(officer: officer, reason: reason)
        if let expires, !StoreConventions.isDay(expires) { throw StoreError("expiry '\(expires)' is not a day (YYYY-MM-DD)") }
        return try await write { connection in
            let versionID = try await Self.existingVersionID(connection, version, logger: logger)
            let known = try await Self.one(connection, """
                SELECT EXISTS (SELECT 1 FROM finding f JOIN result r ON r.run_id = f.run_id AND r.item = f.item AND r.market = f.market
                               WHERE r.version_id = \(versionID) AND r.market = \(market) AND f.fingerprint = \(fingerprint))
                """, logger: logger).decode(Bool.self)
            guard known else {
                throw StoreError("no finding \(fingerprint) on \(version.listingID) in \(market): an override names a finding the store has recorded")
            }
            let id = try await Self.one(connection, """
                INSERT INTO override (version_id, market, fingerprint, officer, reason, created_at, expires)
                VALUES (\(versionID), \(market), \(fingerprint), \(officer), \(reason), \(at), \(expires)) RETURNING id
                """, logger: logger).decode(Int64.self)
            try await Self.append(connection, logger: logger, at: at, actor: officer, action: "override",
                                  subject: StoreConventions.subject(version, market), packs: packs, reason: reason,
                                  detail: StoreConventions.json(["override": "\(id)", "fingerprint": fingerprint, "expires": expires ?? ""]))
            return Override(id: id, version: version, market: market, fingerprint: fingerprint, officer: officer, reason: reason,
                            createdAt: at, expires: expires)
        }
    }

    public func decide(_ version: ListingVersion, market: String, verdict: Verdict, officer: String, reason: String,
                       packs: [String], at: String) async throws -> OfficerDecision {
        try StoreConventions.require(officer: officer, reason: reason)
        return try await write { connection in
            let versionID = try await Self.existingVersionID(connection, version, logger: logger)
            let id = try await Self.one(connection, """
                INSERT INTO decision (version_id, market, verdict, officer, reason, at)
                VALUES (\(versionID), \(market), \(verdict.rawValue), \(officer), \(reason), \(at)) RETURNING id
                """, logger: logger).decode(Int64.self)
            try await Self.append(connection, logger: logger, at: at, actor: officer, action: "decision",
                                  subject: StoreConventions.subject(version, market), packs: packs, reason: reason,
                                  detail: StoreConventions.json(["decision": "\(id)", "verdict": verdict.rawValue]))
            return OfficerDecision(id: id, version: version, market: market, verdict: verdict, officer: officer, reason: reason, at: at)
        }
    }

    public func decisions(_ version: ListingVersion, market: String) async throws -> [OfficerDecision] {
        try await read { connection in
            guard let versionID = try await Self.versionID(connection, version, logger: logger) else { return [] }
            return try await Self.decisions(connection, versionID: versionID, version: version, market: market, logger: logger)
        }
    }

    public func activeOverrides(_ version: ListingVersion, market: String, day: String) async throws -> [Override] {
        try await read { connection in
            guard let versionID = try await Self.versionID(connection, version, logger: logger) else { return [] }
            return try await Self.overrides(connection, versionID: versionID, market: market, day: day, logger: logger)
        }
    }

    // MARK: Rows

    static func decisions(_ connection: PostgresConnection, versionID: Int64, version: ListingVersion, market: String,
                          logger: Logger) async throws -> [OfficerDecision] {
        try await connection.query("""
            SELECT id, verdict, officer, reason, at FROM decision WHERE version_id = \(versionID) AND market = \(market) ORDER BY id
            """, logger: logger).collect().map { row in
            let (id, verdict, officer, reason, at) = try row.decode((Int64, String, String, String, String).self)
            return OfficerDecision(id: id, version: version, market: market, verdict: Verdict(rawValue: verdict) ?? .reject, officer: officer,
                                   reason: reason, at: at)
        }
    }

    /// The overrides of a listing version in a market: those that apply on `day`, or all of them.
    static func overrides(_ connection: PostgresConnection, versionID: Int64, market: String, day: String?,
                          logger: Logger) async throws -> [Override] {
        try await connection.query("""
            SELECT \(unescaped: overrideColumns) FROM override o JOIN listing_version v ON v.id = o.version_id
            WHERE o.version_id = \(versionID) AND o.market = \(market)
                AND (\(day)::text IS NULL OR o.expires IS NULL OR o.expires >= \(day))
            ORDER BY o.id
            """, logger: logger).collect().map { try override($0, from: 0) }
    }

    static let overrideColumns = "o.id, v.listing_id, v.content_hash, o.market, o.fingerprint, o.officer, o.reason, o.created_at, o.expires"

    /// An override from `overrideColumns`, starting at column `first`.
    static func override(_ row: PostgresRow, from first: Int) throws -> Override {
        let cells = row.makeRandomAccess()
        return Override(id: try cells[first].decode(Int64.self),
                        version: ListingVersion(listingID: try cells[first + 1].decode(String.self), contentHash: try cells[first + 2].decode(String.self)),
                        market: try cells[first + 3].decode(String.self), fingerprint: try cells[first + 4].decode(String.self),
                        officer: try cells[first + 5].decode(String.self), reason: try cells[first + 6].decode(String.self),
                        createdAt: try cells[first + 7].decode(String.self), expires: try cells[first + 8].decode(String?.self))
    }

    static func versionID(_ connection: PostgresConnection, _ version: ListingVersion, logger: Logger) async throws -> Int64? {
        try await connection.query("""
            SELECT id FROM listing_version WHERE listing_id = \(version.listingID) AND content_hash = \(version.contentHash)
            """, logger: logger).collect().first?.decode(Int64.self)
    }

    static func existingVersionID(_ connection: PostgresConnection, _ version: ListingVersion, logger: Logger) async throws -> Int64 {
        guard let id = try await versionID(connection, version, logger: logger) else {
            throw StoreError("no listing \(version.listingID) with content \(version.contentHash.prefix(12)) in the store")
        }
        return id
    }
}
