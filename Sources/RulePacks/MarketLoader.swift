import ComplianceCore
import TextEngine

/// Reads market definitions (`locales/markets/<ID>.yaml`).
public enum MarketLoader {
    /// Loads one market from the YAML text of `file`.
    /// - Throws: `RulePackError` naming the file, line and column.
    public static func load(yaml: String, file: String) throws -> Market {
        let top = try YAMLDocument.versionOne(yaml, file: file, what: "the market file", keys: ["market"])
        let keys = try top["market"]!.mapping("market", accepted: ["id", "name", "locales", "scripts", "jurisdictions", "currency", "unit_system", "size_system",
                                                                        "required_languages", "price_step"],
                                              required: ["id", "locales", "scripts", "jurisdictions"])
        let locales = try keys["locales"]!.strings("locales")
        guard !locales.isEmpty else { throw keys["locales"]!.error("a market needs at least one locale") }
        let scripts = try keys["scripts"]!.strings("scripts")
        try YAMLDocument.checkScriptCodes(scripts, at: keys["scripts"]!)
        var currency: String?
        if let node = keys["currency"] {
            let code = try node.nonEmptyString("currency")
            guard CurrencyData.isCode(code) else {
                throw node.error("currency '\(code)' is not an ISO 4217 code (three capital letters, e.g. EUR)")
            }
            currency = code
        }
        var required: [String]?
        if let node = keys["required_languages"] {
            let listed = try node.strings("required_languages")
            guard !listed.isEmpty else { throw node.error("required_languages needs at least one locale") }
            if let stray = listed.first(where: { !locales.contains($0) }) {
                throw node.error("required language '\(stray)' is not one of the market's locales (\(locales.joined(separator: ", ")))")
            }
            guard Set(listed).count == listed.count else { throw node.error("required_languages names a locale twice") }
            required = listed
        }
        var step: String?
        if let node = keys["price_step"] {
            let text = try node.nonEmptyString("price_step")
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                  text.contains(where: { $0 != "0" && $0 != "." }) else {
                throw node.error("price_step '\(text)' must be a positive decimal such as 0.05 or 1")
            }
            step = text
        }
        return Market(id: try keys["id"]!.nonEmptyString("market id"), name: try keys["name"].map { try $0.nonEmptyString("name") },
                      locales: locales, scripts: Set(scripts.map { ScriptCode($0) }),
                      jurisdictions: try keys["jurisdictions"]!.strings("jurisdictions"), currency: currency,
                      unitSystem: try keys["unit_system"].map { try $0.choice("unit_system", UnitSystem.self) },
                      sizeSystem: try keys["size_system"].map { try $0.choice("size_system", SizeSystem.self) },
                      requiredLocales: required, priceStep: step)
    }
}
