/// The product field a translation unit holds: `<sku>/description` or `<sku>/features/<n>`,
/// `n` being the feature's position (from 0) in the product's `features` list.
public struct UnitKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Field: Sendable, Hashable {
        case description
        case feature(Int)
    }

    public let sku: String
    public let field: Field

    public init(sku: String, field: Field) {
        self.sku = sku
        self.field = field
    }

    /// Reads a key as written in a unit's name (or id); nil when it names no product field.
    public init?(_ text: String) {
        if text.hasSuffix("/description") {
            let sku = String(text.dropLast("/description".count))
            guard !sku.isEmpty else { return nil }
            self.init(sku: sku, field: .description)
            return
        }
        guard let slash = text.lastIndex(of: "/"), let index = Int(text[text.index(after: slash)...]), index >= 0 else { return nil }
        let head = text[..<slash]
        guard head.hasSuffix("/features") else { return nil }
        let sku = String(head.dropLast("/features".count))
        guard !sku.isEmpty else { return nil }
        self.init(sku: sku, field: .feature(index))
    }

    public var description: String {
        switch field {
        case .description: "\(sku)/description"
        case let .feature(index): "\(sku)/features/\(index)"
        }
    }

    /// The listing field whose length limits apply: `description`, or `bullets` for a feature.
    public var listingField: String {
        switch field {
        case .description: "description"
        case .feature: "bullets"
        }
    }

    public static func < (lhs: UnitKey, rhs: UnitKey) -> Bool {
        if lhs.sku != rhs.sku { return lhs.sku < rhs.sku }
        switch (lhs.field, rhs.field) {
        case (.description, .feature): return true
        case (.feature, .description), (.description, .description): return false
        case let (.feature(a), .feature(b)): return a < b
        }
    }
}
