import TextEngine

/// A rule with what it needs at run time: its pack's reach, its compiled regex or detector,
/// and its message ready to format.
final class CompiledRule: Sendable {
    let rule: Rule
    let pack: RulePack
    let regex: ICURegex?
    let detector: DetectorScanner?
    let message: ICUMessageFormat

    init(rule: Rule, pack: RulePack) throws {
        self.rule = rule
        self.pack = pack
        switch rule.check {
        case let .pattern(check):
            var options: ICURegex.Options = []
            if check.caseInsensitive { options.insert(.caseInsensitive) }
            if check.unicodeWordBoundaries { options.insert(.unicodeWordBoundaries) }
            regex = try ICURegex(check.regex, options: options)
            detector = nil
        case let .detector(check):
            regex = nil
            detector = try DetectorScanner(kind: check.detector)
        case .terms, .length, .script:
            regex = nil
            detector = nil
        }
        message = try ICUMessageFormat(locale: "en", pattern: rule.message["en"] ?? rule.id)
    }

    /// Whether the rule applies to `listing` in `market` on `day`.
    func applies(to listing: Listing, market: Market, on day: Day) -> Bool {
        guard rule.isEffective(on: day) else { return false }
        let packReaches = (pack.markets.isEmpty && pack.jurisdiction == nil)
            || pack.markets.contains(market.id)
            || pack.jurisdiction.map { market.jurisdictions.contains($0) } == true
        guard packReaches else { return false }
        let conditions = rule.conditions
        if !conditions.markets.isEmpty, !conditions.markets.contains(market.id) { return false }
        if !conditions.categories.isEmpty {
            guard let category = listing.category,
                  conditions.categories.contains(where: { category == $0 || category.hasPrefix($0 + "/") }) else { return false }
        }
        for (name, values) in conditions.attributes {
            guard let value = listing.attributes[name], values.contains(value) else { return false }
        }
        return true
    }

    /// The rule's English message for a match.
    func message(for match: String) -> String {
        (try? message.format(["match": .string(match)])) ?? rule.message["en"] ?? rule.id
    }
}
