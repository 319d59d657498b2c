import Foundation
import Testing

@Suite struct XliffCLITests {
    /// A pack that limits descriptions and bullets, so the exports carry limits and the import checks them.
    static let lengthPack = """
    version: 1
    pack:
      id: test-lengths
      name: Test field lengths
      version: 1.0.0
    rules:
      - id: test/description-length
        category: marketplace
        severity: block
        fields: [description]
        check: {kind: length, max: 200, unit: graphemes}
        message: "Description has {match} characters"
        citation: {law: Test limit}
        examples:
          match: ["⟦\(String(repeating: "a", count: 201))⟧"]
          no_match: ["short"]
      - id: test/bullets-length
        category: marketplace
        severity: block
        fields: [bullets]
        check: {kind: length, max: 50, unit: graphemes}
        message: "Bullet has {match} characters"
        citation: {law: Test limit}
        examples:
          match: ["⟦\(String(repeating: "b", count: 51))⟧"]
          no_match: ["short"]
    """

    /// Adds a target after each source: the translation given for the unit, else the source copied.
    static func fill(_ xml: String, _ translations: [String: String]) -> String {
        var key = ""
        var lines: [String] = []
        for line in xml.components(separatedBy: "\n") {
            for marker in [" name=\"", " resname=\""] {
                if let range = line.range(of: marker), line.contains("<unit") || line.contains("<trans-unit") {
                    key = String(line[range.upperBound...].prefix { $0 != "\"" })
                }
            }
            lines.append(line)
            if let start = line.range(of: "<source"), let open = line[start.upperBound...].firstIndex(of: ">"),
               let close = line.range(of: "</source>") {
                let source = String(line[line.index(after: open)..<close.lowerBound])
                let indent = String(line.prefix { $0 == " " })
                lines.append(indent + "<target>" + (translations[key] ?? source) + "</target>")
            }
        }
        return lines.joined(separator: "\n")
    }

    static let german = [
        "HP-011/description": "Kabellose Over-Ear-Kopfhörer, 40 Stunden Akku.",
        "WB-002/features/2": "Hält Getränke 24 Stunden kalt und 12 Stunden heiß",
        "YM-018/features/2": "6 Millimeter dicker Schaum, leicht abwischbar",
        "PT-012/features/0": "Besonders weicher Plüsch, die Oberfläche lässt sich problemlos feucht abwischen",
        "SN-008/features/1": "Gepolsterte Innensohle für Komfort den ganzen Tag",
    ]

