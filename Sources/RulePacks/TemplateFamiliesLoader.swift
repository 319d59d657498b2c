import Localization

/// Reads `locales/templates/families.yaml`: category first segments to template families.
public enum TemplateFamiliesLoader {
    /// - Throws: `RulePackError` naming the file, line and column of what is wrong.
    public static func load(yaml: String, file: String) throws -> TemplateFamilies {
        let top = try YAMLDocument.versionOne(yaml, file: file, what: "the families file", keys: ["families"])
        var familyOf: [String: String] = [:]
        for (segment, node) in try top["families"]!.namedEntries("families") {
            let family = try node.nonEmptyString("the family of '\(segment)'")
            guard family != TemplateFamilies.fallback else {
                throw node.error("'\(TemplateFamilies.fallback)' is the family of every category not listed; map '\(segment)' to a family or leave it out")
            }
            familyOf[segment] = family
        }
        guard !familyOf.isEmpty else { throw top["families"]!.error("families must map at least one category") }
        return TemplateFamilies(familyOf: familyOf)
    }
}
