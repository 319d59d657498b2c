import ComplianceCore
import Testing
@testable import RulePacks

@Suite struct ConfigurationTests {
    static let yaml = """
    version: 1
    rules: [rules, company-rules]
    packs: [brands, claims]
    markets: locales/markets
    disable: [claims/old]
    severity: {claims/new: warn}
    authorized_brands: [ACME, ｃｏｎｔｏｓｏ]
    trademarks: marks.tsv
    baseline: accepted.json
    fail_on: warn
    messages: market
    colour: red

    """

    @Test func loadsEveryKeyAndWarnsAboutUnknownOnes() throws {
        let (config, warnings) = try Configuration.load(yaml: Self.yaml, file: ".clearance.yml")
        #expect(config.ruleFolders == ["rules", "company-rules"])
        #expect(config.packs == ["brands", "claims"])
        #expect(config.markets == "locales/markets")
        #expect(config.disabledRules == ["claims/old"])
        #expect(config.severities == ["claims/new": .warn])
        #expect(config.authorizedBrands == ["ACME", "ｃｏｎｔｏｓｏ"])
        #expect(config.trademarks == "marks.tsv" && config.baseline == "accepted.json" && config.failOn == .warn)
        #expect(warnings.count == 1)
        #expect(config.messages == "market")
        #expect(warnings.first?.hasPrefix(".clearance.yml:12:1: unknown key 'colour' ignored") == true)
        // A single folder may be written as a string.
        #expect(try Configuration.load(yaml: "version: 1\nrules: mine\n", file: "c").0.ruleFolders == ["mine"])
    }

