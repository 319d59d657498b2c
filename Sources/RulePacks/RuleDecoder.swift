import ComplianceCore
import TextEngine

/// Decodes one rule and its check from a pack's YAML.
enum RuleDecoder {
    static let ruleKeys = ["id", "category", "severity", "fields", "when", "check", "message", "citation", "fix",
                           "from", "until", "examples"]

    static func rule(_ node: PackNode) throws -> Rule {
        let keys = try node.mapping("a rule", accepted: ruleKeys,
                                    required: ["id", "category", "severity", "check", "message", "citation", "examples"])
        let id = try keys["id"]!.nonEmptyString("rule id")
        guard id.allSatisfy({ $0.isLetter || $0.isNumber || "/-_.".contains($0) }) else {
            throw keys["id"]!.error("rule id '\(id)' may hold only letters, digits and / - _ .")
        }
        let fields = try keys["fields"].map { node in
            try node.list("fields").map { try $0.choice("a field", ListingField.self) }
        } ?? ListingField.allCases
        guard !fields.isEmpty else { throw keys["fields"]!.error("fields must name at least one field") }
        let from = try day(keys["from"], "from")
        let until = try day(keys["until"], "until")
        if let from, let until, until < from { throw keys["until"]!.error("until (\(until)) is before from (\(from))") }
        let check = try CheckDecoder.check(keys["check"]!)
        let examples = try examples(keys["examples"]!, check: check)
        try checkPrefilter(check, examples: examples, at: keys["check"]!)
        return Rule(id: id,
                    category: try keys["category"]!.choice("category", FindingCategory.self),
                    severity: try keys["severity"]!.choice("severity", Severity.self),
                    fields: fields,
                    conditions: try conditions(keys["when"]),
                    check: check,
                    message: try message(keys["message"]!),
                    citation: try citation(keys["citation"]!),
                    fix: try keys["fix"]?.nonEmptyString("fix"),
                    from: from, until: until,
                    examples: examples)
    }

    /// A prefilter must let through every example the regex must find (pattern and consistency
    /// checks; a required check's examples without the disclosure may not meet its conditions).
    static func checkPrefilter(_ check: Check, examples: RuleExamples, at node: PackNode) throws {
        let pattern: PatternCheck?
        let texts: [RuleExample]
        switch check {
        case let .pattern(p): pattern = p; texts = examples.match
        case let .consistency(c): pattern = c.claim.terms.isEmpty ? c.claim.regex : nil; texts = examples.match
        default: pattern = nil; texts = []
        }
        guard let pattern, !pattern.prefilter.isEmpty else { return }
        for example in texts {
            let text = (MarkedSpans(example.text)?.text ?? example.text).normalized(.nfkcCaseFold)
            if !pattern.mayMatch(normalized: Array(text.utf8)) {
                throw node.error("prefilter \(pattern.prefilter) would skip the example \(example.text.debugDescription), which the regex must see")
            }
        }
    }

    static func day(_ node: PackNode?, _ what: String) throws -> Day? {
        guard let node else { return nil }
        let text = try node.string(what)
        guard let day = Day(text) else { throw node.error("\(what) '\(text)' is not a date written YYYY-MM-DD") }
        return day
    }

    static func conditions(_ node: PackNode?) throws -> RuleConditions {
        guard let node else { return RuleConditions() }
        let keys = try node.mapping("when", accepted: ["markets", "jurisdictions", "categories", "except_categories", "attributes", "absent"])
        var attributes: [String: [String]] = [:]
        if let attributeNode = keys["attributes"] {
            guard case let .mapping(mapping) = attributeNode.node else { throw attributeNode.error("attributes must be a mapping") }
            for (key, value) in mapping {
                let name = try PackNode(node: key, file: node.file).string("an attribute name")
                let valueNode = PackNode(node: value, file: node.file)
                if case .sequence = value {
                    attributes[name] = try valueNode.strings("attribute '\(name)'")
                } else {
                    attributes[name] = [try valueNode.string("attribute '\(name)'")]
                }
            }
        }
        return RuleConditions(markets: try keys["markets"]?.strings("markets") ?? [],
                              jurisdictions: try keys["jurisdictions"]?.strings("jurisdictions") ?? [],
                              categories: try keys["categories"]?.strings("categories") ?? [],
                              excludedCategories: try keys["except_categories"]?.strings("except_categories") ?? [],
                              attributes: attributes,
                              absentAttributes: try keys["absent"]?.strings("absent") ?? [])
    }

