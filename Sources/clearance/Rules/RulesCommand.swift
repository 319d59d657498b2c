import ArgumentParser
import ComplianceCore
import Foundation
import TextEngine

/// `clearance rules`: list the loaded rules and test their examples.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List rule packs and run their examples.",
                                                    subcommands: [List.self, Show.self, Test.self, Docs.self, QualityCommand.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every loaded rule.",
            discussion: "Packs of marketplaces that are not selected are listed too, marked 'marketplace NAME, not selected'.")
        @OptionGroup var sources: RuleSources
        @OptionGroup var marketplaces: MarketplaceOptions

        func run() throws {
            let configuration = try sources.configuration()
            let selected = Set(marketplaces.selected(configuration: configuration))
            for pack in try sources.packs(configuration: configuration, marketplaces: marketplaces, everyMarketplace: true) {
                let mark = pack.marketplace.map { selected.contains($0) ? " [marketplace \($0)]" : " [marketplace \($0), not selected]" } ?? ""
                print("\(pack.id) \(pack.version): \(pack.rules.count) rule\(pack.rules.count == 1 ? "" : "s") (\(pack.source))\(mark)")
                for rule in pack.rules {
                    print("  \(rule.id)  \(rule.severity.rawValue) \(rule.category.rawValue) \(rule.check.kind)  \(rule.citation.law)")
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a rule in full (or every rule of a pack): check, conditions, messages, citation, fix, examples.")
        @Argument(help: "A rule id, or a pack id.") var id: String
        @OptionGroup var sources: RuleSources
        @OptionGroup var marketplaces: MarketplaceOptions

        func run() throws {
            let configuration = try sources.configuration()
            let selected = Set(marketplaces.selected(configuration: configuration))
            let packs = try sources.packs(configuration: configuration, marketplaces: marketplaces, everyMarketplace: true)
            func isSelected(_ pack: RulePack) -> Bool { pack.marketplace.map(selected.contains) ?? true }
            if let pack = packs.first(where: { $0.id == id }) {
                print(RuleDescription.pack(pack, selected: isSelected(pack)))
                for rule in pack.rules { print("\n" + RuleDescription.rule(rule, in: pack, selected: isSelected(pack))) }
                return
            }
            guard let pack = packs.first(where: { $0.rules.contains { $0.id == id } }),
                  let rule = pack.rules.first(where: { $0.id == id }) else {
                let ids = packs.flatMap { $0.rules.map(\.id) }
                let near = ids.filter { $0.contains(id) || id.contains($0) }.prefix(5)
                throw InputError("no loaded rule or pack has the id '\(id)'" + (near.isEmpty ? "" : " (did you mean \(near.joined(separator: ", "))?)"))
            }
            print(RuleDescription.rule(rule, in: pack, selected: isSelected(pack)))
        }
    }

    struct Docs: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the reference pages of the packs (one per pack, an index, a coverage table), or check them.",
            discussion: "Exit code 0 when written (or, with --check, up to date), 1 when --check finds stale or missing pages.")
        @OptionGroup var sources: RuleSources
        @Option(help: "The folder of the pages.") var out = "docs/rules"
        @Flag(help: "Compare the pages with the folder instead of writing them.") var check = false

        func run() throws {
            let configuration = try sources.configuration()
            let manager = FileManager.default
            // Pages describe the packs as written, like `rules test`.
            // Sources are shown relative to the working directory, so pages do not depend on where
            // the checkout is.
            let cwd = manager.currentDirectoryPath + "/"
            let packs = try sources.packs(configuration: configuration, adjusted: false).map { pack in
                pack.source.hasPrefix(cwd) ? pack.with(source: String(pack.source.dropFirst(cwd.count))) : pack
            }
            let pages = RuleDocs.pages(packs: packs, markets: try sources.markets(configuration: configuration))
            let existing = Set((try? manager.contentsOfDirectory(atPath: out))?.filter { $0.hasSuffix(".md") && $0 != "quality.md" } ?? [])
            if check {
                var stale: [String] = []
                for (name, text) in pages.sorted(by: { $0.key < $1.key }) {
                    let path = (out as NSString).appendingPathComponent(name)
                    if manager.contents(atPath: path) != Data(text.utf8) { stale.append(path) }
                }
                stale += existing.subtracting(pages.keys).sorted().map { (out as NSString).appendingPathComponent($0) + " (no such pack)" }
                if stale.isEmpty {
                    print("\(pages.count) pages in \(out) are up to date")
                    return
                }
                print("stale rule pages (run `clearance rules docs`):\n" + stale.map { "  " + $0 }.joined(separator: "\n"))
                throw ExitCode(1)
            }
            try manager.createDirectory(atPath: out, withIntermediateDirectories: true)
            for name in existing.subtracting(pages.keys) {
                try manager.removeItem(atPath: (out as NSString).appendingPathComponent(name))
            }
            for (name, text) in pages {
                let path = (out as NSString).appendingPathComponent(name)
                guard manager.createFile(atPath: path, contents: Data(text.utf8)) else { throw InputError("\(path): cannot write") }
            }
            print("wrote \(pages.count) pages to \(out)")
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every rule's examples, also after an emoji and a combining mark, and in NFC and NFD.",
            discussion: "Every pack is tested, also those of marketplaces not selected. Exit code 0 when every example gives its marked span, 1 when one does not, 2 when packs do not load.")
        @OptionGroup var sources: RuleSources
        @Option(help: "The day rules are evaluated on (YYYY-MM-DD); rules with a later start use their start day.")
        var date: String?

        func run() throws {
            let day = try CheckDay.parse(date)
            let configuration = try sources.configuration()
            // Examples are facts about rules as written: disabled rules and overrides do not apply.
            let engine = try Engine(packs: try sources.packs(configuration: configuration, adjusted: false))
            let report = try ExampleRunner(engine: engine, markets: try sources.markets(configuration: configuration)).run(on: day)
            for failure in report.failures { print("FAIL \(failure)") }
            print("rule examples: \(report.rules) rules, \(report.examples) examples, \(report.runs) runs with variants")
            print("\(report.runs - report.failures.count) passed, \(report.failures.count) failed")
            if !report.failures.isEmpty { throw ExitCode(1) }
        }
    }
}

/// The `--date` option: a day given, or today in UTC.
enum CheckDay {
    static func parse(_ text: String?) throws -> Day {
        if let text {
            guard let day = Day(text) else { throw ValidationError("--date '\(text)' is not a date written YYYY-MM-DD") }
            return day
        }
        let parts = Date().formatted(.iso8601.year().month().day()).split(separator: "-").map(String.init)
        return Day(parts.joined(separator: "-"))!
    }
}
