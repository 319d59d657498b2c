/// The category families templates are written for (`locales/templates/families.yaml`): a
/// product's category first segment names its family (`grocery` -> `food`); other categories use
/// `default`.
public struct TemplateFamilies: Sendable, Equatable {
    /// The family of categories the file does not name.
    public static let fallback = "default"

    /// Category first segment -> family.
    public let familyOf: [String: String]

    public init(familyOf: [String: String]) {
        self.familyOf = familyOf
    }

    /// Every family, `default` included, sorted.
    public var names: [String] { Set(familyOf.values).union([Self.fallback]).sorted() }

    /// The family of `product`.
    public func family(of product: Product) -> String {
        familyOf[product.family] ?? Self.fallback
    }
}
