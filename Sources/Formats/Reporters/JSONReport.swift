import ComplianceCore
import Foundation

/// The JSON report of DESIGN section 8: one object with the tool, the results and a summary.
public enum JSONReport {
    public static func render(_ run: CheckRun) -> String {
        var summary = Summary()
        for result in run.results { summary.add(result) }
        return header(run.tool) + run.results.map(render).joined(separator: ",") + footer(summary: summary, errors: run.errors)
    }

    /// Counts of decisions, kept while results stream by.
    public struct Summary: Sendable {
        public var listings = 0
        public var counts: [Decision: Int] = [:]
        public init() {}
        public mutating func add(_ result: ListingResult) {
            listings += 1
            counts[result.decision, default: 0] += 1
        }
    }

    /// The report up to the first result: written before any listing is checked, so results
    /// can stream out one by one and memory does not grow with the number of listings.
    public static func header(_ tool: CheckRun.Tool) -> String {
        let object: [String: Any] = ["name": "clearance", "version": tool.version, "icu": tool.icu, "cldr": tool.cldr,
                                     "rules": tool.packs.joined(separator: ", ")]
        return "{\"tool\":" + encode(object) + ",\"results\":["
    }

    /// One result, to be joined with commas between results.
    public static func render(_ result: ListingResult) -> String {
        encode(self.result(result))
    }

    /// The end of the report after the last result.
    public static func footer(summary: Summary, errors: [String]) -> String {
        var counts: [String: Int] = ["listings": summary.listings]
        for decision in Decision.allCases { counts[decision.rawValue] = summary.counts[decision] ?? 0 }
        return "],\"summary\":" + encode(counts) + ",\"errors\":" + encode(errors) + "}"
    }

    static func encode(_ value: Any) -> String {
        let data = try! JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }

    static func result(_ result: ListingResult) -> [String: Any] {
        ["id": result.listing, "market": result.market, "decision": result.decision.rawValue,
         "findings": result.findings.map(finding)]
    }

    static func finding(_ finding: Finding) -> [String: Any] {
        var citation: [String: Any] = ["law": finding.citation.law]
        if let article = finding.citation.article { citation["article"] = article }
        if let url = finding.citation.url { citation["url"] = url }
        var object: [String: Any] = [
            "rule": finding.rule, "category": finding.category.rawValue, "severity": finding.severity.rawValue,
            "field": finding.field.description, "match": finding.span.text,
            "start": finding.span.scalarRange.lowerBound, "end": finding.span.scalarRange.upperBound,
            "utf8_start": finding.span.utf8Range.lowerBound, "utf8_end": finding.span.utf8Range.upperBound,
            "message": finding.message, "citation": citation, "fingerprint": finding.fingerprint,
        ]
        if let fix = finding.fix { object["fix"] = fix }
        return object
    }
}
