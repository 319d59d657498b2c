import Foundation

/// Puts translated texts into products as written: each product object is kept with all its
/// fields, and only `texts.<language>.description` or the feature's `<language>` text is set.
/// The result is JSON Lines that `ProductReader` (and so `clearance localize`) reads.
public enum ProductTextMerge {
    /// A text for a product field in a language.
    public struct Update: Sendable, Equatable {
        public enum Field: Sendable, Equatable {
            case description
            /// The position in the product's `features` list.
            case feature(Int)
        }

        public let sku: String
        public let language: String
        public let field: Field
        public let text: String

        public init(sku: String, language: String, field: Field, text: String) {
            self.sku = sku
            self.language = language
            self.field = field
            self.text = text
        }
    }

    /// The products of `data` (JSON, a JSON array or JSON Lines) with `updates` applied, one
    /// JSON object a line with sorted keys, and the updates that found no place (unknown SKU,
    /// a feature that is a glossary term).
    public static func merge(_ data: Data, updates: [Update]) -> (jsonLines: String, unplaced: [Update]) {
        var pending = updates
        var lines: [String] = []
        for item in JSONInput.items(data) {
            guard case var .success(value) = item.value, var product = value as? [String: Any] else { continue }
            let sku = product["sku"] as? String
            var rest: [Update] = []
            for update in pending {
                guard update.sku == sku, apply(update, to: &product) else {
                    rest.append(update)
                    continue
                }
            }
            pending = rest
            value = product
            if let json = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes]) {
                lines.append(String(decoding: json, as: UTF8.self))
            }
        }
        return (lines.map { $0 + "\n" }.joined(), pending)
    }

    static func apply(_ update: Update, to product: inout [String: Any]) -> Bool {
        switch update.field {
        case .description:
            var texts = product["texts"] as? [String: Any] ?? [:]
            var fields = texts[update.language] as? [String: Any] ?? [:]
            fields["description"] = update.text
            texts[update.language] = fields
            product["texts"] = texts
            return true
        case let .feature(index):
            guard var features = product["features"] as? [Any], features.indices.contains(index),
                  var texts = features[index] as? [String: Any] else { return false }
            texts[update.language] = update.text
            features[index] = texts
            product["features"] = features
            return true
        }
    }
}
