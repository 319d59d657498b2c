import Localization
import TextEngine

/// Reads `locales/templates/titles.yaml`: a template for every listing language, each part valid
/// ICU MessageFormat over the known values, or nothing loads.
public enum TitleTemplatesLoader {
    /// - Throws: `RulePackError` naming the file, line and column of what is wrong.
    /// Parts may name the `families` they are for.
    public static func load(yaml: String, file: String, families: TemplateFamilies = TemplateFamilies(familyOf: [:])) throws -> TitleTemplates {
        let top = try YAMLDocument.versionOne(yaml, file: file, what: "the titles file", keys: ["titles"])
        let languages = try top["titles"]!.mapping("titles", accepted: ListingLanguages.all, required: ListingLanguages.all)
        var templates: [String: TitleTemplates.Template] = [:]
        for language in ListingLanguages.all {
            let fields = try languages[language]!.mapping("titles.\(language)", accepted: ["separator", "parts"], required: ["separator", "parts"])
            guard case let .sequence(items) = fields["parts"]!.node, !items.isEmpty else {
                throw fields["parts"]!.error("titles.\(language).parts must be a list of parts")
            }
            var parts: [TitleTemplates.Part] = []
            for item in items {
                let node = PackNode(node: item, file: file)
                let keys = try node.mapping("a title part", accepted: ["pattern", "keep", "priority", "join", "families"], required: ["pattern"])
                let (pattern, format) = try keys["pattern"]!.messageFormat("titles.\(language) pattern", locale: ListingLanguages.icuLocale(language))
                if let unknown = format.argumentNames.first(where: { !TitleTemplates.values.contains($0) }) {
                    throw keys["pattern"]!.error("{\(unknown)} is not a title value (known: \(TitleTemplates.values.joined(separator: ", ")))")
                }
                var only: Set<String>?
                if let node = keys["families"] {
                    let names = try node.strings("families")
                    if let unknown = names.first(where: { !families.names.contains($0) }) {
                        throw node.error("'\(unknown)' is not a template family (known: \(families.names.joined(separator: ", ")))")
                    }
                    only = Set(names)
                }
                let keep = try keys["keep"].map { try $0.bool("keep") } ?? false
                guard !(keep && only != nil) else { throw node.error("a kept part is for every family") }
                guard keep || keys["priority"] != nil else { throw node.error("a part that may be dropped needs a priority") }
                parts.append(TitleTemplates.Part(pattern: pattern, keep: keep, priority: try keys["priority"].map { try $0.int("priority", in: 1...99) } ?? 100,
                                                 join: try keys["join"].map { try $0.string("join") }, arguments: format.argumentNames,
                                                 families: only))
            }
            guard parts.contains(where: { $0.keep && $0.arguments.contains("type") }) else {
                throw fields["parts"]!.error("titles.\(language) needs a kept part with {type}")
            }
            templates[language] = TitleTemplates.Template(separator: try fields["separator"]!.string("separator"), parts: parts)
        }
        return TitleTemplates(templates: templates, families: families)
    }
}
