/// A batch of a run's catalog queued for workers: its items in JSON, as `clearance audit --enqueue` writes them.
public struct QueuedBatch: Sendable, Equatable {
    public let firstItem: Int
    public let items: Int
    public let payload: String

    public init(firstItem: Int, items: Int, payload: String) {
        self.firstItem = firstItem
        self.items = items
        self.payload = payload
    }
}

/// A batch a worker claimed: it records the batch's results with `completeBatch`, naming the
/// claim; a claim left too long (the worker died) is given to another worker.
public struct ClaimedBatch: Sendable, Equatable {
    public let run: StoredRun
    public let batch: QueuedBatch
    public let worker: String
    /// Random, per claim: a worker whose claim was given away cannot record the batch twice.
    public let claim: String

    public init(run: StoredRun, batch: QueuedBatch, worker: String, claim: String) {
        self.run = run
        self.batch = batch
        self.worker = worker
        self.claim = claim
    }
}

/// How far a queued run is.
public struct QueueProgress: Sendable, Equatable {
    public var pending = 0, claimed = 0, done = 0
    /// Every batch is queued.
    public var closed = false
    public init() {}
}
