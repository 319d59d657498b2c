import ComplianceCore

/// The human-readable report: each listing and market with its decision, then each finding
/// with the span highlighted in its line, the rule, message, citation and fix.
public enum TextReport {
    public static func render(_ run: CheckRun, texts: (String, FieldPath) -> String?, color: Bool, explain: Bool) -> String {
        var summary = JSONReport.Summary()
        for result in run.results { summary.add(result) }
        return (run.results.map { render($0, texts: texts, color: color, explain: explain) }
                + [footer(summary: summary, errors: run.errors, color: color)]).joined(separator: "\n")
    }

    /// The lines of one listing's result.
    public static func render(_ result: ListingResult, texts: (String, FieldPath) -> String?, color: Bool, explain: Bool) -> String {
        var lines: [String] = []
        func paint(_ code: String, _ text: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        let decision: String
        switch result.decision {
        case .pass: decision = paint("32", "PASS")
        case .review: decision = paint("33", "REVIEW")
        case .block: decision = paint("1;31", "BLOCK")
        }
        lines.append("\(decision) \(result.listing) [\(result.market)]")
        for finding in result.findings {
            let severity = finding.severity == .block ? paint("31", "block") : finding.severity == .warn ? paint("33", "warn") : "info"
            let place = finding.field == .listing ? "listing" : "\(finding.field) \(finding.span.scalarRange.lowerBound)-\(finding.span.scalarRange.upperBound)"
            lines.append("  \(place) \(severity) \(finding.rule): \(finding.message)")
            if let text = texts(result.listing, finding.field) {
                lines.append("    " + excerpt(text, finding.span.utf8Range, mark: { paint("1;4", $0) }))
            }
            var source = finding.citation.law
            if let article = finding.citation.article { source += ", " + article }
            lines.append("    source: \(source)")
            if let fix = finding.fix { lines.append("    fix: \(fix)") }
            if explain { lines.append("    why: \(finding.explanation)") }
        }
        return lines.joined(separator: "\n")
    }

    /// The errors and the count line that end the report.
    public static func footer(summary: JSONReport.Summary, errors: [String], color: Bool) -> String {
        let error = color ? "\u{1B}[31merror: \u{1B}[0m" : "error: "
        let block = summary.counts[.block] ?? 0, review = summary.counts[.review] ?? 0, pass = summary.counts[.pass] ?? 0
        return (errors.map { error + $0 } + ["\(summary.listings) checked: \(pass) pass, \(review) review, \(block) block"
                + (errors.isEmpty ? "" : "; \(errors.count) not checked")]).joined(separator: "\n")
    }

    /// Up to 40 characters on each side of the span, on one line, with the span marked.
    static func excerpt(_ text: String, _ range: Range<Int>, mark: (String) -> String) -> String {
        let bytes = Array(text.utf8)
        let before = String(decoding: bytes[..<range.lowerBound], as: UTF8.self)
        let inside = String(decoding: bytes[range], as: UTF8.self)
        let after = String(decoding: bytes[range.upperBound...], as: UTF8.self)
        func oneLine(_ s: some StringProtocol) -> String { s.map { $0.isNewline ? " " : String($0) }.joined() }
        let head = before.count > 40 ? "…" + before.suffix(40) : Substring(before)
        let tail = after.count > 40 ? after.prefix(40) + "…" : Substring(after)
        return oneLine(head) + mark(oneLine(inside)) + oneLine(tail)
    }
}
