import Localization
import TextEngine

/// Reads `locales/templates/phrases.yaml`: every phrase in every listing language, each pattern
/// valid ICU MessageFormat using only the phrase's declared arguments, or nothing loads.
public enum PhrasesLoader {
    /// - Throws: `RulePackError` naming the file, line and column of what is wrong.
    public static func load(yaml: String, file: String) throws -> Phrases {
        let top = try YAMLDocument.versionOne(yaml, file: file, what: "the phrases file", keys: ["phrases"])
        guard case let .mapping(entries) = top["phrases"]!.node else { throw top["phrases"]!.error("phrases must map ids to patterns") }
        var phrases: [Phrases.Phrase] = []
        for (keyNode, value) in entries {
            let id = try PackNode(node: keyNode, file: file).nonEmptyString("a phrase id")
            let fields = try PackNode(node: value, file: file).mapping("phrase '\(id)'", accepted: ["arguments"] + ListingLanguages.all,
                                                                       required: ["arguments"] + ListingLanguages.all)
            let arguments = try fields["arguments"]!.strings("arguments")
            var patterns: [String: String] = [:]
            for language in ListingLanguages.all {
                let node = fields[language]!
                let (pattern, format) = try node.messageFormat("'\(id)' in \(language)", locale: ListingLanguages.icuLocale(language))
                if let unknown = format.argumentNames.first(where: { !arguments.contains($0) }) {
                    throw node.error("'\(id)' in \(language) uses {\(unknown)}, which is not among its arguments (\(arguments.joined(separator: ", ")))")
                }
                patterns[language] = pattern
            }
            phrases.append(Phrases.Phrase(id: id, arguments: arguments, patterns: patterns))
        }
        return Phrases(phrases: phrases)
    }
}
