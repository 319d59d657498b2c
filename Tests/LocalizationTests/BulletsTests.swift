import ComplianceCore
import Foundation
import RulePacks
import Testing
import TextEngine
@testable import Localization

@Suite struct BulletsTests {
    static let templates: BulletTemplates = {
        let url = TitleComposerTests.root.appendingPathComponent("locales/templates/bullets.yaml")
        return try! BulletTemplatesLoader.load(yaml: String(decoding: try! Data(contentsOf: url), as: UTF8.self), file: url.path)
    }()

    static func market(_ id: String, _ locale: String, _ system: UnitSystem) -> Market {
        Market(id: id, locales: [locale], scripts: [.latin], jurisdictions: [id], currency: "EUR", unitSystem: system)
    }

    static let mat = Product(sku: "YM", brand: "Flowfit", category: "sports/yoga", type: "yoga mat",
                             attributes: ["color": "purple", "material": "teal-ish"], quantities: ["length": Quantity(183, .centimeter)])

    @Test func statesAttributesAndQuantitiesInTheMarketsWay() throws {
        let composer = TitleComposerTests.composer
        let us = try composer.bullets(of: Self.mat, market: Self.market("US", "en-US", .us), templates: Self.templates)
        #expect(us.lines == ["Material: Teal-ish", "Color: Purple", "Length: 72 in (183 cm)"] && us.missing.isEmpty)
        let fr = try composer.bullets(of: Self.mat, market: Self.market("FR", "fr-FR", .metric), templates: Self.templates)
        #expect(fr.lines == ["Couleur\u{202F}: Violet", "Longueur\u{202F}: 183\u{202F}cm"], "narrow no-break spaces, as French and ICU write them")
        #expect(fr.missing == [MissingTranslation(attribute: "material", value: "teal-ish", language: "fr")])
        let jp = try composer.bullets(of: Self.mat, market: Self.market("JP", "ja-JP", .metric), templates: Self.templates)
        #expect(jp.lines == ["カラー：パープル", "長さ：183 cm"])
    }

    @Test func aBrokenBulletsFileDoesNotLoad() {
        let labels = "{material: M, color: C, pattern: P, fit: F, size: S, pieces: P, capacity: C, weight: W, length: L, contents: N}"
        let good = "version: 1\nbullets:\n" + ListingLanguages.all.map {
            "  \($0): {format: \"{label}: {value}\", size: \"{size_system} {size}\", labels: \(labels)}\n"
        }.joined()
        #expect(throws: Never.self) { try BulletTemplatesLoader.load(yaml: good, file: "b.yaml") }
        let noValue = good.replacingOccurrences(of: "  sv: {format: \"{label}: {value}\"", with: "  sv: {format: \"{label}\"")
        #expect(throws: RulePackError.self) { try BulletTemplatesLoader.load(yaml: noValue, file: "b.yaml") }
        let noLabel = good.replacingOccurrences(of: "  ko: {format: \"{label}: {value}\", size: \"{size_system} {size}\", labels: \(labels)}",
                                                with: "  ko: {format: \"{label}: {value}\", size: \"{size}\", labels: {material: M}}")
        #expect(noLabel != good)
        #expect(throws: RulePackError.self) { try BulletTemplatesLoader.load(yaml: noLabel, file: "b.yaml") }
        let unclosed = good.replacingOccurrences(of: "  it: {format: \"{label}: {value}\"", with: "  it: {format: \"{label}: {value\"")
        let noSize = good.replacingOccurrences(of: "  de: {format: \"{label}: {value}\", size: \"{size_system} {size}\"",
                                               with: "  de: {format: \"{label}: {value}\", size: \"{size_system} {größe}\"")
        let sizeError = #expect(throws: RulePackError.self) { try BulletTemplatesLoader.load(yaml: noSize, file: "b.yaml") }
        #expect(sizeError?.description.hasPrefix("b.yaml:4:") == true && sizeError?.description.contains("bullets.de.size must use {size}") == true,
                "\(String(describing: sizeError))")
        let error = #expect(throws: RulePackError.self) { try BulletTemplatesLoader.load(yaml: unclosed, file: "b.yaml") }
        #expect(error?.description.hasPrefix("b.yaml:") == true && error?.description.contains("bullets.it.format '{label}: {value' is not valid ICU MessageFormat") == true)
    }
}
