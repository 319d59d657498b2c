import Foundation
import Synchronization

/// Counters for `/metrics`, in the Prometheus text format: requests by route and status, and
/// checked listings by decision.
public final class ServiceMetrics: Sendable {
    private let requests = Mutex<[String: Int]>([:])
    private let decisions = Mutex<[String: Int]>([:])

    public init() {}

    func countRequest(route: String, method: String, status: Int) {
        requests.withLock { $0["route=\"\(route)\",method=\"\(method)\",status=\"\(status)\"", default: 0] += 1 }
    }

    func countDecision(_ decision: String, market: String) {
        decisions.withLock { $0["decision=\"\(decision)\",market=\"\(market)\"", default: 0] += 1 }
    }

    /// The exposition text, series sorted.
    public func render() -> String {
        var out = "# HELP clearance_http_requests_total HTTP requests answered, by route, method and status.\n"
        out += "# TYPE clearance_http_requests_total counter\n"
        for (labels, count) in requests.withLock({ $0 }).sorted(by: { $0.key < $1.key }) {
            out += "clearance_http_requests_total{\(labels)} \(count)\n"
        }
        out += "# HELP clearance_listings_checked_total Listings checked through the API, by decision and market.\n"
        out += "# TYPE clearance_listings_checked_total counter\n"
        for (labels, count) in decisions.withLock({ $0 }).sorted(by: { $0.key < $1.key }) {
            out += "clearance_listings_checked_total{\(labels)} \(count)\n"
        }
        return out
    }
}
