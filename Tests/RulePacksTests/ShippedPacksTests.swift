import ComplianceCore
import Foundation
import Testing
@testable import RulePacks

/// Every pack under `rules/` loads, and every example of every rule gives its marked span, in
/// all variants (what `clearance rules test` runs).
@Suite struct ShippedPacksTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func yamlFiles(_ folder: String) throws -> [URL] {
        let base = root.appendingPathComponent(folder)
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "yaml" { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    @Test func everyExampleOfEveryShippedRulePasses() throws {
        let packs = try Self.yamlFiles("rules").map { url in
            try RulePackLoader.load(yaml: String(decoding: try Data(contentsOf: url), as: UTF8.self), file: url.path)
        }
        #expect(packs.count >= 7)
        let markets = try Self.yamlFiles("locales/markets").map { url in
            try MarketLoader.load(yaml: String(decoding: try Data(contentsOf: url), as: UTF8.self), file: url.path)
        }
        #expect(markets.count >= 20)
        let report = try ExampleRunner(engine: try Engine(packs: packs), markets: markets).run(on: Day("2026-11-30")!)
        #expect(report.failures.isEmpty, "\(report.failures.map(\.description).joined(separator: "\n"))")
        #expect(report.examples >= 40)
    }
}
