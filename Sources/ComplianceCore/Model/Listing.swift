/// A field of a listing as a path: `title`, `bullets[2]`, `description`, `search_terms`, or
/// `listing` for findings about the listing as a whole (a missing disclosure).
public struct FieldPath: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let field: ListingField?
    public let index: Int?

    public init(_ field: ListingField, index: Int? = nil) {
        self.field = field
        self.index = index
    }

    private init() {
        field = nil
        index = nil
    }

    /// The listing as a whole.
    public static let listing = FieldPath()

    public var description: String {
        guard let field else { return "listing" }
        return index.map { "\(field.rawValue)[\($0)]" } ?? field.rawValue
    }

    private var order: (Int, Int) {
        guard let field else { return (Int.max, 0) }
        return (ListingField.allCases.firstIndex(of: field)!, index ?? -1)
    }

    public static func < (lhs: FieldPath, rhs: FieldPath) -> Bool { lhs.order < rhs.order }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The path `description` wrote: `listing`, `title`, `bullets[2]`; nil for anything else.
    public init?(parsing text: String) {
        if text == "listing" { self.init(); return }
        if let open = text.firstIndex(of: "["), text.hasSuffix("]"),
           let field = ListingField(rawValue: String(text[..<open])),
           let index = Int(text[text.index(after: open)..<text.index(before: text.endIndex)]) {
            self.init(field, index: index)
            return
        }
        guard let field = ListingField(rawValue: text) else { return nil }
        self.init(field)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let path = FieldPath(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: try decoder.singleValueContainer(), debugDescription: "unknown field \(text)")
        }
        self = path
    }
}

/// A listing to check, in the shape of DESIGN section 8 (readers build it from JSON, CSV, feeds).
public struct Listing: Sendable, Equatable {
    public let id: String
    public let market: String?
    public let locale: String?
    public let title: String?
    public let bullets: [String]
    public let description: String?
    public let searchTerms: String?
    public let category: String?
    public let brand: String?
    /// Attribute values as text (`origin: CN`, `small_parts: true`, `age_min_years: 3`).
    public let attributes: [String: String]
    /// Where the listing was read from, for reports (a file and line).
    public var origin: ListingOrigin?

    public init(id: String, market: String? = nil, locale: String? = nil, title: String? = nil, bullets: [String] = [],
                description: String? = nil, searchTerms: String? = nil, category: String? = nil, brand: String? = nil,
                attributes: [String: String] = [:]) {
        self.id = id
        self.market = market
        self.locale = locale
        self.title = title
        self.bullets = bullets
        self.description = description
        self.searchTerms = searchTerms
        self.category = category
        self.brand = brand
        self.attributes = attributes
    }

    /// The text fields a rule reading `fields` sees, with their paths.
    public func texts(of fields: [ListingField]) -> [(path: FieldPath, text: String)] {
        var texts: [(FieldPath, String)] = []
        for field in ListingField.allCases where fields.contains(field) {
            switch field {
            case .title: if let title { texts.append((FieldPath(.title), title)) }
            case .bullets: for (i, bullet) in bullets.enumerated() { texts.append((FieldPath(.bullets, index: i), bullet)) }
            case .description: if let description { texts.append((FieldPath(.description), description)) }
            case .searchTerms: if let searchTerms { texts.append((FieldPath(.searchTerms), searchTerms)) }
            }
        }
        return texts
    }
}

/// Where a listing was read from.
public struct ListingOrigin: Sendable, Equatable {
    public let source: String
    /// 1-based line (JSONL) or 0 when the input has no lines per listing.
    public let line: Int

    public init(source: String, line: Int) {
        self.source = source
        self.line = line
    }
}