    func setUp() throws -> (folder: URL, rules: URL) {
        let folder = try CLIRunner.temporaryDirectory()
        let rules = folder.appendingPathComponent("test-rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try Self.lengthPack.write(to: rules.appendingPathComponent("lengths.yaml"), atomically: true, encoding: .utf8)
        return (folder, rules)
    }

    @Test func exportTranslateImportAndLocalize() throws {
        let (folder, rules) = try setUp()
        let out = folder.appendingPathComponent("xliff")
        let export = try CLIRunner.run(["xliff", "export", "examples/products.jsonl", "--markets", "DE,JP", "--out", out.path,
                                        "--rules", "rules", "--rules", rules.path])
        #expect(export.status == 0)
        #expect(export.stdout.contains("en-de.xlf: 13 units (XLIFF 2.0, en -> de)"))
        #expect(export.stdout.contains("en-ja.xlf: 15 units (XLIFF 2.0, en -> ja)"))
        #expect(export.stderr.contains("warning: TE-015: texts in de but not in en: not exported"))
        let exported = try String(contentsOf: out.appendingPathComponent("en-de.xlf"), encoding: .utf8)
        #expect(exported.contains(#"<note category="length">at most 50 graphemes (test/bullets-length)</note>"#))
        #expect(exported.contains(#"<unit id="WB-002_features_2" name="WB-002/features/2">"#))
        #expect(!exported.contains("machine washable"), "glossary terms are not exported")

        let de = folder.appendingPathComponent("de.xlf")
        try Self.fill(exported, Self.german).write(to: de, atomically: true, encoding: .utf8)
        let ja = folder.appendingPathComponent("ja.xlf")
        let japanese = try String(contentsOf: out.appendingPathComponent("en-ja.xlf"), encoding: .utf8)
        try Self.fill(japanese, ["HP-011/description": "ワイヤレスオーバーイヤーヘッドホン、バッテリー40時間。"]).write(to: ja, atomically: true, encoding: .utf8)
        let merged = folder.appendingPathComponent("products-translated.jsonl")
        let marked = folder.appendingPathComponent("marked")
        let result = try CLIRunner.run(["xliff", "import", de.path, ja.path, "--products", "examples/products.jsonl", "--markets", "DE,JP",
                                        "--out", merged.path, "--mark", marked.path, "--rules", "rules", "--rules", rules.path])
        #expect(result.status == 1)
        let lines = result.stdout.components(separatedBy: "\n")
        func line(_ unit: String, _ text: String) -> Bool {
            lines.contains { $0.hasPrefix(de.path + ":") && $0.contains("unit \(unit): \(text)") }
        }
        #expect(line("BB-013/description", "leftover (error): the target is the source text unchanged"))
        #expect(line("YM-018/features/2", "numbers (error): '6 mm' became '6 Millimeter'"))
        #expect(line("PT-012/features/0", "length (error): 79 graphemes, more than at most 50 graphemes (test/bullets-length)"))
        #expect(!lines.contains { $0.contains("unit HP-011/description") && $0.hasPrefix(de.path) })
        #expect(lines.contains { $0.hasPrefix(ja.path) && $0.contains("unit BB-013/description: script (error): ") })
        #expect(result.stdout.contains("\(de.path): 13 units, 3 accepted, 10 errors"))
        #expect(result.stdout.contains("\(ja.path): 15 units, 1 accepted,"))
        #expect(result.stdout.contains("wrote \(merged.path): 4 translations merged"))
        #expect(result.stdout.contains("marked \(marked.path)/de.xlf: 3 passed, 10 to review"))
        let markedGerman = try String(contentsOf: marked.appendingPathComponent("de.xlf"), encoding: .utf8)
        #expect(markedGerman.components(separatedBy: #"<segment state="reviewed">"#).count == 4)
        #expect(markedGerman.components(separatedBy: #"<segment state="translated" subState="clearance:qa-error">"#).count == 11)

        // The merged products feed `localize`: the German description is the listing's.
        let listings = folder.appendingPathComponent("listings")
        let localized = try CLIRunner.run(["localize", merged.path, "--markets", "DE", "--rates", "examples/rates.json", "--out", listings.path])
        #expect(localized.status == 0 || localized.status == 1)
        let written = try String(contentsOf: listings.appendingPathComponent("listings.jsonl"), encoding: .utf8)
        #expect(written.contains("Kabellose Over-Ear-Kopfhörer, 40 Stunden Akku."))
    }

    @Test func onePointTwoExportsAndJSONReports() throws {
        let (folder, rules) = try setUp()
        let out = folder.appendingPathComponent("xliff12")
        let export = try CLIRunner.run(["xliff", "export", "examples/products.jsonl", "--markets", "DE", "--out", out.path,
                                        "--xliff-version", "1.2", "--rules", "rules", "--rules", rules.path])
        #expect(export.status == 0)
        let exported = try String(contentsOf: out.appendingPathComponent("en-de.xlf"), encoding: .utf8)
        #expect(exported.contains(#"<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">"#))
        let de = folder.appendingPathComponent("de12.xlf")
        try Self.fill(exported, Self.german).write(to: de, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["xliff", "import", de.path, "--products", "examples/products.jsonl", "--json",
                                        "--rules", "rules", "--rules", rules.path])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        #expect(file["version"] as? String == "1.2")
        #expect(file["target_language"] as? String == "de")
        #expect(file["accepted"] as? Int == 3)
        let findings = try #require(file["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["unit"] as? String == "YM-018/features/2" && $0["check"] as? String == "numbers" })
    }

    @Test func brokenAndEntityFilesAreRefusedWithTheirLineAndTheOthersStillChecked() throws {
        let (folder, _) = try setUp()
        let broken = folder.appendingPathComponent("broken.xlf")
        try "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" trgLang=\"de\">\n<file id=\"f\">\n<unit id=\"u\"></file>\n</xliff>\n"
            .write(to: broken, atomically: true, encoding: .utf8)
        let entity = folder.appendingPathComponent("entity.xlf")
        try "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<xliff version=\"1.2\"><file>&e;</file></xliff>\n"
            .write(to: entity, atomically: true, encoding: .utf8)
        let good = folder.appendingPathComponent("good.xlf")
        try """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
        <file id="f"><unit id="u" name="HP-011/description"><segment><source>Wireless over-ear headphones, 40 hours of battery.</source>
        <target>Kabellose Over-Ear-Kopfhörer, 40 Stunden Akku.</target></segment></unit></file></xliff>
        """.write(to: good, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["xliff", "import", broken.path, entity.path, good.path, "--products", "examples/products.jsonl"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: \(broken.path):3:"))
        #expect(result.stderr.contains("mismatch"))
        #expect(result.stderr.contains("error: \(entity.path):2:"))
        #expect(result.stderr.contains("entity declarations are not accepted"))
        #expect(result.stdout.contains("\(good.path): 1 unit, 1 accepted, 0 errors, 0 warnings"))
        #expect(!result.stdout.contains("passwd") && !result.stdout.contains("root:"))
    }
}
