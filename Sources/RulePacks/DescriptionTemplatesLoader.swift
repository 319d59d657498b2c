import Localization
import TextEngine

/// Reads `locales/templates/descriptions.yaml`: for every listing language a separator, sentences
/// for every family of `families` and common sentences, each valid ICU MessageFormat over the
/// known values, or nothing loads.
public enum DescriptionTemplatesLoader {
    /// - Throws: `RulePackError` naming the file, line and column of what is wrong.
    public static func load(yaml: String, file: String, families known: TemplateFamilies) throws -> DescriptionTemplates {
        let top = try YAMLDocument.versionOne(yaml, file: file, what: "the descriptions file", keys: ["descriptions"])
        let families = known.names
        let languages = try top["descriptions"]!.mapping("descriptions", accepted: ListingLanguages.all, required: ListingLanguages.all)
        var templates: [String: DescriptionTemplates.Template] = [:]
        for language in ListingLanguages.all {
            let what = "descriptions.\(language)"
            let fields = try languages[language]!.mapping(what, accepted: ["separator", "families", "common"],
                                                          required: ["separator", "families", "common"])
            let locale = ListingLanguages.icuLocale(language)
            let byFamily = try fields["families"]!.mapping("\(what).families", accepted: families, required: families)
            var parts: [String: [DescriptionTemplates.Part]] = [:]
            for family in families { parts[family] = try Self.parts(byFamily[family]!, what: "\(what).families.\(family)", locale: locale) }
            templates[language] = DescriptionTemplates.Template(
                separator: try fields["separator"]!.string("\(what).separator"), families: parts,
                common: try Self.parts(fields["common"]!, what: "\(what).common", locale: locale))
        }
        return DescriptionTemplates(families: known, templates: templates)
    }

    /// A list of sentences; each is a pattern or a list of alternative patterns.
    private static func parts(_ node: PackNode, what: String, locale: String) throws -> [DescriptionTemplates.Part] {
        try node.list(what).map { item in
            let patterns = item.isSequence ? try item.list("an entry of \(what)") : [item]
            guard !patterns.isEmpty else { throw item.error("an entry of \(what) must be a pattern or a list of patterns") }
            return DescriptionTemplates.Part(alternatives: try patterns.map { node in
                let (pattern, format) = try node.messageFormat("a pattern of \(what)", locale: locale)
                if let unknown = format.argumentNames.first(where: { !DescriptionTemplates.values.contains($0) }) {
                    throw node.error("{\(unknown)} is not a description value (known: \(DescriptionTemplates.values.joined(separator: ", ")))")
                }
                return .init(pattern: pattern, arguments: format.argumentNames)
            })
        }
    }
}
