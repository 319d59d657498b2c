import Foundation
import PostgresNIO
import Store

/// The work queue of `clearance worker`: workers on any number of machines claim batches with
/// `FOR UPDATE SKIP LOCKED`, so a batch goes to one worker and no worker waits for another's
/// claim. Completing a batch records it and locks the run's row, so workers of one run add to
/// its counts one at a time.
extension PostgresStore {
    public func enqueue(run: Int64, batches: [QueuedBatch]) async throws {
        try await write { connection in
            guard let row = try await connection.query("SELECT finished_at, queue_closed FROM run WHERE id = \(run) FOR UPDATE",
                                                       logger: logger).collect().first else { throw StoreError("no run \(run)") }
            let (finished, closed) = try row.decode((String?, Bool?).self)
            guard finished == nil, closed != true else { throw StoreError("run \(run) is queued whole") }
            try await Self.execute(connection, "UPDATE run SET queue_closed = false WHERE id = \(run)", logger: logger)
            guard !batches.isEmpty else { return }
            try await Self.execute(connection, """
                INSERT INTO work_batch (run_id, first_item, items, payload)
                SELECT \(run), b.* FROM unnest(\(batches.map(\.firstItem))::bigint[], \(batches.map(\.items))::bigint[],
                                               \(batches.map(\.payload))::text[]) AS b
                ORDER BY 1, 2
                ON CONFLICT DO NOTHING
                """, logger: logger)
        }
    }

    public func closeQueue(run: Int64, actor: String, at: String) async throws -> QueueProgress {
        try await write { connection in
            guard try await !connection.query("UPDATE run SET queue_closed = true WHERE id = \(run) RETURNING id", logger: logger)
                .collect().isEmpty else { throw StoreError("no run \(run)") }
            return try await Self.finishIfDone(connection, run: run, actor: actor, at: at, logger: logger)
        }
    }

    public func claimBatch(worker: String, packs: [String], at: String, staleBefore: String) async throws -> ClaimedBatch? {
        let claim = UUID().uuidString
        return try await write { connection in
            // Rows other workers are claiming right now are skipped, not waited for.
            guard let row = try await connection.query("""
                SELECT b.run_id, b.first_item, b.items, b.payload FROM work_batch b JOIN run ON run.id = b.run_id
                WHERE run.finished_at IS NULL AND run.packs = \(StoreConventions.json(packs))
                  AND (b.state = 'pending' OR (b.state = 'claimed' AND b.claimed_at < \(staleBefore)))
                ORDER BY b.run_id, b.first_item LIMIT 1
                FOR UPDATE OF b SKIP LOCKED
                """, logger: logger).collect().first else { return nil }
            let (run, first, items, payload) = try row.decode((Int64, Int, Int, String).self)
            try await Self.execute(connection, """
                UPDATE work_batch SET state = 'claimed', claim = \(claim), claimed_by = \(worker), claimed_at = \(at)
                WHERE run_id = \(run) AND first_item = \(first)
                """, logger: logger)
            let stored = try Self.run(try await Self.one(connection, "SELECT \(unescaped: Self.runColumns) FROM run WHERE id = \(run)",
                                                         logger: logger))
            return ClaimedBatch(run: stored, batch: QueuedBatch(firstItem: first, items: items, payload: payload), worker: worker, claim: claim)
        }
    }

    public func completeBatch(_ batch: ClaimedBatch, results: [BatchItem], at: String) async throws -> QueueProgress {
        let versions = Self.versions(results)
        return try await write { connection in
            let run = batch.run.id
            guard try await !connection.query("""
                SELECT 1 FROM work_batch WHERE run_id = \(run) AND first_item = \(batch.batch.firstItem) AND state = 'claimed'
                    AND claim = \(batch.claim) FOR UPDATE
                """, logger: logger).collect().isEmpty else {
                throw StoreError("batch \(batch.batch.firstItem) of run \(run) is no longer claimed by \(batch.worker); another worker took it over")
            }
            _ = try await Self.record(connection, results, versions: versions, run: run, day: batch.run.day, logger: logger) { stored, _ in
                stored.itemsDone + batch.batch.items
            }
            // The payload is in listing_version now; keep the queue small.
            try await Self.execute(connection, """
                UPDATE work_batch SET state = 'done', payload = '' WHERE run_id = \(run) AND first_item = \(batch.batch.firstItem)
                """, logger: logger)
            return try await Self.finishIfDone(connection, run: run, actor: batch.worker, at: at, logger: logger)
        }
    }

    public func queueProgress(run: Int64) async throws -> QueueProgress {
        try await read { connection in try await Self.progress(connection, run: run, logger: logger) }
    }

    static func progress(_ connection: PostgresConnection, run: Int64, logger: Logger) async throws -> QueueProgress {
        var progress = QueueProgress()
        for row in try await connection.query("SELECT state, COUNT(*) FROM work_batch WHERE run_id = \(run) GROUP BY state",
                                              logger: logger).collect() {
            let (state, count) = try row.decode((String, Int).self)
            switch state {
            case "pending": progress.pending = count
            case "claimed": progress.claimed = count
            default: progress.done = count
            }
        }
        progress.closed = try await connection.query("SELECT queue_closed FROM run WHERE id = \(run)", logger: logger).collect()
            .first?.decode(Bool?.self) == true
        return progress
    }

    /// Finishes the run (in the audit trail) once its queue is closed and every batch is done.
    static func finishIfDone(_ connection: PostgresConnection, run: Int64, actor: String, at: String,
                             logger: Logger) async throws -> QueueProgress {
        let progress = try await progress(connection, run: run, logger: logger)
        if progress.closed, progress.pending == 0, progress.claimed == 0 {
            _ = try await finish(connection, run: run, actor: actor, at: at, logger: logger)
        }
        return progress
    }
}
