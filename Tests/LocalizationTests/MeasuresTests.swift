import ComplianceCore
import Testing
import TextEngine
@testable import Localization

@Suite struct MeasuresTests {
    @Test(arguments: [
        (Quantity(30, .centimeter), UnitSystem.us, "en-US", "11.8 in (30 cm)"),
        (Quantity(350, .gram), .us, "en-US", "12.3 oz (350 g)"),
        (Quantity(1.5, .kilogram), .us, "en-US", "3.31 lb (1.5 kg)"),
        (Quantity(750, .milliliter), .us, "en-US", "25.4 fl oz (750 mL)"),
        (Quantity(12, .inch), .us, "en-US", "12 in (30.5 cm)"),
        (Quantity(30, .centimeter), .metric, "de-DE", "30 cm"),
        (Quantity(1.5, .kilogram), .metric, "fr-FR", "1,5\u{202F}kg"),   // French: a narrow no-break space
        (Quantity(12, .inch), .metric, "de-DE", "30,5 cm"),
        (Quantity(2, .pound), .uk, "en-GB", "907 g"),
        (Quantity(750, .milliliter), .metric, "ja-JP", "750 ml"),
        (Quantity(1500, .milliliter), .metric, "de-DE", "1,5 l"),
    ])
    func statesQuantitiesAsTheMarketDoes(quantity: Quantity, system: UnitSystem, locale: String, expected: String) throws {
        #expect(try Measures.display(quantity, system: system, locale: locale) == expected)
    }

    @Test func usesTheMarketsSystemAndLocale() throws {
        let us = Market(id: "US", locales: ["en-US"], scripts: [.latin], jurisdictions: ["US"], currency: "USD", unitSystem: .us)
        let fr = Market(id: "FR", locales: ["fr-FR"], scripts: [.latin], jurisdictions: ["EU", "FR"], currency: "EUR", unitSystem: .metric)
        #expect(try Measures.display(Quantity(250, .gram), in: us) == "8.8 oz (250 g)")
        #expect(try Measures.display(Quantity(8.8, .ounce), in: fr) == "249\u{202F}g")
        #expect(try Measures.display(Quantity(250, .gram), system: .us, locale: "en-US", withMetric: false) == "8.8 oz")
    }
}
