import ComplianceCore
import TextEngine

/// Reads rule packs from YAML text (the CLI reads the files).
///
/// The format (`docs/rule-packs.md`) is version 1: a pack manifest and its rules, each with one
/// check of a closed set of kinds. Everything is checked while loading: unknown keys, repeated
/// keys and ids, values of the wrong type, regular expressions and messages that do not
/// compile, examples without a marked span. The first error stops the pack: a pack that does
/// not load cleanly does not load at all.
public enum RulePackLoader {
    /// The format version this loader reads.
    public static let formatVersion = 1

    /// Loads one pack from the YAML text of `file`.
    /// - Throws: `RulePackError` naming the file, line and column.
    public static func load(yaml: String, file: String) throws -> RulePack {
        let top = try YAMLDocument.root(yaml, file: file).mapping("the pack file", accepted: ["version", "pack", "rules"],
                                                                required: ["version", "pack", "rules"])
        let version = try top["version"]!.int("version", in: 1...1000)
        guard version == formatVersion else {
            throw top["version"]!.error("format version \(version) is not supported (this Clearance reads version \(formatVersion))")
        }
        let manifest = try top["pack"]!.mapping("pack", accepted: ["id", "name", "version", "jurisdiction", "markets", "languages", "marketplace"],
                                                required: ["id", "name", "version"])
        var rules: [Rule] = []
        var seen: [String: Int] = [:]
        for node in try top["rules"]!.list("rules") {
            let rule = try RuleDecoder.rule(node)
            if let first = seen[rule.id] {
                throw node.error("rule id '\(rule.id)' is already used by the rule on line \(first)")
            }
            seen[rule.id] = node.line
            rules.append(rule)
        }
        guard !rules.isEmpty else { throw top["rules"]!.error("a pack needs at least one rule") }
        func marketplace(_ node: PackNode) throws -> String {
            let name = try node.nonEmptyString("marketplace")
            guard name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
                throw node.error("marketplace '\(name)' must be written in lowercase letters, digits and '-' (e.g. amazon)")
            }
            return name
        }
        return RulePack(id: try manifest["id"]!.nonEmptyString("pack id"),
                        name: try manifest["name"]!.nonEmptyString("pack name"),
                        version: try manifest["version"]!.nonEmptyString("pack version"),
                        jurisdiction: try manifest["jurisdiction"]?.string("jurisdiction"),
                        markets: try manifest["markets"]?.strings("markets") ?? [],
                        languages: try manifest["languages"]?.strings("languages") ?? [],
                        marketplace: try manifest["marketplace"].map(marketplace),
                        rules: rules, source: file)
    }
}
