import ComplianceCore

/// A self-contained HTML page of a localization or check run: decisions by market and findings
/// by rule as inline SVG bar charts, then every listing with its decision and findings. No
/// script, no external resource; every text from a listing or a pack is escaped.
public enum HTMLReport {
    /// `text` safe inside HTML text and attribute values (the XML escaping of the JUnit report:
    /// markup characters as references, characters XML forbids as U+FFFD).
    public static func escape(_ text: String) -> String {
        JUnitReport.escape(text)
    }

    static let colors: [Decision: String] = [.pass: "#2e7d32", .review: "#f9a825", .block: "#c62828"]

    /// The page for `run`, whose results are in the order of `listings` (the listing of each
    /// result, for its title and price).
    public static func render(_ run: CheckRun, listings: [Listing], heading: String) -> String {
        var listingByKey: [String: Listing] = [:]
        for listing in listings { listingByKey[listing.id + "|" + (listing.market ?? "")] = listing }
        var out = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(escape(heading))</title>
        <style>
        body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#222}h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}
        table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
        .pass{color:#2e7d32}.review{color:#a07000}.block{color:#c62828}.small{color:#666;font-size:12px}
        </style></head><body>
        <h1>\(escape(heading))</h1>
        <p class="small">clearance \(escape(run.tool.version)) · ICU \(escape(run.tool.icu)) · CLDR \(escape(run.tool.cldr)) · \(run.results.count) listings</p>

        """
        out += "<h2>Decisions by market</h2>\n" + marketChart(run.results)
        out += "<h2>Findings by rule</h2>\n" + ruleChart(run.results)
        out += "<h2>Listings</h2>\n<table><tr><th>decision</th><th>listing</th><th>market</th><th>title</th><th>price</th><th>findings</th></tr>\n"
        for result in run.results {
            let listing = listingByKey[result.listing + "|" + result.market]
            let findings = result.findings.filter { $0.severity != .info }.map { finding in
                "<div><span class=\"\(finding.severity == .block ? "block" : "review")\">\(escape(finding.severity.rawValue))</span> "
                    + "<code>\(escape(finding.rule))</code>: \(escape(finding.message))</div>"
            }.joined()
            out += "<tr><td class=\"\(result.decision.rawValue)\">\(escape(result.decision.rawValue))</td><td>\(escape(result.listing))</td>"
                + "<td>\(escape(result.market))</td><td\(language(listing))>\(escape(listing?.title ?? ""))\(details(listing))</td>"
                + "<td>\(escape(listing?.attributes["price"] ?? ""))</td><td>\(findings)</td></tr>\n"
        }
        out += "</table>\n"
        if !run.errors.isEmpty {
            out += "<h2>Notes</h2>\n<ul>" + run.errors.map { "<li>\(escape($0))</li>" }.joined() + "</ul>\n"
        }
        return out + "</body></html>\n"
    }

    /// The `lang` and `dir` attributes of a listing's cell, so a browser picks the right fonts
    /// and lays Arabic out right to left.
    static func language(_ listing: Listing?) -> String {
        guard let locale = listing?.locale, locale.utf8.allSatisfy({ $0 == 45 || ($0 | 0x20 >= 97 && $0 | 0x20 <= 122) || (48...57).contains($0) }) else {
            return " dir=\"auto\""
        }
        return " lang=\"\(locale)\" dir=\"auto\""
    }

    /// The description and bullets of a listing, folded under its title.
    static func details(_ listing: Listing?) -> String {
        guard let listing, listing.description != nil || !listing.bullets.isEmpty else { return "" }
        var out = "<details><summary class=\"small\">description and bullets</summary>"
        if let description = listing.description {
            out += description.split(separator: "\n", omittingEmptySubsequences: true).map { "<p>\(escape(String($0)))</p>" }.joined()
        }
        if !listing.bullets.isEmpty { out += "<ul>" + listing.bullets.map { "<li>\(escape($0))</li>" }.joined() + "</ul>" }
        return out + "</details>"
    }

    /// One stacked horizontal bar per market: pass, review, block.
    static func marketChart(_ results: [ListingResult]) -> String {
        let markets = Array(Set(results.map(\.market))).sorted()
        let widest = max(1, markets.map { market in results.filter { $0.market == market }.count }.max() ?? 1)
        let rowHeight = 20, labelWidth = 70, barWidth = 480
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 120)\" height=\"\(markets.count * rowHeight + 24)\" role=\"img\" aria-label=\"decisions by market\">\n"
        for (row, market) in markets.enumerated() {
            let y = row * rowHeight
            svg += "<text x=\"0\" y=\"\(y + 14)\" font-size=\"12\">\(escape(market))</text>\n"
            var x = labelWidth
            var counts: [String] = []
            for decision in [Decision.pass, .review, .block] {
                let count = results.filter { $0.market == market && $0.decision == decision }.count
                counts.append("\(count)")
                guard count > 0 else { continue }
                let width = count * barWidth / widest
                svg += "<rect x=\"\(x)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"14\" fill=\"\(colors[decision]!)\"><title>\(market): \(count) \(decision.rawValue)</title></rect>\n"
                x += width
            }
            svg += "<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(y + 14)\" font-size=\"12\">\(counts.joined(separator: " / "))</text>\n"
        }
        let legendY = markets.count * rowHeight + 16
        svg += "<text x=\"0\" y=\"\(legendY)\" font-size=\"11\" fill=\"#666\">pass / review / block</text>\n"
        return svg + "</svg>\n"
    }

    /// The rules with the most review and block findings, one bar each.
    static func ruleChart(_ results: [ListingResult]) -> String {
        var counts: [String: Int] = [:]
        for result in results {
            for finding in result.findings where finding.severity != .info { counts[finding.rule, default: 0] += 1 }
        }
        let top = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(15)
        guard let most = top.first?.value else { return "<p>No findings.</p>\n" }
        let rowHeight = 20, labelWidth = 330, barWidth = 320
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 60)\" height=\"\(top.count * rowHeight + 8)\" role=\"img\" aria-label=\"findings by rule\">\n"
        for (row, entry) in top.enumerated() {
            let y = row * rowHeight
            let width = max(2, entry.value * barWidth / most)
            svg += "<text x=\"0\" y=\"\(y + 14)\" font-size=\"12\">\(escape(entry.key))</text>\n"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"14\" fill=\"#1565c0\"><title>\(escape(entry.key)): \(entry.value)</title></rect>\n"
            svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 14)\" font-size=\"12\">\(entry.value)</text>\n"
        }
        return svg + "</svg>\n"
    }
}
