import ComplianceCore
import Foundation
import RulePacks
import Testing
@testable import Localization

@Suite struct SizeTablesTests {
    static func shipped() throws -> SizeTables {
        let folder = GlossaryTests.root.appendingPathComponent("locales/sizes")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        return try SizeTablesLoader.load(files: try names.map { name in
            let url = folder.appendingPathComponent(name)
            return (url.path, String(decoding: try Data(contentsOf: url), as: UTF8.self))
        })
    }

    /// Footwear for men, women and kids, apparel for men and women; each table's source is named
    /// in a comment and says that brands' charts differ.
    @Test func shippedTablesCoverFootwearAndApparel() throws {
        let tables = try Self.shipped()
        #expect(Set(tables.tables.map(\.name)) == ["footwear-men", "footwear-women", "footwear-kids", "apparel-men", "apparel-women"])
        for table in tables.tables {
            let text = try String(contentsOfFile: table.source, encoding: .utf8)
            #expect(text.contains("# Source") || text.contains("# Sources"), "\(table.name) names its source")
            #expect(text.contains("differ"), "\(table.name) says brands' charts differ")
            #expect(table.rows.count >= 5, "\(table.name)")
        }
        #expect(tables.length(of: .jp, family: "footwear") == .cm && tables.length(of: .kr, family: "footwear") == .mm)
        #expect(tables.length(of: .jp, family: "apparel") == nil, "JP clothing sizes are labels (号, S/M/L)")
    }

    static let good = """
    version: 1
    table:
      family: footwear
      group: men
      lengths: {JP: cm, KR: mm}
    rows:
      - {EU: "42", US: "9", JP: "27.0", KR: "270"}
      - {EU: "43", US: "10", JP: "28.0", KR: "280"}
    """

    @Test func aGoodTableLoads() throws {
        let table = try SizeTablesLoader.load(yaml: Self.good, file: "t.yaml")
        #expect(table.name == "footwear-men" && table.lengths == [.jp: .cm, .kr: .mm])
        #expect(table.rows == [[.eu: "42", .us: "9", .jp: "27.0", .kr: "270"], [.eu: "43", .us: "10", .jp: "28.0", .kr: "280"]])
    }

    /// A broken table does not load, and the error names the file, line and column.
    @Test(arguments: [
        ("{EU: \"43\", US: \"10\", JP: \"28.0\", KR: \"280\"}", "{EU: \"43\", US: \"10\", JP: \"28,0\", KR: \"280\"}",
         "t.yaml:8:30: the JP size '28,0' must be a length in cm (26.5)"),
        ("{EU: \"43\", US: \"10\", JP: \"28.0\", KR: \"280\"}", "{EU: \"43\", US: \"10\", JP: \"28.0\", KR: \"28\", FR: \"43\"}",
         "t.yaml:8:48: a row: unknown key 'FR' (accepted: EU, US, UK, JP, CN, KR)"),
        ("{EU: \"43\", US: \"10\", JP: \"28.0\", KR: \"280\"}", "{EU: \"43\"}", "t.yaml:8:5: a row needs sizes in at least two systems"),
        ("{EU: \"43\", US: \"10\", JP: \"28.0\", KR: \"280\"}", "{EU: \"42\", US: \"9\", JP: \"27.0\", KR: \"270\"}", "t.yaml:8:5: this row appears twice"),
        ("group: men", "group: adults", "t.yaml:4:10: group 'adults' is not one of: men, women, kids"),
        ("lengths: {JP: cm, KR: mm}", "lengths: {JP: inch, KR: mm}", "t.yaml:5:17: lengths.JP 'inch' is not one of: cm, mm"),
    ])
    func aBrokenTableDoesNotLoad(good: String, bad: String, message: String) {
        let yaml = Self.good.replacingOccurrences(of: good, with: bad)
        #expect(yaml != Self.good)
        let error = #expect(throws: RulePackError.self) { try SizeTablesLoader.load(yaml: yaml, file: "t.yaml") }
        #expect(error?.description == message)
    }

    @Test func twoTablesForOneFamilyAndGroupDoNotLoad() {
        let error = #expect(throws: RulePackError.self) {
            try SizeTablesLoader.load(files: [("a.yaml", Self.good), ("b.yaml", Self.good)])
        }
        #expect(error?.description == "b.yaml:0:0: a second footwear-men table (the first is a.yaml)")
    }
}
