import Localization

/// The free texts of products that a target language lacks: each product's `description` in the
/// source language and each feature given as text (`.text`), never glossary terms (`.term`),
/// which every listing language already has.
public enum SourceTexts {
    /// A text to translate.
    public struct Item: Sendable, Equatable {
        public let key: UnitKey
        public let text: String
        /// Texts never translated that occur in `text`: the brand and the `model` attribute.
        public let protected: [String]
    }

    /// The texts of `products` in `source` that lack `target`, ordered by SKU then field.
    /// Language keys are compared as listing languages (`de-DE` is `de`, `zh-TW` is `zh-Hant`).
    public static func items(_ products: [Product], source: String, target: String) -> [Item] {
        var items: [Item] = []
        for product in products {
            let protected = protectedTexts(of: product)
            if let text = value(product.texts.mapValues { $0["description"] ?? "" }, language: source), !text.isEmpty,
               value(product.texts.mapValues { $0["description"] ?? "" }, language: target)?.isEmpty ?? true {
                items.append(Item(key: UnitKey(sku: product.sku, field: .description), text: text, protected: protected.filter(text.contains)))
            }
            for (index, feature) in product.features.enumerated() {
                guard case let .text(texts) = feature, let text = value(texts, language: source), !text.isEmpty,
                      value(texts, language: target)?.isEmpty ?? true else { continue }
                items.append(Item(key: UnitKey(sku: product.sku, field: .feature(index)), text: text, protected: protected.filter(text.contains)))
            }
        }
        return items.sorted { $0.key < $1.key }
    }

    /// The brand and the model, longest first.
    public static func protectedTexts(of product: Product) -> [String] {
        let texts = [product.brand, product.attributes["model"]].compactMap { $0 }.filter { !$0.isEmpty }
        return Array(Set(texts)).sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// The value for `language` in a map keyed by language tags.
    static func value(_ map: [String: String], language: String) -> String? {
        if let exact = map[language] { return exact }
        let wanted = ListingLanguages.language(forLocale: language) ?? language
        return map.keys.sorted().first { (ListingLanguages.language(forLocale: $0) ?? $0) == wanted }.flatMap { map[$0] }
    }

    /// The products with a free text (description or feature) that `source` lacks, with the
    /// languages those texts are in: they are not exported.
    public static func withoutSource(_ products: [Product], source: String) -> [(sku: String, languages: [String])] {
        products.compactMap { product in
            var languages = Set<String>()
            var missing = false
            let descriptions = product.texts.compactMapValues { $0["description"] }.filter { !$0.value.isEmpty }
            if !descriptions.isEmpty, value(descriptions, language: source) == nil {
                missing = true
                languages.formUnion(descriptions.keys)
            }
            for feature in product.features {
                guard case let .text(texts) = feature, value(texts, language: source) == nil else { continue }
                missing = true
                languages.formUnion(texts.keys)
            }
            return missing ? (product.sku, languages.sorted()) : nil
        }.sorted { $0.sku < $1.sku }
    }
}