    /// Messages by language; each must compile as ICU MessageFormat, and `en` must be there.
    static func message(_ node: PackNode) throws -> [String: String] {
        var messages: [String: String] = [:]
        if case .scalar = node.node {
            messages["en"] = try node.nonEmptyString("message")
        } else {
            guard case let .mapping(mapping) = node.node else { throw node.error("message must be a string or a mapping of languages") }
            for (key, value) in mapping {
                let language = try PackNode(node: key, file: node.file).string("a message language")
                messages[language] = try PackNode(node: value, file: node.file).nonEmptyString("message '\(language)'")
            }
        }
        guard messages["en"] != nil else { throw node.error("message needs an 'en' text") }
        for (language, pattern) in messages {
            do {
                _ = try ICUMessageFormat(locale: language, pattern: pattern)
            } catch {
                throw node.error("message '\(language)' is not valid ICU MessageFormat: \(error)")
            }
        }
        return messages
    }

    static func citation(_ node: PackNode) throws -> Citation {
        let keys = try node.mapping("citation", accepted: ["law", "article", "url", "evidence"], required: ["law"])
        return Citation(law: try keys["law"]!.nonEmptyString("citation law"),
                        article: try keys["article"]?.nonEmptyString("citation article"),
                        url: try keys["url"]?.nonEmptyString("citation url"),
                        evidence: try keys["evidence"]?.nonEmptyString("citation evidence"))
    }

    /// Examples: at least one text that must match, each with its expected span marked ⟦...⟧
    /// (except for a required check, whose finding is about the listing, not a span). An
    /// example is a text, or a mapping with the text and the product data it comes with.
    static func examples(_ node: PackNode, check: Check) throws -> RuleExamples {
        let keys = try node.mapping("examples", accepted: ["match", "no_match"], required: ["match"])
        let matchNodes = try keys["match"]!.list("examples.match")
        guard !matchNodes.isEmpty else {
            throw keys["match"]!.error("a rule needs at least one example that must match")
        }
        let aboutListing = if case .required = check { true } else { false }
        var match: [RuleExample] = []
        for node in matchNodes {
            let example = try self.example(node)
            guard let markers = MarkedSpans(example.text) else {
                throw node.error("the ⟦ and ⟧ markers of an example must be balanced")
            }
            if aboutListing {
                guard markers.utf8Ranges.isEmpty else {
                    throw node.error("a required check reports a missing disclosure about the listing: its examples mark no span")
                }
            } else if markers.utf8Ranges.isEmpty {
                throw node.error("an example that must match marks the expected span as ⟦...⟧ (balanced, at least one)")
            }
            match.append(example)
        }
        let noMatch = try keys["no_match"].map { try $0.list("examples.no_match").map(example) } ?? []
        return RuleExamples(match: match, noMatch: noMatch)
    }

    /// One example: `text`, or `{text, attributes, category}`.
    static func example(_ node: PackNode) throws -> RuleExample {
        if case .scalar = node.node { return RuleExample(text: try node.string("an example")) }
        let keys = try node.mapping("an example", accepted: ["text", "attributes", "category"], required: ["text"])
        var attributes: [String: String] = [:]
        if let attributeNode = keys["attributes"] {
            guard case let .mapping(mapping) = attributeNode.node else { throw attributeNode.error("attributes must be a mapping") }
            for (key, value) in mapping {
                let name = try PackNode(node: key, file: node.file).string("an attribute name")
                attributes[name] = try PackNode(node: value, file: node.file).string("attribute '\(name)'")
            }
        }
        return RuleExample(text: try keys["text"]!.string("an example text"), attributes: attributes,
                           category: try keys["category"]?.nonEmptyString("an example category"))
    }
}
