import ComplianceCore
import Foundation

/// The JSON report of DESIGN section 8: one object with the tool, the results and a summary.
public enum JSONReport {
    public static func render(_ run: CheckRun) -> String {
        var summary: [String: Int] = ["listings": run.results.count, "pass": 0, "review": 0, "block": 0]
        for result in run.results { summary[result.decision.rawValue, default: 0] += 1 }
        let object: [String: Any] = [
            "tool": ["name": "clearance", "version": run.tool.version, "icu": run.tool.icu, "cldr": run.tool.cldr,
                     "rules": run.tool.packs.joined(separator: ", ")],
            "results": run.results.map(result),
            "summary": summary,
            "errors": run.errors,
        ]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
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
