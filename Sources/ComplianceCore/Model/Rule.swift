import TextEngine

/// The source a rule rests on.
public struct Citation: Sendable, Equatable, Codable {
    public let law: String
    public let article: String?
    public let url: String?
    /// What was confirmed of the source, e.g. "[P] primary text seen 2026-11" (research tags).
    public let evidence: String?

    public init(law: String, article: String? = nil, url: String? = nil, evidence: String? = nil) {
        self.law = law
        self.article = article
        self.url = url
        self.evidence = evidence
    }
}

/// A calendar day, compared as such (rules take effect on dates, not instants).
public struct Day: Sendable, Equatable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Parses `YYYY-MM-DD`; nil for anything else or a day that does not exist.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              Digits.isDate(year: y, month: m, day: d) else { return nil }
        year = y
        month = m
        day = d
    }

    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// When a rule applies, beyond its pack's markets and jurisdiction: every condition given must hold.
public struct RuleConditions: Sendable, Equatable {
    /// Market ids (`DE`); empty: any market the pack reaches.
    public let markets: [String]
    /// Jurisdictions (`EU`, `DE`) one of which the market must belong to; empty: any.
    public let jurisdictions: [String]
    /// Category prefixes (`toys` covers `toys/building-sets`); empty: any category.
    public let categories: [String]
    /// Category prefixes the rule does not apply to (`health/medicine` inside `health`).
    public let excludedCategories: [String]
    /// Attribute names with the values that make the rule apply.
    public let attributes: [String: [String]]
    /// Attributes that must be absent (or empty) for the rule to apply: a disclosure the text
    /// must carry only when the product data does not.
    public let absentAttributes: [String]

    public init(markets: [String] = [], jurisdictions: [String] = [], categories: [String] = [], excludedCategories: [String] = [],
                attributes: [String: [String]] = [:], absentAttributes: [String] = []) {
        self.markets = markets
        self.jurisdictions = jurisdictions
        self.categories = categories
        self.excludedCategories = excludedCategories
        self.attributes = attributes
        self.absentAttributes = absentAttributes
    }
}

/// One example of a rule: a text (with the expected spans marked ⟦...⟧ when it must match) and
/// the product data it comes with, for rules that read attributes or the category.
public struct RuleExample: Sendable, Equatable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let text: String
    public let attributes: [String: String]
    public let category: String?

    public init(text: String, attributes: [String: String] = [:], category: String? = nil) {
        self.text = text
        self.attributes = attributes
        self.category = category
    }

    public init(stringLiteral text: String) {
        self.init(text: text)
    }

    public var description: String {
        guard !attributes.isEmpty || category != nil else { return text.debugDescription }
        let data = attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + (category.map { ["category=\($0)"] } ?? [])
        return "\(text.debugDescription) with \(data.joined(separator: ", "))"
    }
}

/// Texts a rule must find (spans marked) and must not find.
public struct RuleExamples: Sendable, Equatable {
    public let match: [RuleExample]
    public let noMatch: [RuleExample]

    public init(match: [RuleExample], noMatch: [RuleExample]) {
        self.match = match
        self.noMatch = noMatch
    }
}

/// The fields of a listing a rule reads.
public enum ListingField: String, Sendable, Codable, CaseIterable {
    case title, bullets, description
    case searchTerms = "search_terms"
}

/// One rule of a pack.
public struct Rule: Sendable, Equatable {
    public let id: String
    public let category: FindingCategory
    public let severity: Severity
    public let fields: [ListingField]
    public let conditions: RuleConditions
    public let check: Check
    /// ICU MessageFormat patterns by language (`en`, `zh`, ...); `en` is required.
    public let message: [String: String]
    public let citation: Citation
    public let fix: String?
    /// First and last day the rule is in force (inclusive), when limited.
    public let from: Day?
    public let until: Day?
    public let examples: RuleExamples

    public init(id: String, category: FindingCategory, severity: Severity, fields: [ListingField],
                conditions: RuleConditions, check: Check, message: [String: String], citation: Citation,
                fix: String?, from: Day?, until: Day?, examples: RuleExamples) {
        self.id = id
        self.category = category
        self.severity = severity
        self.fields = fields
        self.conditions = conditions
        self.check = check
        self.message = message
        self.citation = citation
        self.fix = fix
        self.from = from
        self.until = until
        self.examples = examples
    }

    /// The rule with another severity (a project's override).
    public func with(severity: Severity) -> Rule {
        Rule(id: id, category: category, severity: severity, fields: fields, conditions: conditions, check: check, message: message,
             citation: citation, fix: fix, from: from, until: until, examples: examples)
    }

    /// The rule with another check (authorized marks taken out of a terms list).
    public func with(check: Check) -> Rule {
        Rule(id: id, category: category, severity: severity, fields: fields, conditions: conditions, check: check, message: message,
             citation: citation, fix: fix, from: from, until: until, examples: examples)
    }

    /// Whether the rule is in force on `day`.
    public func isEffective(on day: Day) -> Bool {
        (from.map { $0 <= day } ?? true) && (until.map { day <= $0 } ?? true)
    }
}

/// A pack of rules with what it covers.
public struct RulePack: Sendable, Equatable {
    public let id: String
    public let name: String
    public let version: String
    public let jurisdiction: String?
    public let markets: [String]
    public let languages: [String]
    /// The marketplace whose policy the pack carries (`amazon`), or nil for law that applies
    /// wherever the markets say. A marketplace pack applies only when its marketplace is selected
    /// (`marketplaces:` in `.clearance.yml`, `--marketplace`); the selection is the caller's.
    public let marketplace: String?
    public let rules: [Rule]
    /// The file it was loaded from, for messages.
    public let source: String

    /// The pack as read from another path (for display).
    public func with(source: String) -> RulePack {
        RulePack(id: id, name: name, version: version, jurisdiction: jurisdiction, markets: markets, languages: languages,
                 marketplace: marketplace, rules: rules, source: source)
    }

    /// The pack with other rules (some disabled or adjusted).
    public func with(rules: [Rule]) -> RulePack {
        RulePack(id: id, name: name, version: version, jurisdiction: jurisdiction, markets: markets, languages: languages,
                 marketplace: marketplace, rules: rules, source: source)
    }

    public init(id: String, name: String, version: String, jurisdiction: String?, markets: [String],
                languages: [String], marketplace: String? = nil, rules: [Rule], source: String) {
        self.id = id
        self.name = name
        self.version = version
        self.jurisdiction = jurisdiction
        self.markets = markets
        self.languages = languages
        self.marketplace = marketplace
        self.rules = rules
        self.source = source
    }
}

extension RulePack {
    /// Whether the pack applies in `market`: everywhere when it names neither markets nor a
    /// jurisdiction, else in its markets and in markets of its jurisdiction.
    public func reaches(_ market: Market) -> Bool {
        (markets.isEmpty && jurisdiction == nil) || markets.contains(market.id)
            || jurisdiction.map { market.jurisdictions.contains($0) } == true
    }
}

extension RuleConditions {
    /// Whether the market and jurisdiction conditions hold in `market` (the others are about
    /// the listing).
    public func allow(_ market: Market) -> Bool {
        (markets.isEmpty || markets.contains(market.id))
            && (jurisdictions.isEmpty || jurisdictions.contains(where: market.jurisdictions.contains))
    }
}
