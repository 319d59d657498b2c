/// A bounded, thread-safe cache of compiled formatters keyed by what built them.
///
/// Compiling a skeleton or pattern costs far more than formatting with it, and the compiled
/// objects are safe to share, so identical requests share one. When `limit` entries are held the
/// cache starts over, which keeps memory bounded when keys come from user input.
final class FormatterCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = Lock()
    private var entries: [Key: Value] = [:]
    private let limit: Int

    init(limit: Int = 256) {
        self.limit = limit
    }

    /// The cached value for `key`, built by `make` (outside the lock) when absent.
    func value(for key: Key, _ make: () throws -> Value) rethrows -> Value {
        if let hit = locked({ entries[key] }) { return hit }
        let made = try make()
        return locked {
            if let raced = entries[key] { return raced }
            if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
            entries[key] = made
            return made
        }
    }

    /// The number of cached entries.
    var count: Int { locked { entries.count } }

    private func locked<R>(_ body: () throws -> R) rethrows -> R {
        try lock.withLock(body)
    }
}
