import ComplianceCore
import Formats
import Foundation
import Store
import TextEngine

/// A recorded run in every report format: the stored results become a `CheckRun` again, each
/// finding with its span in the listing as recorded and the citation and fix of its rule as
/// loaded now. `clearance audit --report` and `/v1/runs/{id}/report` write it.
public enum RunExport {
    public enum Format: String, Sendable, CaseIterable {
        /// `RunReport`: the run's counts and every finding, overridden ones with the override's id.
        case json
        /// The others list the findings that stand (not overridden), as `clearance check` would.
        case sarif, junit, csv, html

        public var contentType: String {
            switch self {
            case .json: "application/json"
            case .sarif: "application/sarif+json"
            case .junit: "application/xml"
            case .csv: "text/csv; charset=utf-8"
            case .html: "text/html; charset=utf-8"
            }
        }
    }

    public static func render(_ format: Format, run: StoredRun, results: [StoredResult], contents: [String: String], rules: [Rule],
                              tool: CheckRun.Tool) -> String {
        switch format {
        case .json:
            return RunReport.value(run, results).text
        case .sarif, .junit, .csv, .html:
            let (checkRun, listings) = checkRun(run: run, results: results, contents: contents, rules: rules, tool: tool)
            switch format {
            case .sarif: return SARIFReport.render(checkRun)
            case .junit: return JUnitReport.render(checkRun, failOn: .block)
            case .csv: return CSVReport.render(checkRun)
            case .html: return HTMLReport.render(checkRun, listings: listings, heading: "Clearance audit run \(run.id): \(run.source)")
            case .json: return ""
            }
        }
    }

    /// The stored results as a check run, with the listing of each result (for the HTML report).
    static func checkRun(run: StoredRun, results: [StoredResult], contents: [String: String], rules: [Rule],
                         tool: CheckRun.Tool) -> (CheckRun, [Listing]) {
        let byID = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var parsed: [String: Listing] = [:]
        var checked: [ListingResult] = []
        var listings: [Listing] = []
        for result in results {
            let hash = result.version.contentHash
            if parsed[hash] == nil {
                parsed[hash] = contents[hash].flatMap { ListingReader.read(Data($0.utf8), source: "store").listings.first }
            }
            let listing = parsed[hash] ?? Listing(id: result.version.listingID)
            let texts = Dictionary(listing.texts(of: ListingField.allCases).map { ($0.path.description, $0.text) }, uniquingKeysWith: { first, _ in first })
            let findings = result.findings.filter { $0.overriddenBy == nil }.map { stored -> Finding in
                let rule = byID[stored.rule]
                let path = FieldPath(parsing: stored.field) ?? .listing
                let text = texts[stored.field] ?? ""
                let span = stored.utf8Range.upperBound <= text.utf8.count ? TextSpan(utf8Range: stored.utf8Range, in: text)
                    : TextSpan(utf8Range: stored.utf8Range, scalarRange: 0..<0, text: stored.match)
                return Finding(rule: stored.rule, category: FindingCategory(rawValue: stored.category) ?? rule?.category ?? .regulatory,
                               severity: stored.severity, market: result.market, field: path, span: span, message: stored.message,
                               citation: rule?.citation ?? Citation(law: "rule \(stored.rule) is not loaded now"), fix: rule?.fix,
                               fingerprint: stored.fingerprint, explanation: "")
            }
            checked.append(ListingResult(listing: result.version.listingID, market: result.market, decision: result.decision, findings: findings))
            listings.append(Listing(id: listing.id, market: result.market, locale: listing.locale, title: listing.title, bullets: listing.bullets,
                                    description: listing.description, searchTerms: listing.searchTerms, category: listing.category,
                                    brand: listing.brand, attributes: listing.attributes))
        }
        let used = Set(checked.flatMap { $0.findings.map(\.rule) })
        return (CheckRun(tool: tool, results: checked, errors: [], rules: rules.filter { used.contains($0.id) }), listings)
    }
}
