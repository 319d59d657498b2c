import TextEngine

/// The languages listings are generated in, as templates and glossaries name them.
public enum ListingLanguages {
    public static let all = ["en", "de", "fr", "es", "it", "nl", "pl", "sv", "pt-BR", "ja", "zh-Hans", "zh-Hant", "ko", "ar"]

    /// The template language for a locale: `zh-CN` -> `zh-Hans`, `zh-TW` -> `zh-Hant`,
    /// `pt-PT` -> `pt-BR`, `de-AT` -> `de`; nil for a language listings are not generated in.
    public static func language(forLocale locale: String) -> String? {
        let parts = locale.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let language = parts.first?.lowercased() else { return nil }
        switch language {
        case "zh": return parts.dropFirst().contains { ["TW", "HK", "MO", "Hant"].contains($0) } ? "zh-Hant" : "zh-Hans"
        case "pt": return "pt-BR"
        default: return all.contains(language) ? language : nil
        }
    }

    /// The ICU locale a template language formats numbers and plurals with.
    public static func icuLocale(_ language: String) -> String {
        switch language {
        case "zh-Hans": "zh-CN"
        case "zh-Hant": "zh-TW"
        default: language
        }
    }
}

/// Phrases shared by the listing templates ("Pack of 2", "2er-Pack", "2個入り"): one ICU
/// MessageFormat pattern per listing language, with named arguments and each language's
/// plural categories.
public struct Phrases: Sendable {
    public struct Phrase: Sendable {
        public let id: String
        public let arguments: [String]
        /// Listing language -> pattern.
        public let patterns: [String: String]

        public init(id: String, arguments: [String], patterns: [String: String]) {
            self.id = id
            self.arguments = arguments
            self.patterns = patterns
        }
    }

    public let phrases: [String: Phrase]

    public init(phrases: [Phrase]) {
        self.phrases = Dictionary(phrases.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The phrase `id` for `locale` with `arguments`, formatted by system ICU (numbers and plural
    /// forms of the locale); nil when there is no such phrase or language.
    public func render(_ id: String, locale: String, _ arguments: [String: MessageArgument]) throws -> String? {
        guard let language = ListingLanguages.language(forLocale: locale), let pattern = phrases[id]?.patterns[language] else { return nil }
        return try ICUMessageFormat.cached(locale: locale, pattern: pattern).format(arguments)
    }
}
