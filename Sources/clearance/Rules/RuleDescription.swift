import ComplianceCore

/// Rules and packs described for people (`clearance rules show`).
enum RuleDescription {
    /// `selected`: whether the pack's marketplace (if any) is selected for `check`.
    static func pack(_ pack: RulePack, selected: Bool = true) -> String {
        var lines = ["pack \(pack.id) \(pack.version): \(pack.name)", "  file: \(pack.source)"]
        if let marketplace = pack.marketplace { lines.append("  " + Self.marketplace(marketplace, selected: selected)) }
        if let jurisdiction = pack.jurisdiction { lines.append("  jurisdiction: \(jurisdiction)") }
        if !pack.markets.isEmpty { lines.append("  markets: \(pack.markets.joined(separator: ", "))") }
        if !pack.languages.isEmpty { lines.append("  languages: \(pack.languages.joined(separator: ", "))") }
        lines.append("  rules: \(pack.rules.count)")
        return lines.joined(separator: "\n")
    }

    /// The marketplace line: selected or not, and how to select it.
    static func marketplace(_ name: String, selected: Bool) -> String {
        "marketplace: \(name)" + (selected ? "" : " (not selected: check does not apply it; select it with --marketplace \(name) or marketplaces: in .clearance.yml)")
    }

    static func rule(_ rule: Rule, in pack: RulePack, selected: Bool = true) -> String {
        var lines = ["\(rule.id)  \(rule.severity.rawValue) \(rule.category.rawValue)  (pack \(pack.id) \(pack.version), \(pack.source))"]
        if let marketplace = pack.marketplace { lines.append("  " + Self.marketplace(marketplace, selected: selected)) }
        lines.append("  fields: \(rule.fields.map(\.rawValue).joined(separator: ", "))")
        let conditions = Self.conditions(rule.conditions)
        let reach = Self.reach(pack)
        lines.append("  applies: \(reach)" + (conditions.isEmpty ? "" : "; when " + conditions.joined(separator: "; ")))
        if rule.from != nil || rule.until != nil {
            let span = [rule.from.map { "from \($0)" }, rule.until.map { "until \($0)" }].compactMap { $0 }
            lines.append("  in force: " + span.joined(separator: " "))
        }
        lines.append("  check: " + check(rule.check))
        for language in rule.message.keys.sorted() { lines.append("  message [\(language)]: \(rule.message[language]!)") }
        let citation = rule.citation
        lines.append("  citation: \(citation.law)" + (citation.article.map { ", \($0)" } ?? ""))
        if let url = citation.url { lines.append("    \(url)") }
        if let evidence = citation.evidence { lines.append("    evidence: \(evidence)") }
        if let fix = rule.fix { lines.append("  fix: \(fix)") }
        if !rule.examples.match.isEmpty {
            lines.append("  must match:")
            lines += rule.examples.match.map { "    \($0)" }
        }
        if !rule.examples.noMatch.isEmpty {
            lines.append("  must not match:")
            lines += rule.examples.noMatch.map { "    \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    /// Where a pack applies, in words.
    static func reach(_ pack: RulePack) -> String {
        var parts: [String] = []
        if let jurisdiction = pack.jurisdiction { parts.append("jurisdiction \(jurisdiction)") }
        if !pack.markets.isEmpty { parts.append("markets \(pack.markets.joined(separator: ", "))") }
        return parts.isEmpty ? "every market" : parts.joined(separator: "; ")
    }

    /// A rule's conditions, one phrase each.
    static func conditions(_ when: RuleConditions) -> [String] {
        var parts: [String] = []
        if !when.markets.isEmpty { parts.append("markets \(when.markets.joined(separator: ", "))") }
        if !when.jurisdictions.isEmpty { parts.append("jurisdictions \(when.jurisdictions.joined(separator: ", "))") }
        if !when.categories.isEmpty { parts.append("categories \(when.categories.joined(separator: ", "))") }
        if !when.excludedCategories.isEmpty { parts.append("not categories \(when.excludedCategories.joined(separator: ", "))") }
        if !when.absentAttributes.isEmpty { parts.append("no \(when.absentAttributes.joined(separator: ", ")) in the data") }
        for (name, values) in when.attributes.sorted(by: { $0.key < $1.key }) {
            parts.append("\(name) is \(values.joined(separator: " or "))")
        }
        return parts
    }

    static func check(_ check: Check) -> String {
        func terms(_ terms: [String: [String]]) -> String {
            terms.keys.sorted().map { ($0 == "*" ? "" : "[\($0)] ") + terms[$0]!.joined(separator: ", ") }.joined(separator: "; ")
        }
        func evidence(_ evidence: TextEvidence) -> String {
            var parts: [String] = []
            if !evidence.terms.isEmpty { parts.append("terms \(terms(evidence.terms)) (boundary \(evidence.boundary.rawValue))") }
            if let regex = evidence.regex { parts.append("regex /\(regex.regex)/" + (regex.caseInsensitive ? "i" : "")) }
            return parts.joined(separator: " or ")
        }
        switch check {
        case let .terms(check):
            return "terms \(terms(check.terms)) (boundary \(check.boundary.rawValue))"
                + (check.allow.isEmpty ? "" : "; allowed: \(check.allow.joined(separator: ", "))")
        case let .pattern(check):
            return "pattern /\(check.regex)/" + (check.caseInsensitive ? "i" : "") + ", time limit \(check.timeLimit)"
        case let .detector(check):
            return "detector \(check.detector.name)" + (check.raise.isEmpty ? "" : "; raised by \(check.raise.joined(separator: ", "))")
                + (check.lower.isEmpty ? "" : "; lowered by \(check.lower.joined(separator: ", "))")
        case let .length(check):
            return "length at most \(check.maximum) \(check.unit.rawValue)"
        case let .script(check):
            return "script" + (check.allowed.isEmpty ? "" : " in \(check.allowed.joined(separator: ", "))")
                + (check.bidiControls ? "; no bidi controls" : "") + (check.invisibleCharacters ? "; no invisible characters" : "")
        case let .required(check):
            return "required: " + evidence(check.evidence)
        case let .language(check):
            return "language " + (check.languages.isEmpty ? "of the market's locales" : check.languages.joined(separator: " or "))
                + " (judged from \(check.minimumWords) words)"
        case let .consistency(check):
            return "consistency: " + evidence(check.claim) + " needs \(check.attribute) in \(check.expected.joined(separator: ", "))"
                + (check.reportWhenMissing ? " (reported when missing)" : " (not reported when missing)")
        }
    }
}
