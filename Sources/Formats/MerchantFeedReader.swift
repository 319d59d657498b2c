import ComplianceCore
import Foundation
internal import SafeXML

/// Reads Google Merchant Center product feeds: RSS 2.0 (`<rss><channel><item>`) and Atom
/// (`<feed><entry>`) with product fields in the `http://base.google.com/ns/1.0` namespace
/// (`g:`). The feed is parsed whole through `SafeXML` (no DTDs, no entities, size-limited).
///
/// Mapping: `g:id` → id; `g:title` or `title` → title; `g:description`, `description` (or
/// Atom `summary`/`content`) → description; `g:brand` → brand; `g:product_type`, else
/// `g:google_product_category` → category; each `g:product_highlight` → a bullet;
/// `g:product_detail` (`g:attribute_name`, `g:attribute_value`) and `g:gtin`, `g:mpn`,
/// `g:condition`, `g:age_group`, `g:color`, `g:material`, `g:gender`, `g:size` → attributes.
/// Market and locale are left to `--market`: a feed's target or shipping countries are not a
/// listing's market.
public enum MerchantFeedReader {
    public static let googleNamespace = "http://base.google.com/ns/1.0"
    static let atomNamespace = "http://www.w3.org/2005/Atom"

    /// `g:` elements read as attributes of the same name.
    public static let attributeElements = ["gtin", "mpn", "condition", "age_group", "color", "material", "gender", "size"]

    /// Reads the feed in `bytes`; a document that is not well-formed is one error naming its
    /// line and column.
    public static func read(_ bytes: [UInt8], source: String, maximumBytes: Int? = nil) -> ListingReader.Result {
        var result = ListingReader.Result()
        for item in items(bytes, source: source, maximumBytes: maximumBytes) {
            switch item {
            case let .listing(listing): result.listings.append(listing)
            case let .error(error): result.errors.append(error)
            case .unparsed: break  // feeds are parsed whole
            }
        }
        return result
    }

    /// The feed's listings and errors in document order.
    public static func items(_ bytes: [UInt8], source: String, maximumBytes: Int? = nil) -> [ListingStream.Item] {
        let root: XMLElement
        do {
            root = try SafeXML.parse(bytes, source: source, maximumBytes: maximumBytes ?? SafeXML.defaultMaximumBytes)
        } catch let error as XMLParseError {
            return [.error(ListingInputError(source: source, line: error.line, column: error.column,
                                             message: "not a well-formed XML feed: \(error.message)"))]
        } catch {
            return [.error(ListingInputError(source: source, line: 0, message: "not a readable XML feed: \(error)"))]
        }
        let entries: [XMLElement]
        switch root.name {
        case "rss": entries = root.elements(named: "channel").flatMap { $0.elements(named: "item") }
        case "channel": entries = root.elements(named: "item")
        case "feed": entries = root.elements(named: "entry")
        default:
            return [.error(ListingInputError(source: source, line: root.line,
                                             message: "<\(root.name)> is not a Merchant Center feed (<rss> or Atom <feed>)"))]
        }
        return entries.map { listing($0, source: source) }
    }

    /// The listing an `<item>` or `<entry>` describes, or an error naming its line.
    static func listing(_ item: XMLElement, source: String) -> ListingStream.Item {
        func google(_ name: String) -> [XMLElement] {
            item.elements.filter { $0.name == name && $0.namespace == googleNamespace }
        }
        func plain(_ name: String) -> [XMLElement] {
            item.elements.filter { $0.name == name && ($0.namespace == nil || $0.namespace == atomNamespace) }
        }
        func text(_ elements: [XMLElement]) -> String? {
            elements.lazy.compactMap { nonEmpty($0.textContent) }.first
        }
        let id = text(google("id")) ?? "line-\(item.line)"
        let title = text(google("title")) ?? text(plain("title"))
        let description = text(google("description")) ?? text(plain("description")) ?? text(plain("summary")) ?? text(plain("content"))
        guard title != nil || description != nil else {
            return .error(ListingInputError(source: source, line: item.line,
                                            message: "feed item '\(id)' has neither a title nor a description"))
        }
        var attributes: [String: String] = [:]
        func add(_ name: String, _ value: String) {
            attributes[name] = attributes[name].map { "\($0),\(value)" } ?? value
        }
        for name in attributeElements {
            for element in google(name) {
                if let value = nonEmpty(element.textContent) { add(name, value) }
            }
        }
        for detail in google("product_detail") {
            let fields = detail.elements.filter { $0.namespace == googleNamespace }
            guard let name = text(fields.filter { $0.name == "attribute_name" }),
                  let value = text(fields.filter { $0.name == "attribute_value" }) else { continue }
            add(name, value)
        }
        var listing = Listing(id: id, title: title, bullets: google("product_highlight").compactMap { nonEmpty($0.textContent) },
                              description: description, category: text(google("product_type")) ?? text(google("google_product_category")),
                              brand: text(google("brand")), attributes: attributes)
        listing.origin = ListingOrigin(source: source, line: item.line)
        return .listing(listing)
    }

    /// Text without the indentation around it; nil when nothing is left.
    static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
