import ComplianceCore

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
        let object = JSONValue.object(["name": .string("clearance"), "version": .string(tool.version), "icu": .string(tool.icu),
                                       "cldr": .string(tool.cldr), "rules": .string(tool.packs.joined(separator: ", "))])
        return "{\"tool\":" + object.text + ",\"results\":["
    }

    /// One result, to be joined with commas between results. Written directly, keys in sorted
    /// order (the same text as `result(_:)` gives through `JSONValue`, which tests compare).
    public static func render(_ result: ListingResult) -> String {
        var out = ""
        out.reserveCapacity(128 + result.findings.count * 512)
        out += "{\"decision\":\""
        out += result.decision.rawValue
        out += "\",\"findings\":["
        for i in result.findings.indices {
            if i > 0 { out += "," }
            write(result.findings[i], to: &out)
        }
        out += "],\"id\":"
        JSONValue.writeString(result.listing, to: &out)
        out += ",\"market\":"
        JSONValue.writeString(result.market, to: &out)
        out += "}"
        return out
    }

    private static func write(_ finding: Finding, to out: inout String) {
        func member(_ key: String, _ value: String) {
            out += ",\"" + key + "\":"
            JSONValue.writeString(value, to: &out)
        }
        func member(_ key: String, _ value: Int) {
            out += ",\"" + key + "\":" + String(value)
        }
        out += "{\"category\":\"" + finding.category.rawValue + "\",\"citation\":{"
        if let article = finding.citation.article {
            out += "\"article\":"
            JSONValue.writeString(article, to: &out)
            out += ","
        }
        out += "\"law\":"
        JSONValue.writeString(finding.citation.law, to: &out)
        if let url = finding.citation.url { member("url", url) }
        out += "}"
        member("end", finding.span.scalarRange.upperBound)
        member("field", finding.field.description)
        member("fingerprint", finding.fingerprint)
        if let fix = finding.fix { member("fix", fix) }
        member("match", finding.span.text)
        member("message", finding.message)
        member("rule", finding.rule)
        member("severity", finding.severity.rawValue)
        member("start", finding.span.scalarRange.lowerBound)
        member("utf8_end", finding.span.utf8Range.upperBound)
        member("utf8_start", finding.span.utf8Range.lowerBound)
        out += "}"
    }

    /// The end of the report after the last result.
    public static func footer(summary: Summary, errors: [String]) -> String {
        var counts: [String: JSONValue] = ["listings": .int(summary.listings)]
        for decision in Decision.allCases { counts[decision.rawValue] = .int(summary.counts[decision] ?? 0) }
        return "],\"summary\":" + JSONValue.object(counts).text + ",\"errors\":" + JSONValue.array(errors.map(JSONValue.string)).text + "}"
    }

    static func result(_ result: ListingResult) -> JSONValue {
        .object(["id": .string(result.listing), "market": .string(result.market), "decision": .string(result.decision.rawValue),
                 "findings": .array(result.findings.map(finding))])
    }

    static func finding(_ finding: Finding) -> JSONValue {
        var citation: [String: JSONValue] = ["law": .string(finding.citation.law)]
        if let article = finding.citation.article { citation["article"] = .string(article) }
        if let url = finding.citation.url { citation["url"] = .string(url) }
        var object: [String: JSONValue] = [
            "rule": .string(finding.rule), "category": .string(finding.category.rawValue), "severity": .string(finding.severity.rawValue),
            "field": .string(finding.field.description), "match": .string(finding.span.text),
            "start": .int(finding.span.scalarRange.lowerBound), "end": .int(finding.span.scalarRange.upperBound),
            "utf8_start": .int(finding.span.utf8Range.lowerBound), "utf8_end": .int(finding.span.utf8Range.upperBound),
            "message": .string(finding.message), "citation": .object(citation), "fingerprint": .string(finding.fingerprint),
        ]
        if let fix = finding.fix { object["fix"] = .string(fix) }
        return .object(object)
    }
}
