import ComplianceCore
import Foundation

/// Accepted findings, by fingerprint, so a team can adopt Clearance on an existing catalog and
/// see only new problems. A versioned JSON file: `{"version": 1, "fingerprints": [...]}`.
public struct Baseline: Sendable, Equatable {
    public static let version = 1
    public let fingerprints: Set<String>

    public init(fingerprints: Set<String>) {
        self.fingerprints = fingerprints
    }

    /// The findings of `results`.
    public init(results: [ListingResult]) {
        fingerprints = Set(results.flatMap { $0.findings.map(\.fingerprint) })
    }

    /// Reads a baseline file's contents.
    /// - Throws: a message naming `source` when the file is not a baseline of this version.
    public init(data: Data, source: String) throws {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw BaselineError(message: "\(source): not a JSON object")
        }
        guard object["version"] as? Int == Self.version else {
            throw BaselineError(message: "\(source): baseline version must be \(Self.version)")
        }
        guard let list = object["fingerprints"] as? [String] else {
            throw BaselineError(message: "\(source): 'fingerprints' must be a list of strings")
        }
        fingerprints = Set(list)
    }

    public struct BaselineError: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// The file's contents, fingerprints sorted.
    public func data() -> Data {
        try! JSONSerialization.data(withJSONObject: ["version": Self.version, "fingerprints": fingerprints.sorted()],
                                    options: [.sortedKeys, .prettyPrinted])
    }

    /// `results` without the accepted findings, decisions recomputed.
    public func filter(_ results: [ListingResult]) -> [ListingResult] {
        results.map { result in
            let kept = result.findings.filter { !fingerprints.contains($0.fingerprint) }
            return ListingResult(listing: result.listing, market: result.market, decision: Decision(findings: kept), findings: kept)
        }
    }
}
