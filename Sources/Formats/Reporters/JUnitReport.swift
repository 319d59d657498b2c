import ComplianceCore

/// JUnit XML for CI systems: a test suite per market, a test case per listing, a failure per
/// finding at or above `failOn`. Seller text is escaped, and characters XML cannot hold are
/// replaced, so no listing can break the document.
public enum JUnitReport {
    public static func render(_ run: CheckRun, failOn: Severity) -> String {
        let markets = Array(Set(run.results.map(\.market))).sorted()
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        let failures = run.count(atLeast: failOn)
        xml += "<testsuites name=\"clearance\" tests=\"\(run.results.count)\" failures=\"\(failures)\" errors=\"\(run.errors.count)\">\n"
        for market in markets {
            let results = run.results.filter { $0.market == market }
            let failed = results.filter { $0.findings.contains { $0.severity >= failOn } }.count
            xml += "  <testsuite name=\"\(escape(market))\" tests=\"\(results.count)\" failures=\"\(failed)\">\n"
            for result in results {
                xml += "    <testcase classname=\"\(escape(market))\" name=\"\(escape(result.listing))\">\n"
                for finding in result.findings where finding.severity >= failOn {
                    let message = "\(finding.rule): \(finding.message)"
                    let body = "\(finding.field) \(finding.span.scalarRange.lowerBound)-\(finding.span.scalarRange.upperBound): \(finding.span.text)\nsource: \(finding.citation.law)"
                    xml += "      <failure type=\"\(escape(finding.severity.rawValue))\" message=\"\(escape(message))\">\(escape(body))</failure>\n"
                }
                xml += "    </testcase>\n"
            }
            xml += "  </testsuite>\n"
        }
        if !run.errors.isEmpty {
            xml += "  <testsuite name=\"input\" tests=\"\(run.errors.count)\" errors=\"\(run.errors.count)\">\n"
            for (i, error) in run.errors.enumerated() {
                xml += "    <testcase classname=\"input\" name=\"input-\(i + 1)\"><error message=\"\(escape(error))\"/></testcase>\n"
            }
            xml += "  </testsuite>\n"
        }
        return xml + "</testsuites>"
    }

    /// `text` escaped for XML content and attributes; characters XML 1.0 forbids become U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                let allowed = (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || (0x10000...0x10FFFF).contains(v)
                out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return out
    }
}
