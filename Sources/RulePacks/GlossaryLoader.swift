import Localization

/// Reads glossaries (`locales/glossaries/*.yaml`): every term in every language the glossary
/// declares, or the glossary does not load.
public enum GlossaryLoader {
    /// - Throws: `RulePackError` naming the file, line and column of what is wrong.
    public static func load(yaml: String, file: String) throws -> Glossary {
        let top = try YAMLDocument.versionOne(yaml, file: file, what: "the glossary file", keys: ["glossary", "terms"])
        let head = try top["glossary"]!.mapping("glossary", accepted: ["id", "attribute", "languages"], required: ["id", "attribute", "languages"])
        let languages = try head["languages"]!.strings("languages")
        guard !languages.isEmpty else { throw head["languages"]!.error("a glossary needs at least one language") }
        guard case let .mapping(entries) = top["terms"]!.node else { throw top["terms"]!.error("terms must map each term to its translations") }
        var terms: [String: [String: String]] = [:]
        for (keyNode, value) in entries {
            let key = try PackNode(node: keyNode, file: file).nonEmptyString("a term")
            let node = PackNode(node: value, file: file)
            let translations = try node.mapping("term '\(key)'", accepted: languages, required: languages)
            var texts: [String: String] = [:]
            for language in languages { texts[language] = try translations[language]!.nonEmptyString("'\(key)' in \(language)") }
            guard terms[key.lowercased()] == nil else { throw node.error("term '\(key)' appears twice") }
            terms[key.lowercased()] = texts
        }
        return Glossary(id: try head["id"]!.nonEmptyString("id"), attribute: try head["attribute"]!.nonEmptyString("attribute"),
                        languages: languages, terms: terms, source: file)
    }
}