    @Test(arguments: [
        ("rules: [a]\n", "c.yml:1:1: a configuration needs 'version: 1'"),
        ("version: 2\n", "c.yml:1:10: configuration version 2 is not supported"),
        ("version: 1\nseverity: {a: fatal}\n", "c.yml:2:15: severity of 'a' 'fatal' is not one of: info, warn, block"),
        ("version: 1\nfail_on: [warn]\n", "c.yml:2:10: fail_on must be a string"),
        ("version: 1\nmessages: klingon!\n", "c.yml:2:11: messages 'klingon!' is not en, market or a language code such as de or zh"),
        ("version: 1\ndisable: x\n", "c.yml:2:10: disable must be a list of strings"),
        ("- a\n", "c.yml:1:1: a configuration must be a mapping"),
    ])
    func brokenConfigurationsNameTheirPlace(yaml: String, expected: String) {
        do {
            _ = try Configuration.load(yaml: yaml, file: "c.yml")
            Issue.record("loaded instead of failing with \(expected)")
        } catch let error as RulePackError {
            #expect(error.description.hasPrefix(expected), "got: \(error.description)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    static func rule(_ id: String, _ category: FindingCategory, terms: [String]) -> Rule {
        Rule(id: id, category: category, severity: .block, fields: [.title], conditions: RuleConditions(),
             check: .terms(TermsCheck(terms: ["*": terms], allow: [], boundary: .auto)), message: ["en": "m"],
             citation: Citation(law: "l"), fix: nil, from: nil, until: nil, examples: RuleExamples(match: [], noMatch: []))
    }

    static func pack(_ id: String, _ rules: [Rule]) -> RulePack {
        RulePack(id: id, name: id, version: "1", jurisdiction: nil, markets: [], languages: [], rules: rules, source: "\(id).yaml")
    }

    @Test func applyingSelectsPacksDisablesRulesOverridesSeverityAndAuthorizesBrands() throws {
        let (config, _) = try Configuration.load(yaml: Self.yaml, file: ".clearance.yml")
        let watch = try TrademarkWatchList.pack(text: "Contoso\tKontoso\nFabrikam\n", file: "marks.tsv")
        let packs = [
            Self.pack("brands", [Self.rule("brands/marks", .trademark, terms: ["Acme", "acme", "Globex"]),
                                 Self.rule("brands/only-acme", .trademark, terms: ["Ａｃｍｅ"])]),
            Self.pack("claims", [Self.rule("claims/old", .regulatory, terms: ["x"]),
                                 Self.rule("claims/new", .regulatory, terms: ["acme"])]),
            Self.pack("other", [Self.rule("other/r", .regulatory, terms: ["y"])]),
        ]
        var selected = config
        selected.packs = []
        let (all, warnings) = try selected.apply(to: packs + [watch])
        #expect(warnings.isEmpty)
        #expect(all.map(\.id) == ["brands", "claims", "other", TrademarkWatchList.packID])
        // Authorized marks leave trademark rules (any case or width), not regulatory ones.
        #expect(all[0].rules.map(\.id) == ["brands/marks"])
        #expect(all[0].rules[0].check == .terms(TermsCheck(terms: ["*": ["Globex"]], allow: [], boundary: .auto)))
        #expect(all[1].rules.map(\.id) == ["claims/new"])
        #expect(all[1].rules[0].severity == .warn)
        #expect(all[1].rules[0].check == packs[1].rules[1].check)
        // A watch-list entry whose mark is authorized goes with its aliases.
        #expect(all[3].rules.count == 1)

        // A mark keying a terms mapping leaves with its aliases (Nike: [Nike, 耐克, ナイキ]).
        let marks = Self.pack("marks", [Rule(
            id: "marks/sportswear", category: .trademark, severity: .block, fields: [.title], conditions: RuleConditions(),
            check: .terms(TermsCheck(terms: ["Acme": ["Acme", "艾克米"], "Globex": ["Globex", "格洛贝"]], allow: ["x"], boundary: .auto,
                                     nominative: NominativeUse(phrases: ["for"], categories: ["a"], severity: .warn))),
            message: ["en": "m"], citation: Citation(law: "l"), fix: nil, from: nil, until: nil, examples: RuleExamples(match: [], noMatch: []))])
        let (kept, _) = try selected.apply(to: [marks])
        #expect(kept[0].rules[0].check == .terms(TermsCheck(terms: ["Globex": ["Globex", "格洛贝"]], allow: ["x"], boundary: .auto,
                                                            nominative: NominativeUse(phrases: ["for"], categories: ["a"], severity: .warn))))

        let (chosen, _) = try config.apply(to: packs)
        #expect(chosen.map(\.id) == ["brands", "claims"])
        var unknown = config
        unknown.packs = ["brands", "nope"]
        #expect(throws: RulePackError.self) { try unknown.apply(to: packs) }
        var typo = config
        typo.disabledRules = ["claims/olde"]
        #expect(try typo.apply(to: packs).warnings == [".clearance.yml: disable names 'claims/olde', which no loaded rule has"])
    }

    @Test func marketplacePacksApplyOnlyWhenSelected() throws {
        let (config, warnings) = try Configuration.load(yaml: "version: 1\nmarketplaces: [amazon]\npacks: [law, ebay]\n", file: "c.yml")
        #expect(warnings.isEmpty)
        #expect(config.marketplaces == ["amazon"])
        func pack(_ id: String, _ marketplace: String?) -> RulePack {
            RulePack(id: id, name: id, version: "1", jurisdiction: nil, markets: [], languages: [], marketplace: marketplace,
                     rules: [Self.rule("\(id)/r", .marketplace, terms: ["x"])], source: "\(id).yaml")
        }
        let packs = [pack("law", nil), pack("amazon", "amazon"), pack("ebay", "ebay")]
        // The file's selection: a marketplace pack named in `packs` but not selected is a warning.
        var all = config
        all.packs = []
        #expect(try all.apply(to: packs).0.map(\.id) == ["law", "amazon"])
        let (named, namedWarnings) = try config.apply(to: packs)
        #expect(named.map(\.id) == ["law"])
        #expect(namedWarnings == ["c.yml: packs names 'ebay', a pack for marketplace 'ebay', which is not selected: it is not applied"])
        // The caller's selection (the command line) wins over the file's.
        #expect(try all.apply(to: packs, marketplaces: ["ebay"]).0.map(\.id) == ["law", "ebay"])
        #expect(try all.apply(to: packs, marketplaces: []).0.map(\.id) == ["law"])
        #expect(try Configuration(source: "none").apply(to: packs).0.map(\.id) == ["law"])
        // An unknown name is an error naming it and the known ones.
        var typo = all
        typo.marketplaces = ["amazn"]
        #expect(throws: RulePackError(file: "c.yml", line: 0, column: 0,
                                      message: "marketplaces: unknown marketplace 'amazn' (known: amazon, ebay)")) { try typo.apply(to: packs) }
        #expect(throws: UnknownMarketplace(name: "etsy", known: ["amazon", "ebay"])) { try MarketplaceSelection(["etsy"], packs: packs) }
        #expect(try MarketplaceSelection([], packs: packs).includes(packs[0]))
        #expect(try !MarketplaceSelection([], packs: packs).includes(packs[1]))
    }

    @Test func aPackManifestNamesItsMarketplace() throws {
        let yaml = """
        version: 1
        pack: {id: m, name: m, version: '1', marketplace: %@}
        rules:
          - id: m/r
            category: marketplace
            severity: warn
            check: {kind: terms, terms: [x]}
            message: m
            citation: {law: l}
            examples: {match: ['⟦x⟧']}

        """
        #expect(try RulePackLoader.load(yaml: yaml.replacingOccurrences(of: "%@", with: "amazon"), file: "m.yaml").marketplace == "amazon")
        #expect(try RulePackLoader.load(yaml: yaml.replacingOccurrences(of: ", marketplace: %@", with: ""), file: "m.yaml").marketplace == nil)
        #expect(throws: RulePackError.self) { try RulePackLoader.load(yaml: yaml.replacingOccurrences(of: "%@", with: "Amazon.de"), file: "m.yaml") }
    }
}
