import ComplianceCore
import TextEngine

extension TitleComposer {
    /// The size values templates use (`size`, `size_system`, `size_unit`) for `product` in a
    /// market whose listings use `system`; nil when the product has no size; a gap when the size
    /// cannot be stated there (it is then left out, never written in another system).
    /// Sizes in a system are labels as the table writes them ("9.5", "42.5", "170/92A"), except
    /// centimetre lengths (JP shoes), which ICU formats with the listing language's decimal sign.
    func sizeValues(of product: Product, locale: String, language: String, system: SizeSystem?) throws -> Result<[String: String], MissingTranslation>? {
        guard let stated = sizes.state(product, in: system) else { return nil }
        switch stated {
        case let .failure(problem):
            let given = (product.sizeSystem.map { "\($0) " } ?? "") + (product.attributes["size"] ?? "")
            return .failure(MissingTranslation(attribute: "size", value: given, language: language, detail: problem.description))
        case let .success(.letter(letter)):
            return .success(["size": letter, "size_system": "none", "size_unit": "none"])
        case let .success(.word(word)):
            return translate("size", word, locale: locale, language: language).map { ["size": $0, "size_system": "none", "size_unit": "word"] }
        case let .success(.sized(value, system, length)):
            var text = value
            if length == .cm {
                text = try ICUNumberFormat.cached(locale: locale, skeleton: ".0").format(decimal: value)
            }
            return .success(["size": text, "size_system": system.rawValue, "size_unit": length?.rawValue ?? "none"])
        }
    }
}
