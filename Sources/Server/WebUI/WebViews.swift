import ComplianceCore
import Formats
import Store

/// What the templates show. Plain stored properties only: the templates read them by name
/// (Mustache looks properties up by reflection), and `{{name}}` escapes every one of them. The
/// few names ending in `HTML` are markup built here, from escaped text, and inserted as is.
struct UserView {
    let name: String
    let role: String
    let csrf: String
    let isOfficer: Bool
}

struct NavItem {
    let href: String
    let label: String
    let current: Bool
}

struct ToolView {
    let version: String
    let icu: String
    let cldr: String
    let packCount: Int
}

struct CitationView {
    let law: String
    let article: String?
    /// Only http(s) addresses become links.
    let url: String?
    let evidence: String?
}

struct OverrideFormView {
    let id: String
    let action: String
    let csrf: String
    let market: String
    let version: String
    let fingerprint: String
}

struct FindingView {
    let anchor: String
    let number: Int
    let severity: String
    let rule: String
    let category: String
    let field: String
    let message: String
    let match: String?
    let citation: CitationView?
    let fix: String?
    let overridden: Bool
    let overrideForm: OverrideFormView?
}

struct FieldView {
    let label: String
    let textHTML: String
    let lang: String?
}

struct ResultView {
    let anchor: String
    let listingID: String
    let market: String
    let decision: String
    let reviewURL: String?
    let run: Int64?
    let fields: [FieldView]
    let hasFindings: Bool
    let findings: [FindingView]
}

/// A finding as the pages show it, from a check just made or from the store.
struct ShownFinding {
    let rule: String
    let category: String
    let severity: Severity
    /// `title`, `bullets[0]`, `description`, `search_terms` or `listing`.
    let field: String
    let utf8Range: Range<Int>
    let match: String
    let message: String
    let citation: Citation?
    let fix: String?
    let fingerprint: String
    let overridden: Bool

    init(_ finding: Finding) {
        rule = finding.rule
        category = finding.category.rawValue
        severity = finding.severity
        field = finding.field.description
        utf8Range = finding.span.utf8Range
        match = finding.span.text
        message = finding.message
        citation = finding.citation
        fix = finding.fix
        fingerprint = finding.fingerprint
        overridden = false
    }

    /// A recorded finding, with the citation and fix of the rule as loaded now (the store keeps
    /// the rule id, the match and the message).
    /// - Parameter overridden: an override made since the finding was recorded covers it.
    init(_ finding: StoredFinding, rule: Rule?, overridden: Bool = false) {
        self.rule = finding.rule
        category = finding.category
        severity = finding.severity
        field = finding.field
        utf8Range = finding.utf8Range
        match = finding.match
        message = finding.message
        citation = rule?.citation
        fix = rule?.fix
        fingerprint = finding.fingerprint
        self.overridden = overridden || finding.overriddenBy != nil
    }
}

enum ResultViews {
    /// A listing's fields with its findings marked, and the findings numbered in field order.
    /// - Parameter overrideForm: the form to override a finding, for findings not yet overridden.
    static func make(listing: Listing, market: String, decision: Decision, findings: [ShownFinding], anchor: String,
                     reviewURL: String? = nil, run: Int64? = nil,
                     overrideForm: ((ShownFinding, Int) -> OverrideFormView?)? = nil) -> ResultView {
        let texts = listing.texts(of: ListingField.allCases)
        let order = Dictionary(texts.enumerated().map { ($1.path.description, $0) }, uniquingKeysWith: { first, _ in first })
        // Field order, then position in the field; findings about the listing as a whole last.
        let sorted = findings.enumerated().sorted { a, b in
            let fieldA = order[a.element.field] ?? Int.max, fieldB = order[b.element.field] ?? Int.max
            if fieldA != fieldB { return fieldA < fieldB }
            if a.element.utf8Range.lowerBound != b.element.utf8Range.lowerBound { return a.element.utf8Range.lowerBound < b.element.utf8Range.lowerBound }
            return a.offset < b.offset
        }.map(\.element)
        let numbered = sorted.enumerated().map { (number: $0.offset + 1, finding: $0.element, anchor: "\(anchor)-f\($0.offset + 1)") }
        let lang = listing.locale.flatMap { locale in locale.utf8.allSatisfy { $0 == 45 || (48...57).contains($0) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 122) } ? locale : nil }
        let fields = texts.map { path, text in
            let spans = numbered.filter { $0.finding.field == path.description && !$0.finding.overridden }.map {
                Highlighter.Span(utf8Range: $0.finding.utf8Range, number: $0.number, anchor: $0.anchor, severity: $0.finding.severity, rule: $0.finding.rule)
            }
            return FieldView(label: label(path), textHTML: Highlighter.html(text, spans: spans), lang: lang)
        }
        let views = numbered.map { number, finding, findingAnchor in
            FindingView(anchor: findingAnchor, number: number, severity: finding.severity.rawValue, rule: finding.rule, category: finding.category,
                        field: finding.field, message: finding.message, match: finding.match.isEmpty ? nil : finding.match,
                        citation: finding.citation.map(citation), fix: finding.fix, overridden: finding.overridden,
                        overrideForm: finding.overridden ? nil : overrideForm?(finding, number))
        }
        return ResultView(anchor: anchor, listingID: listing.id, market: market, decision: decision.rawValue, reviewURL: reviewURL, run: run,
                          fields: fields, hasFindings: !views.isEmpty, findings: views)
    }

    static func label(_ path: FieldPath) -> String {
        switch path.field {
        case .title?: "Title"
        case .bullets?: "Bullet \((path.index ?? 0) + 1)"
        case .description?: "Description"
        case .searchTerms?: "Search terms"
        case nil: "Listing"
        }
    }

    static func citation(_ citation: Citation) -> CitationView {
        let url = citation.url.flatMap { $0.hasPrefix("https://") || $0.hasPrefix("http://") ? $0 : nil }
        return CitationView(law: citation.law, article: citation.article, url: url, evidence: citation.evidence)
    }
}

/// A bar of stacked parts as inline SVG (no style attribute, so the page's content security
/// policy holds), with each part's count in its title for pointer and screen-reader users.
enum Bars {
    static func html(_ parts: [(className: String, label: String, count: Int)], of total: Int, width: Int = 240) -> String {
        guard total > 0 else { return "" }
        var x = 0
        var rects = ""
        for part in parts where part.count > 0 {
            let w = max(1, part.count * width / total)
            rects += "<rect class=\"\(part.className)\" x=\"\(x)\" y=\"2\" width=\"\(w)\" height=\"14\"><title>\(part.count) \(HTMLReport.escape(part.label))</title></rect>"
            x += w
        }
        let summary = parts.map { "\($0.count) \($0.label)" }.joined(separator: ", ")
        return "<svg class=\"bar\" width=\"\(width)\" height=\"18\" role=\"img\" aria-label=\"\(HTMLReport.escape(summary))\">\(rects)</svg>"
    }
}
