import Foundation
import GRDB

/// The work queue of `clearance worker`: SQLite runs one write transaction at a time, so a
/// claim (an UPDATE of the oldest pending batch) is never given to two workers.
extension SQLiteStore {
    public func enqueue(run: Int64, batches: [QueuedBatch]) async throws {
        try await writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT finished_at, queue_closed FROM run WHERE id = ?", arguments: [run]) else {
                throw StoreError("no run \(run)")
            }
            guard (row["finished_at"] as String?) == nil, (row["queue_closed"] as Int?) != 1 else { throw StoreError("run \(run) is queued whole") }
            try db.execute(sql: "UPDATE run SET queue_closed = 0 WHERE id = ?", arguments: [run])
            for batch in batches {
                try db.cachedStatement(sql: """
                    INSERT INTO work_batch (run_id, first_item, items, payload) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING
                    """).execute(arguments: [run, batch.firstItem, batch.items, batch.payload])
            }
        }
    }

    public func closeQueue(run: Int64, actor: String, at: String) async throws -> QueueProgress {
        try await writer.write { db in
            guard try Row.fetchOne(db, sql: "SELECT 1 FROM run WHERE id = ?", arguments: [run]) != nil else { throw StoreError("no run \(run)") }
            try db.execute(sql: "UPDATE run SET queue_closed = 1 WHERE id = ?", arguments: [run])
            return try Self.finishIfDone(db, run: run, actor: actor, at: at)
        }
    }

    public func claimBatch(worker: String, packs: [String], at: String, staleBefore: String) async throws -> ClaimedBatch? {
        let claim = UUID().uuidString
        return try await writer.write { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT b.run_id, b.first_item, b.items, b.payload FROM work_batch b JOIN run ON run.id = b.run_id
                WHERE run.finished_at IS NULL AND run.packs = ?
                  AND (b.state = 'pending' OR (b.state = 'claimed' AND b.claimed_at < ?))
                ORDER BY b.run_id, b.first_item LIMIT 1
                """, arguments: [Self.json(packs), staleBefore]) else { return nil }
            let run: Int64 = row["run_id"], first: Int = row["first_item"]
            try db.execute(sql: """
                UPDATE work_batch SET state = 'claimed', claim = ?, claimed_by = ?, claimed_at = ? WHERE run_id = ? AND first_item = ?
                """, arguments: [claim, worker, at, run, first])
            let stored = try Self.run(Row.fetchOne(db, sql: "SELECT * FROM run WHERE id = ?", arguments: [run])!)
            return ClaimedBatch(run: stored, batch: QueuedBatch(firstItem: first, items: row["items"], payload: row["payload"]), worker: worker,
                                claim: claim)
        }
    }

    public func completeBatch(_ batch: ClaimedBatch, results: [BatchItem], at: String) async throws -> QueueProgress {
        try await writer.write { db in
            let run = batch.run.id
            guard try Row.fetchOne(db, sql: """
                SELECT 1 FROM work_batch WHERE run_id = ? AND first_item = ? AND state = 'claimed' AND claim = ?
                """, arguments: [run, batch.batch.firstItem, batch.claim]) != nil else {
                throw StoreError("batch \(batch.batch.firstItem) of run \(run) is no longer claimed by \(batch.worker); another worker took it over")
            }
            _ = try Self.record(results, run: run, day: batch.run.day, db: db) { stored, _ in stored.itemsDone + batch.batch.items }
            // The payload is in listing_version now; keep the queue small.
            try db.execute(sql: "UPDATE work_batch SET state = 'done', payload = '' WHERE run_id = ? AND first_item = ?",
                           arguments: [run, batch.batch.firstItem])
            return try Self.finishIfDone(db, run: run, actor: batch.worker, at: at)
        }
    }

    public func queueProgress(run: Int64) async throws -> QueueProgress {
        try await writer.read { db in try Self.progress(db, run: run) }
    }

    static func progress(_ db: Database, run: Int64) throws -> QueueProgress {
        var progress = QueueProgress()
        for row in try Row.fetchAll(db, sql: "SELECT state, COUNT(*) AS n FROM work_batch WHERE run_id = ? GROUP BY state", arguments: [run]) {
            switch row["state"] as String {
            case "pending": progress.pending = row["n"]
            case "claimed": progress.claimed = row["n"]
            default: progress.done = row["n"]
            }
        }
        progress.closed = try Int.fetchOne(db, sql: "SELECT queue_closed FROM run WHERE id = ?", arguments: [run]) == 1
        return progress
    }

    /// Finishes the run (in the audit trail) once its queue is closed and every batch is done.
    static func finishIfDone(_ db: Database, run: Int64, actor: String, at: String) throws -> QueueProgress {
        let progress = try progress(db, run: run)
        if progress.closed, progress.pending == 0, progress.claimed == 0 {
            _ = try finish(db, run: run, actor: actor, at: at)
        }
        return progress
    }
}
