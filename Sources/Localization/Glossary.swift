/// Translations of attribute values (colours, materials, ...) into the languages listings are
/// written in. A value without a translation is reported, never left in the source language.
public struct Glossary: Sendable, Equatable {
    public let id: String
    /// The product attribute whose values it translates (`color`).
    public let attribute: String
    /// The languages every term is given in (`en`, `de`, `pt-BR`, `zh-Hans`, ...).
    public let languages: [String]
    /// Term key (lowercased) -> language -> text.
    public let terms: [String: [String: String]]
    /// Where it was loaded from.
    public let source: String

    public init(id: String, attribute: String, languages: [String], terms: [String: [String: String]], source: String) {
        self.id = id
        self.attribute = attribute
        self.languages = languages
        self.terms = Dictionary(terms.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.source = source
    }

    /// The glossary language for a locale (`ListingLanguages.language(forLocale:)`: `zh-TW` ->
    /// `zh-Hant`, `de-AT` -> `de`), nil when the glossary has no such language.
    public func language(forLocale locale: String) -> String? {
        ListingLanguages.language(forLocale: locale).flatMap { languages.contains($0) ? $0 : nil }
    }

    /// `value` (a term key, in any case) in the language of `locale`, or nil when the glossary
    /// does not know the value or the language.
    public func translate(_ value: String, locale: String) -> String? {
        guard let language = language(forLocale: locale) else { return nil }
        return terms[value.lowercased().trimmingSpaces]?[language]
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
