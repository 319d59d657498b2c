import Formats
import Foundation
import Testing
import TextEngine
@testable import Localization

@Suite struct ProductReaderTests {
    static let tee = #"{"sku": "TS-001", "brand": "Acme", "category": "apparel/t-shirts", "type": "t-shirt", "attributes": {"color": "black", "material": "cotton", "size": "M", "small_parts": false, "age_min": 3}, "quantities": {"weight": "180 g", "length": "70 cm"}, "count": 2, "price": "19.99 EUR", "texts": {"en": {"title": "Acme cotton tee"}}}"#

    @Test func readsEveryField() throws {
        let result = ProductReader.read(Data(Self.tee.utf8), source: "p.json")
        #expect(result.problems.isEmpty)
        let product = try #require(result.products.first)
        #expect(product == Product(sku: "TS-001", brand: "Acme", category: "apparel/t-shirts", type: "t-shirt",
                                   attributes: ["color": "black", "material": "cotton", "size": "M", "small_parts": "false", "age_min": "3"],
                                   quantities: ["weight": Quantity(180, .gram), "length": Quantity(70, .centimeter)], count: 2,
                                   price: Price(amount: Decimal(string: "19.99")!, currency: "EUR"), texts: ["en": ["title": "Acme cotton tee"]]))
        #expect(product.family == "apparel")
        #expect(product.features.isEmpty && product.sizeSystem == nil)
    }

    @Test func readsASizeInASystemAndFeatures() throws {
        let line = #"{"sku": "SN-1", "category": "footwear/sneakers", "attributes": {"size": {"system": "eu", "value": 42}}, "features": ["waterproof", {"en": "Padded collar", "de": "Gepolsterter Schaft"}]}"#
        let result = ProductReader.read(Data(line.utf8), source: "p.json")
        #expect(result.problems.isEmpty)
        let product = try #require(result.products.first)
        #expect(product.attributes["size"] == "42" && product.sizeSystem == "EU")
        #expect(product.features == [.term("waterproof"), .text(["en": "Padded collar", "de": "Gepolsterter Schaft"])])
    }

    @Test func aBrokenProductIsReportedAndTheOthersAreRead() {
        let lines = [
            Self.tee,
            #"{"sku": "B-1", "category": "home/drinkware", "quantities": {"capacity": "750 millilitres"}}"#,
            #"{"sku": "B-2", "category": "home/drinkware", "count": 0}"#,
            #"{"sku": "B-3", "category": "home", "price": "19,99 EUR"}"#,
            #"{"sku": "B-4", "category": "home", "colour": "red"}"#,
            #"{"category": "home"}"#,
            "not json",
            #"{"sku": "B-5", "category": "home/drinkware", "quantities": {"capacity": "16 fl oz"}}"#,
            #"{"sku": "B-6", "category": "footwear", "attributes": {"size": {"system": "EU"}}}"#,
            #"{"sku": "B-7", "category": "home", "features": [{"en": ""}]}"#,
            #"{"sku": "B-8", "category": "home", "features": "Soft"}"#,
        ].joined(separator: "\n")
        let result = ProductReader.read(Data(lines.utf8), source: "p.jsonl")
        #expect(result.products.map(\.sku) == ["TS-001", "B-5"])
        #expect(result.products.last?.quantities["capacity"] == Quantity(16, .fluidOunce))
        #expect(result.problems.map(\.description) == [
            "p.jsonl:2: product 'B-1': quantity 'capacity' must be a number and a unit such as \"750 ml\" or \"12 in\"",
            "p.jsonl:3: product 'B-2': field 'count' must be a whole number of at least 1",
            "p.jsonl:4: product 'B-3': field 'price' must be an amount and an ISO 4217 code, e.g. \"19.99 EUR\"",
            "p.jsonl:5: unknown field 'colour' (known: attributes, brand, category, count, features, price, quantities, sku, texts, type)",
            "p.jsonl:6: field 'sku' is required",
            "p.jsonl:7: not valid JSON: Invalid value around character 1.",
            "p.jsonl:9: product 'B-6': attribute 'size' must be a string or {\"system\": \"EU\", \"value\": \"42\"}",
            "p.jsonl:10: product 'B-7': features[0] must be a glossary term (\"waterproof\") or texts by language ({\"en\": \"Soft organic cotton\"})",
            "p.jsonl:11: product 'B-8': field 'features' must be a list of glossary terms and texts by language",
        ])
    }

    @Test(arguments: [
        ("750 ml", Quantity(750, .milliliter)), ("12 in", Quantity(12, .inch)), ("1.5 kg", Quantity(1.5, .kilogram)),
        ("16 fl oz", Quantity(16, .fluidOunce)), ("-20 °C", Quantity(-20, .celsius)), ("2 lbs", Quantity(2, .pound)),
    ])
    func quantities(text: String, expected: Quantity) {
        #expect(QuantityText.parse(text) == expected)
    }

    @Test(arguments: ["750", "ml", "1.2.3 kg", "5 parsecs", "--3 cm", "3-4 cm"])
    func notQuantities(text: String) {
        #expect(QuantityText.parse(text) == nil)
    }
}
