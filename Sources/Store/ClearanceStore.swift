import ComplianceCore

/// Where runs, listing versions, findings, decisions, overrides and the audit trail live.
/// Implementations serialize writes: two decisions on one listing never interleave. Times are
/// given by the caller (ISO 8601 UTC), so the store keeps no clock.
public protocol ClearanceStore: Sendable {
    /// The unfinished run with `key`, to resume it.
    func unfinishedRun(key: String) async throws -> StoredRun?
    /// Starts a run and records it in the audit trail.
    func startRun(_ start: RunStart, at: String) async throws -> StoredRun
    /// Records a batch of catalog items, in one transaction with the run's progress (`itemsDone`,
    /// the catalog items now behind the run, blank ones included): after a crash, either the
    /// whole batch is there or none of it. Active overrides are applied.
    /// - Returns: the results as recorded, with the decisions overrides leave.
    func record(_ batch: [BatchItem], run: Int64, day: String, itemsDone: Int) async throws -> [StoredResult]
    /// Queues batches of a run's catalog for workers; a batch already queued (same first item)
    /// is left as it is, so a coordinator that stopped may queue the catalog again.
    func enqueue(run: Int64, batches: [QueuedBatch]) async throws
    /// Marks every batch of a run queued; finishes the run when all are done already.
    func closeQueue(run: Int64, actor: String, at: String) async throws -> QueueProgress
    /// The next pending batch of an unfinished run checked with exactly `packs`, or a batch
    /// claimed before `staleBefore` (its worker presumably gone), claimed for `worker`.
    func claimBatch(worker: String, packs: [String], at: String, staleBefore: String) async throws -> ClaimedBatch?
    /// Records a claimed batch's results and marks it done in one transaction, if the claim
    /// still holds; the last batch of a closed queue finishes the run.
    /// - Returns: the run's progress after it.
    func completeBatch(_ batch: ClaimedBatch, results: [BatchItem], at: String) async throws -> QueueProgress
    func queueProgress(run: Int64) async throws -> QueueProgress
    /// The newest recorded version of a listing in a market, for officers who name the listing.
    func latestVersion(listingID: String, market: String) async throws -> ListingVersion?
    /// Marks a run finished, with its counts, in the audit trail.
    func finishRun(_ run: Int64, actor: String, at: String) async throws -> StoredRun
    func run(_ id: Int64) async throws -> StoredRun?
    /// The results of a run, in item order.
    func results(run: Int64) async throws -> [StoredResult]
    /// The canonical JSON of every listing version a run recorded, by content hash.
    func contents(run: Int64) async throws -> [String: String]
    /// Overrides one finding of one listing version in one market, with the officer's reason.
    func override(_ version: ListingVersion, market: String, fingerprint: String, officer: String, reason: String,
                  expires: String?, packs: [String], at: String) async throws -> Override
    /// Approves or rejects one listing version in one market.
    func decide(_ version: ListingVersion, market: String, verdict: Verdict, officer: String, reason: String,
                packs: [String], at: String) async throws -> OfficerDecision
    /// The decisions recorded for a listing version, oldest first.
    func decisions(_ version: ListingVersion, market: String) async throws -> [OfficerDecision]
    /// The overrides of a listing version in a market that apply on `day`.
    func activeOverrides(_ version: ListingVersion, market: String, day: String) async throws -> [Override]
    /// The review queue: the newest result of each listing in each market, filtered, sorted by
    /// listing and market.
    func queue(_ filter: QueueFilter) async throws -> [QueueEntry]
    /// Everything recorded about a listing in a market.
    func history(listingID: String, market: String) async throws -> ListingHistory

    /// The audit trail after entry `after`, oldest first, at most `limit` entries (nil: all).
    func auditTrail(after: Int, limit: Int?) async throws -> [AuditEntry]
    /// The newest entries before entry `before` (nil: the newest of all), newest first.
    func recentAudit(before: Int?, limit: Int) async throws -> [AuditEntry]
    /// What is wrong with the audit trail; empty when the chain is intact.
    func verifyAudit() async throws -> [String]

    /// Records a token by the hash of its secret, in the audit trail.
    func addToken(name: String, role: Role, secretHash: String, actor: String, at: String) async throws -> TokenRecord
    func tokens() async throws -> [TokenRecord]
    /// Revokes a token (once), in the audit trail.
    func revokeToken(_ id: Int64, actor: String, at: String) async throws -> TokenRecord
    /// The token whose secret hashes to `secretHash`, unless it was revoked.
    func activeToken(secretHash: String) async throws -> TokenRecord?

    /// Starts a web UI session for an active token, in the audit trail.
    func startSession(token: TokenRecord, secretHash: String, at: String, expiresAt: String) async throws -> SessionRecord
    /// The session whose cookie secret hashes to `secretHash`, unless it ended, expired by `at`
    /// or its token was revoked.
    func activeSession(secretHash: String, at: String) async throws -> SessionRecord?
    /// Ends a session (once), in the audit trail.
    func endSession(_ id: Int64, at: String) async throws

    /// The dashboard's counts; the daily ones from `since` (YYYY-MM-DD) on.
    func dashboard(since: String) async throws -> Dashboard
}

extension ClearanceStore {
    /// The whole audit trail, oldest first.
    public func auditTrail() async throws -> [AuditEntry] { try await auditTrail(after: 0, limit: nil) }

    /// The newest entry of the trail: its number and hash, to be kept outside the store (a
    /// ticket, a report, another system) and checked later with `anchorProblems`.
    public func auditHead() async throws -> (seq: Int, hash: String)? {
        try await recentAudit(before: nil, limit: 1).first.map { ($0.seq, $0.hash) }
    }

    /// What differs from heads recorded earlier: the entry of each anchor must still be there
    /// with the same hash. A chain that is intact yet rewritten from an older entry on (by
    /// someone who can write the whole file) differs here.
    public func anchorProblems(_ anchors: [(seq: Int, hash: String)]) async throws -> [String] {
        var problems: [String] = []
        for anchor in anchors {
            guard let entry = try await auditTrail(after: anchor.seq - 1, limit: 1).first, entry.seq == anchor.seq else {
                problems.append("entry \(anchor.seq) of the anchor is missing")
                continue
            }
            if entry.hash != anchor.hash.lowercased() {
                problems.append("entry \(anchor.seq) has hash \(entry.hash.prefix(16))…, not the anchored \(anchor.hash.prefix(16))…: the trail was rewritten from there or before")
            }
        }
        return problems
    }

    /// The listing version an officer acts on: the newest recorded one of `listingID` in
    /// `market`; when the officer names a version (a content hash or its start), it must be
    /// that one, since a changed listing is checked again before anyone decides on it.
    public func versionToDecide(listingID: String, market: String, expected: String?) async throws -> VersionToDecide {
        guard let newest = try await latestVersion(listingID: listingID, market: market) else { return .unknown }
        if let expected, !newest.contentHash.hasPrefix(expected.lowercased()) { return .changed(newest: newest) }
        return .found(newest)
    }
}

/// What `versionToDecide` finds.
public enum VersionToDecide: Sendable, Equatable {
    case found(ListingVersion)
    /// Nothing recorded for the listing in the market.
    case unknown
    /// The version named is not the newest recorded.
    case changed(newest: ListingVersion)
}
