import TextEngine

/// Runs every rule's examples through the engine, each also in variants that catch offset and
/// normalization bugs: an emoji and a combining mark before the text, NFC and NFD forms, and
/// (for rules that read descriptions) the text inside an HTML paragraph.
public struct ExampleRunner: Sendable {
    /// One example that did not give what it promised.
    public struct Failure: Sendable, Equatable, CustomStringConvertible {
        public let rule: String
        public let example: String
        public let variant: String
        public let expected: [String]
        public let found: [String]

        public var description: String {
            "\(rule): example \(example.debugDescription) (\(variant)): expected \(expected), found \(found)"
        }
    }

    /// What a run did.
    public struct Report: Sendable {
        public let rules: Int
        public let examples: Int
        public let runs: Int
        public let failures: [Failure]
    }

    let engine: Engine
    let markets: [String: Market]

    public init(engine: Engine, markets: [Market]) {
        self.engine = engine
        self.markets = Dictionary(markets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The text variants of an example: a name, the text, and the expected UTF-8 ranges.
    static func variants(of marked: MarkedSpans, original: String) -> [(String, String, [Range<Int>])] {
        let prefix = "😀\u{301} "
        let shift = prefix.utf8.count
        var result = [("as written", marked.text, marked.utf8Ranges),
                      ("after an emoji and a combining mark", prefix + marked.text, marked.utf8Ranges.map { ($0.lowerBound + shift)..<($0.upperBound + shift) })]
        for (name, form) in [("NFC", NormalizationForm.nfc), ("NFD", .nfd)] {
            // Normalize the pieces between markers, so the marked spans follow the text.
            let (text, ranges) = rewrite(original) { $0.normalized(form) }
            if text != marked.text { result.append((name, text, ranges)) }
        }
        return result
    }

    /// The example inside an HTML paragraph, with `&`, `<` and `>` escaped, and the expected
    /// ranges in that HTML: findings must point into the markup as given.
    static func htmlVariant(of original: String) -> (String, [Range<Int>]) {
        rewrite(original, prefix: "<p class=\"x\">", suffix: "</p>") { piece in
            var escaped = ""
            for character in piece {
                switch character {
                case "&": escaped += "&amp;"
                case "<": escaped += "&lt;"
                case ">": escaped += "&gt;"
                default: escaped.append(character)
                }
            }
            return escaped
        }
    }

    /// `original` with the text between its ⟦ ⟧ markers rewritten piece by piece (and framed by
    /// `prefix` and `suffix`), with the UTF-8 ranges the marked spans have in the result.
    static func rewrite(_ original: String, prefix: String = "", suffix: String = "",
                        _ transform: (String) -> String) -> (String, [Range<Int>]) {
        var text = prefix
        var ranges: [Range<Int>] = []
        var start = 0
        var piece = ""
        for character in original {
            switch character {
            case "⟦": text += transform(piece); piece = ""; start = text.utf8.count
            case "⟧": text += transform(piece); piece = ""; ranges.append(start..<text.utf8.count)
            default: piece.append(character)
            }
        }
        return (text + transform(piece) + suffix, ranges)
    }

    /// Runs every example of every rule on `day`.
    public func run(on day: Day) throws -> Report {
        var failures: [Failure] = []
        var examples = 0
        var runs = 0
        var rules = 0
        for pack in engine.packs {
            for rule in pack.rules {
                rules += 1
                let market = self.market(for: rule, in: pack)
                let when = rule.from.map { max($0, day) } ?? day
                let effectiveDay = rule.until.map { min($0, when) } ?? when
                // A length or a language judges the whole field: a prefix would change it.
                let judgesWholeField = switch rule.check {
                case .length, .language: true
                default: false
                }
                // A missing disclosure is a finding about the listing: no span in the text.
                let aboutListing = if case .required = rule.check { true } else { false }
                // Rules that read descriptions also get each example as HTML there.
                let readsHTML = rule.fields.contains(.description) && !judgesWholeField
                for example in rule.examples.match {
                    examples += 1
                    guard let marked = MarkedSpans(example.text) else { continue }
                    var variants = Self.variants(of: marked, original: example.text).map { ($0.0, $0.1, $0.2, false) }
                    if judgesWholeField { variants = Array(variants.prefix(1)) }
                    if readsHTML {
                        let (html, ranges) = Self.htmlVariant(of: example.text)
                        variants.append(("inside an HTML paragraph", html, ranges, true))
                    }
                    for (variant, text, ranges, inDescription) in variants {
                        runs += 1
                        let found = try findings(of: rule, in: text, example: example, market: market, day: effectiveDay,
                                                 inDescription: inDescription)
                        let expected = aboutListing ? ["(the listing)"] : ranges.map { Self.slice(text, $0) }
                        let foundTexts = found.map { $0.field == .listing ? "(the listing)" : Self.slice(text, $0.span.utf8Range) }
                        let foundRanges = found.filter { $0.field != .listing }.map(\.span.utf8Range)
                        if foundTexts != expected || (!aboutListing && foundRanges != ranges) {
                            failures.append(Failure(rule: rule.id, example: example.description, variant: variant,
                                                    expected: expected, found: foundTexts))
                        }
                    }
                }
                for example in rule.examples.noMatch {
                    examples += 1
                    var noMatchVariants = [("as written", example.text, false), ("after an emoji and a combining mark", "😀\u{301} " + example.text, false)]
                    if judgesWholeField { noMatchVariants = Array(noMatchVariants.prefix(1)) }
                    if readsHTML { noMatchVariants.append(("inside an HTML paragraph", Self.htmlVariant(of: example.text).0, true)) }
                    for (variant, text, inDescription) in noMatchVariants {
                        runs += 1
                        let found = try findings(of: rule, in: text, example: example, market: market, day: effectiveDay,
                                                 inDescription: inDescription)
                        if !found.isEmpty {
                            failures.append(Failure(rule: rule.id, example: example.description, variant: variant, expected: [],
                                                    found: found.map { $0.field == .listing ? "(the listing)" : Self.slice(text, $0.span.utf8Range) }))
                        }
                    }
                }
            }
        }
        return Report(rules: rules, examples: examples, runs: runs, failures: failures)
    }

    private func findings(of rule: Rule, in text: String, example: RuleExample, market: Market, day: Day,
                          inDescription: Bool = false) throws -> [Finding] {
        let listing = Self.listing(for: rule, text: text, example: example, field: inDescription ? .description : nil)
        return try engine.check(listing, market: market, on: day).findings
            .filter { $0.rule == rule.id }.sorted { $0.span.utf8Range.lowerBound < $1.span.utf8Range.lowerBound }
    }

    /// A listing that meets the rule's conditions (and carries the example's product data), with
    /// `text` in the first field the rule reads.
    static func listing(for rule: Rule, text: String, example: RuleExample = "", field: ListingField? = nil) -> Listing {
        let attributes = rule.conditions.attributes.compactMapValues(\.first).merging(example.attributes) { _, given in given }
        let category = example.category ?? rule.conditions.categories.first
        switch field ?? rule.fields.first ?? .title {
        case .title: return Listing(id: "example", title: text, category: category, attributes: attributes)
        case .bullets: return Listing(id: "example", bullets: [text], category: category, attributes: attributes)
        case .description: return Listing(id: "example", description: text, category: category, attributes: attributes)
        case .searchTerms: return Listing(id: "example", searchTerms: text, category: category, attributes: attributes)
        }
    }

    /// A market the rule applies in: its own condition, its pack's markets or jurisdiction.
    func market(for rule: Rule, in pack: RulePack) -> Market {
        let candidates = rule.conditions.markets + pack.markets
        for id in candidates { if let market = markets[id] { return market } }
        for jurisdiction in rule.conditions.jurisdictions + (pack.jurisdiction.map { [$0] } ?? []) {
            if let market = markets.values.sorted(by: { $0.id < $1.id }).first(where: { $0.jurisdictions.contains(jurisdiction) }) {
                return market
            }
        }
        return markets["US"] ?? Market(id: candidates.first ?? "US", locales: ["en-US"], scripts: [.latin], jurisdictions: [])
    }

    static func slice(_ text: String, _ range: Range<Int>) -> String {
        String(decoding: Array(text.utf8)[range], as: UTF8.self)
    }
}
