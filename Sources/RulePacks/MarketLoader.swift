import ComplianceCore
import TextEngine
import Yams

/// Reads market definitions (`locales/markets/<ID>.yaml`).
public enum MarketLoader {
    /// Loads one market from the YAML text of `file`.
    /// - Throws: `RulePackError` naming the file, line and column.
    public static func load(yaml: String, file: String) throws -> Market {
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: yaml) else {
                throw RulePackError(file: file, line: 0, column: 0, message: "the file is empty")
            }
            root = composed
        } catch let error as YamlError {
            throw RulePackError(file: file, line: 0, column: 0, message: "invalid YAML: \(error)")
        }
        let top = try PackNode(node: root, file: file).mapping("the market file", accepted: ["version", "market"],
                                                                required: ["version", "market"])
        let version = try top["version"]!.int("version", in: 1...1000)
        guard version == 1 else { throw top["version"]!.error("format version \(version) is not supported") }
        let keys = try top["market"]!.mapping("market", accepted: ["id", "name", "locales", "scripts", "jurisdictions", "currency", "unit_system"],
                                              required: ["id", "locales", "scripts", "jurisdictions"])
        let locales = try keys["locales"]!.strings("locales")
        guard !locales.isEmpty else { throw keys["locales"]!.error("a market needs at least one locale") }
        let scripts = try keys["scripts"]!.strings("scripts")
        for code in scripts where !(code.count == 4 && code.first!.isUppercase && code.allSatisfy(\.isLetter)) {
            throw keys["scripts"]!.error("'\(code)' is not an ISO 15924 script code such as Latn or Hani")
        }
        return Market(id: try keys["id"]!.nonEmptyString("market id"), locales: locales,
                      scripts: Set(scripts.map { ScriptCode($0) }), jurisdictions: try keys["jurisdictions"]!.strings("jurisdictions"))
    }
}
