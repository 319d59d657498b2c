import ComplianceCore
import Foundation

/// A listing that could not be read, with where it was.
public struct ListingInputError: Error, Equatable, Sendable, CustomStringConvertible {
    public let source: String
    /// 1-based line (JSONL, the line a CSV record or feed item starts on) or 0.
    public let line: Int
    /// 1-based column when the input names one (a feed that is not well-formed XML), or 0.
    public let column: Int
    /// The position in a JSON array, when the input was one.
    public let index: Int?
    public let message: String

    public init(source: String, line: Int, column: Int = 0, index: Int? = nil, message: String) {
        self.source = source
        self.line = line
        self.column = column
        self.index = index
        self.message = message
    }

    public var description: String {
        if line > 0, column > 0 { return "\(source):\(line):\(column): \(message)" }
        if line > 0 { return "\(source):\(line): \(message)" }
        if let index { return "\(source): listing \(index): \(message)" }
        return "\(source): \(message)"
    }
}

/// Reads listings in the shape of DESIGN section 8 from JSON (an object or an array of them)
/// or JSONL (one object a line). A listing that cannot be read is reported and the others are
/// still read.
public enum ListingReader {
    public struct Result {
        public var listings: [Listing] = []
        public var errors: [ListingInputError] = []
    }

    /// Reads `data` from `source`.
    public static func read(_ data: Data, source: String) -> Result {
        var result = Result()
        for item in JSONInput.items(data) {
            switch item.value {
            case let .success(value):
                let fallbackID = item.index.map { "listing-\($0 + 1)" } ?? (item.line > 0 ? "line-\(item.line)" : "listing-1")
                append(value, source: source, line: item.line, index: item.index, fallbackID: fallbackID, to: &result)
            case let .failure(invalid):
                result.errors.append(ListingInputError(source: source, line: item.line, index: nil, message: invalid.message))
            }
        }
        return result
    }

    private static func append(_ item: Any, source: String, line: Int, index: Int?, fallbackID: String, to result: inout Result) {
        do {
            var read = try listing(item, fallbackID: fallbackID)
            read.origin = ListingOrigin(source: source, line: line)
            result.listings.append(read)
        } catch let message as FieldProblem {
            result.errors.append(ListingInputError(source: source, line: line, index: index, message: message.text))
        } catch {
            result.errors.append(ListingInputError(source: source, line: line, index: index, message: "\(error)"))
        }
    }

    struct FieldProblem: Error { let text: String }

    /// A listing from a decoded JSON object.
    static func listing(_ item: Any, fallbackID: String) throws -> Listing {
        guard let object = item as? [String: Any] else { throw FieldProblem(text: "a listing must be a JSON object") }
        func string(_ key: String) throws -> String? {
            guard let value = object[key], !(value is NSNull) else { return nil }
            if let text = value as? String { return text }
            throw FieldProblem(text: "field '\(key)' must be a string")
        }
        let id: String
        switch object["id"] {
        case let text as String: id = text
        case let number as NSNumber: id = number.stringValue
        case nil, is NSNull: id = fallbackID
        default: throw FieldProblem(text: "field 'id' must be a string or a number")
        }
        var bullets: [String] = []
        if let value = object["bullets"], !(value is NSNull) {
            guard let list = value as? [Any], let texts = list as? [String] else { throw FieldProblem(text: "field 'bullets' must be a list of strings") }
            bullets = texts
        }
        var attributes: [String: String] = [:]
        if let value = object["attributes"], !(value is NSNull) {
            guard let dictionary = value as? [String: Any] else { throw FieldProblem(text: "field 'attributes' must be an object") }
            for (key, value) in dictionary { attributes[key] = attributeText(value) }
        }
        let title = try string("title")
        let description = try string("description")
        guard title != nil || description != nil else { throw FieldProblem(text: "listing '\(id)' has neither a title nor a description") }
        return Listing(id: id, market: try string("market"), locale: try string("locale"), title: title, bullets: bullets,
                       description: description, searchTerms: try string("search_terms"), category: try string("category"),
                       brand: try string("brand"), attributes: attributes)
    }

    /// Attribute values as the text rule conditions compare with (`true`, `3`, `CN`).
    static func attributeText(_ value: Any) -> String {
        switch value {
        case let text as String: return text
        case let number as NSNumber:
            // JSON booleans decode as NSNumber of Objective-C type "c".
            if String(cString: number.objCType) == "c" { return number.boolValue ? "true" : "false" }
            return number.stringValue
        case let list as [Any]: return list.map(attributeText).joined(separator: ",")
        default: return "\(value)"
        }
    }
}
