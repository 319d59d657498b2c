import TextEngine

/// Time spent per rule across all listings (rules that run per field; the shared term
/// automaton is reported under `(term matcher)`). For `clearance check --profile`.
public final class RuleProfiler: @unchecked Sendable {
    private let lock = Lock()
    private var totals: [String: Duration] = [:]

    public init() {}

    func add(_ rule: String, _ duration: Duration) {
        lock.withLock { totals[rule, default: .zero] += duration }
    }

    /// Rules by time spent, most first.
    public var ranking: [(rule: String, seconds: Double)] {
        lock.withLock {
            totals.map { ($0.key, Double($0.value.components.seconds) + Double($0.value.components.attoseconds) / 1e18) }
                .sorted { $0.1 > $1.1 }
        }
    }
}
