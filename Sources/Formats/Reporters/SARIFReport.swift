import ComplianceCore
import Foundation

/// SARIF 2.1.0: every rule of the loaded packs in the tool's driver, every finding a result with
/// its rule, level, message, location (the input file and line, and the listing, market and
/// field as a logical location) and a partial fingerprint for baselines.
public enum SARIFReport {
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .block: "error"
        case .warn: "warning"
        case .info: "note"
        }
    }

    public static func render(_ run: CheckRun) -> String {
        var ruleIndex: [String: Int] = [:]
        let rules: [[String: Any]] = run.rules.enumerated().map { index, rule in
            ruleIndex[rule.id] = index
            var citation = rule.citation.law
            if let article = rule.citation.article { citation += ", " + article }
            var descriptor: [String: Any] = [
                "id": rule.id,
                "shortDescription": ["text": rule.message["en"] ?? rule.id],
                "help": ["text": "Source: \(citation)" + (rule.fix.map { ". Fix: \($0)" } ?? "")],
                "defaultConfiguration": ["level": level(rule.severity)],
                "properties": ["category": rule.category.rawValue, "citation": citation],
            ]
            if let url = rule.citation.url { descriptor["helpUri"] = url }
            return descriptor
        }
        var results: [[String: Any]] = []
        for result in run.results {
            for finding in result.findings {
                var physical: [String: Any] = ["artifactLocation": ["uri": run.origins[result.listing]?.source ?? "listings"]]
                if let line = run.origins[result.listing]?.line, line > 0 { physical["region"] = ["startLine": line] }
                var entry: [String: Any] = [
                    "ruleId": finding.rule,
                    "level": level(finding.severity),
                    "message": ["text": finding.message],
                    "locations": [[
                        "physicalLocation": physical,
                        "logicalLocations": [["fullyQualifiedName": "\(result.listing)/\(result.market)/\(finding.field)", "kind": "member"]],
                    ]],
                    "partialFingerprints": ["clearance/v1": finding.fingerprint],
                    "properties": ["listing": result.listing, "market": result.market, "field": finding.field.description,
                                   "match": finding.span.text, "start": finding.span.scalarRange.lowerBound,
                                   "end": finding.span.scalarRange.upperBound, "category": finding.category.rawValue],
                ]
                if let index = ruleIndex[finding.rule] { entry["ruleIndex"] = index }
                results.append(entry)
            }
        }
        var invocation: [String: Any] = ["executionSuccessful": run.errors.isEmpty]
        if !run.errors.isEmpty {
            invocation["toolExecutionNotifications"] = run.errors.map { ["level": "error", "message": ["text": $0]] }
        }
        let sarif: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": "clearance", "version": run.tool.version,
                                    "informationUri": "https://example.invalid/clearance", "rules": rules]],
                "invocations": [invocation],
                "results": results,
                "properties": ["icu": run.tool.icu, "cldr": run.tool.cldr, "packs": run.tool.packs],
            ]],
        ]
        let data = try! JSONSerialization.data(withJSONObject: sarif, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
