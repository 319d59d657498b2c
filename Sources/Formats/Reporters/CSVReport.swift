import ComplianceCore

/// CSV (RFC 4180) with a row per finding and a row per passing listing, safe to open in a
/// spreadsheet: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed
/// with `'` so seller text cannot run as a formula.
public enum CSVReport {
    static let header = ["listing", "market", "decision", "rule", "severity", "category", "field", "start", "end",
                         "match", "message", "fingerprint"]

    public static func render(_ run: CheckRun) -> String {
        var rows = [header]
        for result in run.results {
            if result.findings.isEmpty {
                rows.append([result.listing, result.market, result.decision.rawValue] + Array(repeating: "", count: header.count - 3))
            }
            for finding in result.findings {
                rows.append([result.listing, result.market, result.decision.rawValue, finding.rule, finding.severity.rawValue,
                             finding.category.rawValue, finding.field.description, "\(finding.span.scalarRange.lowerBound)",
                             "\(finding.span.scalarRange.upperBound)", finding.span.text, finding.message, finding.fingerprint])
            }
        }
        return rows.map { $0.map(cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One cell: guarded against formulas, quoted when it holds a comma, quote or line break.
    static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        if text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
