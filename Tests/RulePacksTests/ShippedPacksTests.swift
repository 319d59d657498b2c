import ComplianceCore
import Foundation
import TextEngine
import Testing
@testable import RulePacks

/// Every pack under `rules/` loads, and every example of every rule gives its marked span, in
/// all variants (what `clearance rules test` runs).
@Suite struct ShippedPacksTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func yamlFiles(_ folder: String) throws -> [URL] {
        let base = root.appendingPathComponent(folder)
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "yaml" { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    @Test func everyExampleOfEveryShippedRulePasses() throws {
        let packs = try Self.yamlFiles("rules").map { url in
            try RulePackLoader.load(yaml: String(decoding: try Data(contentsOf: url), as: UTF8.self), file: url.path)
        }
        #expect(packs.count >= 7)
        let markets = try Self.yamlFiles("locales/markets").map { url in
            try MarketLoader.load(yaml: String(decoding: try Data(contentsOf: url), as: UTF8.self), file: url.path)
        }
        #expect(markets.count >= 20)
        let report = try ExampleRunner(engine: try Engine(packs: packs), markets: markets).run(on: Day("2026-11-30")!)
        #expect(report.failures.isEmpty, "\(report.failures.map(\.description).joined(separator: "\n"))")
        #expect(report.examples >= 40)
    }

    /// The markets issue 5 names, each with a currency ICU knows and a unit system.
    @Test func theShippedMarketsCoverTheTargetMarkets() throws {
        let markets = try Self.yamlFiles("locales/markets").map { url in
            try MarketLoader.load(yaml: String(decoding: try Data(contentsOf: url), as: UTF8.self), file: url.path)
        }
        let ids = Set(markets.map(\.id))
        for id in ["US", "CA", "CA-QC", "MX", "BR", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "IT", "ES", "PL", "SE", "JP",
                   "KR", "CN", "TW", "SG", "AU", "IN", "AE", "SA"] {
            #expect(ids.contains(id), "market \(id)")
        }
        for market in markets {
            #expect(market.name != market.id && market.currency != nil && market.unitSystem != nil, "\(market.id)")
            let price = try ICUNumberFormat.currency(market.currency ?? "", locale: market.locales[0]).format(12.5)
            #expect(price.contains("12") || price.contains("١٢"), "\(market.id): \(price)")
        }
        #expect(markets.first { $0.id == "US" }?.unitSystem == .us)
    }

    /// Every market states sizes in one system; those with their own column use it.
    @Test func everyShippedMarketHasASizeSystem() throws {
        let markets = Dictionary(uniqueKeysWithValues: try Self.yamlFiles("locales/markets").map { url in
            let market = try MarketLoader.load(yaml: String(decoding: try Data(contentsOf: url), as: UTF8.self), file: url.path)
            return (market.id, market)
        })
        #expect(markets.count == 27 && markets.values.allSatisfy { $0.sizeSystem != nil })
        let own: [String: SizeSystem] = ["US": .us, "CA": .us, "GB": .uk, "IE": .uk, "DE": .eu, "FR": .eu, "IT": .eu, "ES": .eu, "PL": .eu,
                                         "SE": .eu, "JP": .jp, "KR": .kr, "CN": .cn]
        for (id, system) in own { #expect(markets[id]?.sizeSystem == system, "\(id)") }
    }

    @Test func marketFilesAreChecked() throws {
        let base = "version: 1\nmarket:\n  id: XX\n  locales: [en-XX]\n  scripts: [Latn]\n  jurisdictions: [XX]\n"
        #expect(try MarketLoader.load(yaml: base + "  name: Example\n  currency: EUR\n  unit_system: uk\n", file: "x.yaml")
            == Market(id: "XX", name: "Example", locales: ["en-XX"], scripts: [.latin], jurisdictions: ["XX"], currency: "EUR", unitSystem: .uk))
        #expect(throws: RulePackError.self) { try MarketLoader.load(yaml: base + "  currency: euro\n", file: "x.yaml") }
        do {
            _ = try MarketLoader.load(yaml: base + "  unit_system: imperial\n", file: "x.yaml")
            Issue.record("an unknown unit system loaded")
        } catch let error as RulePackError {
            #expect(error.description == "x.yaml:7:16: unit_system 'imperial' is not one of: metric, us, uk")
        }
        #expect(try MarketLoader.load(yaml: base + "  size_system: JP\n", file: "x.yaml").sizeSystem == .jp)
        let error = #expect(throws: RulePackError.self) { try MarketLoader.load(yaml: base + "  size_system: eu\n", file: "x.yaml") }
        #expect(error?.description == "x.yaml:7:16: size_system 'eu' is not one of: EU, US, UK, JP, CN, KR", "systems are written in capitals")
        // Required languages: locales of the market, the first one when not given.
        #expect(try MarketLoader.load(yaml: base, file: "x.yaml").requiredLocales == ["en-XX"])
        let two = base.replacingOccurrences(of: "[en-XX]", with: "[en-XX, fr-XX]")
        #expect(try MarketLoader.load(yaml: two + "  required_languages: [fr-XX, en-XX]\n", file: "x.yaml").requiredLocales == ["fr-XX", "en-XX"])
        let stray = #expect(throws: RulePackError.self) { try MarketLoader.load(yaml: two + "  required_languages: [de-XX]\n", file: "x.yaml") }
        #expect(stray?.description == "x.yaml:7:23: required language 'de-XX' is not one of the market's locales (en-XX, fr-XX)")
        #expect(throws: RulePackError.self) { try MarketLoader.load(yaml: two + "  required_languages: []\n", file: "x.yaml") }
        #expect(try MarketLoader.load(yaml: base + "  price_step: \"0.05\"\n", file: "x.yaml").priceStep == "0.05")
        for bad in ["0", "-1", "0,05", "abc", "1."] {
            #expect(throws: RulePackError.self, "\(bad)") { try MarketLoader.load(yaml: base + "  price_step: \"\(bad)\"\n", file: "x.yaml") }
        }
    }

    /// Markets with more than one language of commerce make a listing in each.
    @Test func bilingualMarketsRequireTheirLanguages() throws {
        let markets = Dictionary(uniqueKeysWithValues: try Self.yamlFiles("locales/markets").map { url in
            let market = try MarketLoader.load(yaml: String(decoding: try Data(contentsOf: url), as: UTF8.self), file: url.path)
            return (market.id, market.requiredLocales)
        })
        #expect(markets["CA-QC"] == ["fr-CA"] && markets["CA"] == ["en-CA", "fr-CA"] && markets["BE"] == ["nl-BE", "fr-BE"])
        #expect(markets["FR"] == ["fr-FR"] && markets["JP"] == ["ja-JP"])
    }

    static func shipped() throws -> (Engine, [String: Market], [RulePack]) {
        let packs = try yamlFiles("rules").map { url in
            try RulePackLoader.load(yaml: String(decoding: try Data(contentsOf: url), as: UTF8.self), file: url.path)
        }
        let markets = try yamlFiles("locales/markets").map { url in
            try MarketLoader.load(yaml: String(decoding: try Data(contentsOf: url), as: UTF8.self), file: url.path)
        }
        // As `check` runs without a marketplace selected: marketplace packs do not apply.
        return (try Engine(packs: packs.filter { $0.marketplace == nil }), Dictionary(uniqueKeysWithValues: markets.map { ($0.id, $0) }), packs)
    }

    @Test func theShippedMarksCoverEnoughMarksInTheScriptsBuyersUse() throws {
        let (_, _, packs) = try Self.shipped()
        let marks = try #require(packs.first { $0.id == "trademarks-marks" })
        var keys = 0
        var scripts: Set<String> = []
        for rule in marks.rules {
            #expect(rule.category == .trademark && rule.severity == .block)
            guard case let .terms(check) = rule.check else { Issue.record("\(rule.id) is not a terms rule"); continue }
            keys += check.terms.count
            for term in check.terms.values.joined() {
                for scalar in term.unicodeScalars {
                    switch scalar.value {
                    case 0x41...0x7A: scripts.insert("Latin")
                    case 0x0400...0x04FF: scripts.insert("Cyrillic")
                    case 0x0600...0x06FF: scripts.insert("Arabic")
                    case 0x3040...0x30FF: scripts.insert("Kana")
                    case 0x4E00...0x9FFF: scripts.insert("Han")
                    case 0xAC00...0xD7AF: scripts.insert("Hangul")
                    default: break
                    }
                }
            }
        }
        #expect(keys >= 300)
        #expect(scripts == ["Latin", "Cyrillic", "Arabic", "Kana", "Han", "Hangul"])
    }

    @Test(arguments: [
        // The issue's case: a Cyrillic і does not hide the Nike mark.
        ("US", "Nіke running shoes", nil, "block", ["trademark/marks/sportswear"]),
        ("CN", "耐克运动鞋", nil, "block", ["trademark/marks/sportswear"]),
        ("US", "Replica Rolex Submariner", nil, "block", ["counterfeit/signals/explicit", "trademark/marks/watches-jewelry"]),
        ("US", "Case compatible with iPhone 15", "electronics/accessories", "review", ["trademark/marks/electronics"]),
        ("JP", "iPhone 15 対応 ケース", "electronics/accessories", "review", ["trademark/marks/electronics"]),
        ("US", "Sneakers for Nike fans", "shoes/running", "block", ["trademark/marks/sportswear"]),
        ("US", "AAA batteries, 24 pack", nil, "pass", []),
        ("US", "1:1 scale model of a rocket engine", nil, "pass", []),
        ("US", "Copy paper, A4, 500 sheets", nil, "pass", []),
        ("US", "Polo shirt, cotton piqué", nil, "pass", []),
        ("US", "Omega-3 fish oil capsules", nil, "pass", []),
        ("US", "Nikon lens cap", nil, "block", ["trademark/marks/electronics"]),
        ("CN", "三星堆博物馆纪念品", nil, "pass", []),
        ("JP", "ワンピース 夏 レディース", nil, "pass", []),
        ("US", "Replica of a Roman coin", nil, "review", ["counterfeit/signals/explicit"]),
    ] as [(String, String, String?, String, [String])])
    func shippedMarksAndSignals(market: String, title: String, category: String?, decision: String, rules: [String]) throws {
        let (engine, markets, _) = try Self.shipped()
        let result = try engine.check(Listing(id: "l", title: title, category: category), market: try #require(markets[market]),
                                      on: Day("2026-11-30")!)
        #expect(result.decision.rawValue == decision, "\(result.findings.map(\.explanation))")
        #expect(Set(result.findings.filter { $0.severity != .info }.map(\.rule)) == Set(rules))
    }
}
