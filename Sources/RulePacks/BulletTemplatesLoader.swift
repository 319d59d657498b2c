import Localization
import TextEngine

/// Reads `locales/templates/bullets.yaml`: for every listing language a format over `{label}`
/// and `{value}`, a size pattern over `{size}`, `{size_system}` and `{size_unit}`, and a label for
/// every bullet key, or nothing loads.
public enum BulletTemplatesLoader {
    /// - Throws: `RulePackError` naming the file, line and column of what is wrong.
    public static func load(yaml: String, file: String) throws -> BulletTemplates {
        let top = try YAMLDocument.versionOne(yaml, file: file, what: "the bullets file", keys: ["bullets"])
        let languages = try top["bullets"]!.mapping("bullets", accepted: ListingLanguages.all, required: ListingLanguages.all)
        var templates: [String: BulletTemplates.Template] = [:]
        for language in ListingLanguages.all {
            let fields = try languages[language]!.mapping("bullets.\(language)", accepted: ["format", "size", "labels"],
                                                           required: ["format", "size", "labels"])
            let (format, compiled) = try fields["format"]!.messageFormat("bullets.\(language).format", locale: ListingLanguages.icuLocale(language))
            guard Set(compiled.argumentNames) == ["label", "value"] else {
                throw fields["format"]!.error("bullets.\(language).format must use {label} and {value}, and nothing else")
            }
            let (size, sizeFormat) = try fields["size"]!.messageFormat("bullets.\(language).size", locale: ListingLanguages.icuLocale(language))
            guard Set(sizeFormat.argumentNames).isSubset(of: ["size", "size_system", "size_unit"]), sizeFormat.argumentNames.contains("size") else {
                throw fields["size"]!.error("bullets.\(language).size must use {size}, and may use {size_system} and {size_unit}, nothing else")
            }
            let labels = try fields["labels"]!.mapping("bullets.\(language).labels", accepted: BulletTemplates.labelKeys, required: BulletTemplates.labelKeys)
            var texts: [String: String] = [:]
            for key in BulletTemplates.labelKeys { texts[key] = try labels[key]!.nonEmptyString("label '\(key)'") }
            templates[language] = BulletTemplates.Template(format: format, size: size, labels: texts)
        }
        return BulletTemplates(templates: templates)
    }
}
