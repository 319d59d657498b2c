import Foundation
import Localization
import TextEngine

/// Reads products from JSON (an object, an array of objects) or JSON Lines. A product that
/// cannot be read is reported with its line or position and the field at fault; the others are
/// still read.
public enum ProductReader {
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public let source: String
        /// 1-based line for JSON Lines, 0 otherwise.
        public let line: Int
        /// The position in a JSON array, when the input was one.
        public let index: Int?
        public let message: String

        public var description: String {
            if line > 0 { return "\(source):\(line): \(message)" }
            if let index { return "\(source): product \(index + 1): \(message)" }
            return "\(source): \(message)"
        }
    }

    public struct Result: Sendable {
        public var products: [Product] = []
        public var problems: [Problem] = []
    }

    static let keys: Set<String> = ["sku", "brand", "category", "type", "attributes", "quantities", "count", "price", "texts", "features"]

    public static func read(_ data: Data, source: String) -> Result {
        var result = Result()
        for item in JSONInput.items(data) {
            switch item.value {
            case let .success(value): add(value, source: source, line: item.line, index: item.index, to: &result)
            case let .failure(invalid): result.problems.append(Problem(source: source, line: item.line, index: nil, message: invalid.message))
            }
        }
        return result
    }

    private static func add(_ item: Any, source: String, line: Int, index: Int?, to result: inout Result) {
        do {
            result.products.append(try product(item))
        } catch let message as FieldProblem {
            result.problems.append(Problem(source: source, line: line, index: index, message: message.text))
        } catch {
            result.problems.append(Problem(source: source, line: line, index: index, message: "\(error)"))
        }
    }

    struct FieldProblem: Error { let text: String }

    /// A product from a decoded JSON object.
    static func product(_ item: Any) throws -> Product {
        guard let object = item as? [String: Any] else { throw FieldProblem(text: "a product must be a JSON object") }
        if let unknown = object.keys.sorted().first(where: { !keys.contains($0) }) {
            throw FieldProblem(text: "unknown field '\(unknown)' (known: \(keys.sorted().joined(separator: ", ")))")
        }
        func string(_ key: String) throws -> String? {
            guard let value = object[key], !(value is NSNull) else { return nil }
            guard let text = value as? String, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw FieldProblem(text: "field '\(key)' must be a non-empty string")
            }
            return text
        }
        guard let sku = try string("sku") else { throw FieldProblem(text: "field 'sku' is required") }
        guard let category = try string("category") else { throw FieldProblem(text: "product '\(sku)': field 'category' is required") }
        var attributes: [String: String] = [:]
        var sizeSystem: String?
        if let value = object["attributes"], !(value is NSNull) {
            guard let map = value as? [String: Any] else { throw FieldProblem(text: "product '\(sku)': field 'attributes' must be an object") }
            for (name, value) in map {
                switch value {
                case let text as String: attributes[name] = text
                case let sized as [String: Any] where name == "size":
                    // {"system": "EU", "value": "42"}: a size in a named system.
                    guard Set(sized.keys) == ["system", "value"], let system = sized["system"] as? String, !system.isEmpty,
                          let size = (sized["value"] as? String) ?? (sized["value"] as? NSNumber)?.stringValue, !size.isEmpty else {
                        throw FieldProblem(text: "product '\(sku)': attribute 'size' must be a string or {\"system\": \"EU\", \"value\": \"42\"}")
                    }
                    attributes[name] = size
                    sizeSystem = system.uppercased()
                case let number as NSNumber where String(cString: number.objCType) == "c": attributes[name] = number.boolValue ? "true" : "false"
                case let number as NSNumber: attributes[name] = number.stringValue
                default: throw FieldProblem(text: "product '\(sku)': attribute '\(name)' must be a string, number or boolean")
                }
            }
        }
        var quantities: [String: Quantity] = [:]
        if let value = object["quantities"], !(value is NSNull) {
            guard let map = value as? [String: Any] else { throw FieldProblem(text: "product '\(sku)': field 'quantities' must be an object") }
            for (name, value) in map {
                guard let text = value as? String, let quantity = QuantityText.parse(text) else {
                    throw FieldProblem(text: "product '\(sku)': quantity '\(name)' must be a number and a unit such as \"750 ml\" or \"12 in\"")
                }
                quantities[name] = quantity
            }
        }
        var count = 1
        if let value = object["count"], !(value is NSNull) {
            guard let number = value as? NSNumber, String(cString: number.objCType) != "c", number.doubleValue == number.doubleValue.rounded(),
                  number.intValue >= 1 else {
                throw FieldProblem(text: "product '\(sku)': field 'count' must be a whole number of at least 1")
            }
            count = number.intValue
        }
        var price: Price?
        if let text = try string("price") {
            guard let parsed = Price(text) else { throw FieldProblem(text: "product '\(sku)': field 'price' must be an amount and an ISO 4217 code, e.g. \"19.99 EUR\"") }
            price = parsed
        }
        var texts: [String: [String: String]] = [:]
        if let value = object["texts"], !(value is NSNull) {
            guard let map = value as? [String: Any] else { throw FieldProblem(text: "product '\(sku)': field 'texts' must map languages to texts") }
            for (language, fields) in map {
                guard let fields = fields as? [String: String] else {
                    throw FieldProblem(text: "product '\(sku)': texts.\(language) must map fields (title, description) to strings")
                }
                texts[language] = fields
            }
        }
        var features: [Feature] = []
        if let value = object["features"], !(value is NSNull) {
            guard let list = value as? [Any] else {
                throw FieldProblem(text: "product '\(sku)': field 'features' must be a list of glossary terms and texts by language")
            }
            for (index, item) in list.enumerated() {
                if let term = item as? String, !term.trimmingCharacters(in: .whitespaces).isEmpty {
                    features.append(.term(term))
                    continue
                }
                guard let texts = item as? [String: String], !texts.isEmpty,
                      texts.values.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
                    throw FieldProblem(text: "product '\(sku)': features[\(index)] must be a glossary term (\"waterproof\") or texts by language ({\"en\": \"Soft organic cotton\"})")
                }
                features.append(.text(texts))
            }
        }
        return Product(sku: sku, brand: try string("brand"), category: category, type: try string("type"), attributes: attributes,
                       quantities: quantities, count: count, price: price, texts: texts, features: features, sizeSystem: sizeSystem)
    }
}
