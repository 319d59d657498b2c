import ArgumentParser
import ComplianceCore
import Formats
import Foundation
import Localization
import RulePacks
import TextEngine

/// `clearance localize`: products in, a checked listing for each market out.
struct LocalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "localize", abstract: "Make a listing of each product for each market and check it with the rule engine.",
        discussion: """
        Titles come from locales/templates/titles.yaml with the glossaries of locales/glossaries (colours, materials, \
        product types, patterns, fits, features, size words) and the phrases (pack counts), fitted to the title limit of \
        the applicable length rules. Sizes are converted to the market's size system with the tables of locales/sizes. \
        Prices are converted with --rates; quantities are stated in each market's units. A value a glossary cannot \
        translate, or a size a table cannot convert, is a localization finding (warn), never left in the source language \
        or system. Bullets state the attributes, quantities and feature terms (locales/templates/bullets.yaml); a \
        product's own text in the market's language is the description.
        """)

    @Argument(help: "Products: JSON, a JSON array or JSON Lines (sku, brand, category, type, attributes, quantities, count, price, texts).")
    var products: String
    @Option(help: "Markets, comma-separated (US,DE,JP), or all.") var markets: String = "all"
    @Option(help: "Exchange rates file (JSON: date, base, rates) for prices in other currencies.") var rates: String?
    @Option(help: "Folder holding templates/, glossaries/ and sizes/ (default: locales).") var locales: String = "locales"
    @Option(help: "Write the listings (listings.jsonl) and the reports (report.json, report.html) to this folder.") var out: String?
    @Option(help: "The day rules are evaluated on (YYYY-MM-DD); default today (UTC).") var date: String?
    @Option(help: "Output on standard output: summary (decisions and a count per market), text, json, sarif, junit or csv.")
    var format: LocalizeFormat = .summary
    @Flag(help: "The same as --format json.") var json = false
    @Option(name: .customLong("fail-on"), help: "The severity that makes the exit code 1: info, warn or block (default: the configuration's, else block).")
    var failOnOption: Severity?
    @OptionGroup var definitions: DefinitionSources
    @OptionGroup var marketplaces: MarketplaceOptions

    /// Exit codes as `check`: 0 when no finding reaches --fail-on, 1 when one does, 2 when a
    /// product could not be read (the others are still localized).
    func run() throws {
        let outcome = try execute()
        if outcome.unreadable { throw ExitCode(Clearance.usageErrorCode) }
        if outcome.failing { throw ExitCode(1) }
    }

    /// Localizes, checks, writes and prints; returns whether a finding reached --fail-on and
    /// whether a product could not be read.
    func execute() throws -> (failing: Bool, unreadable: Bool) {
        let sources = try definitions.ruleSources()
        let configuration = try sources.configuration()
        let failOn = failOnOption ?? configuration?.failOn ?? .block
        let packs = try sources.packs(configuration: configuration, marketplaces: marketplaces)
        let known = try sources.markets(configuration: configuration)
        let chosen: [Market]
        if markets.lowercased() == "all" {
            chosen = known.sorted { $0.id < $1.id }
        } else {
            chosen = try markets.split(separator: ",").map { id in
                guard let market = known.first(where: { $0.id == id.trimmingCharacters(in: .whitespaces) }) else {
                    throw ValidationError("unknown market '\(id)' (known: \(known.map(\.id).sorted().joined(separator: ", ")))")
                }
                return market
            }
        }
        let localization = try Self.localizationData(locales)
        let localizer = Localizer(composer: localization.composer, bullets: localization.bullets, descriptions: localization.descriptions,
                                  rates: try rates.map(Self.loadRates))
        guard let data = FileManager.default.contents(atPath: products) else { throw InputError("\(products): cannot read the products") }
        let read = ProductReader.read(data, source: products)
        for problem in read.problems { Terminal.warn(problem.description) }
        let engine = try Engine(packs: packs)
        let day = try CheckDay.parse(date)
        let made = try CatalogLocalization(localizer: localizer, engine: engine, packs: packs).run(read.products, markets: chosen, on: day)
        let listings = made.listings, results = made.results, notes = made.notes
        let versions = ICUVersions.current
        let run = CheckRun(tool: CheckRun.Tool(version: ToolInfo.version, icu: versions.icu, cldr: versions.cldr,
                                               packs: packs.map { "\($0.id)@\($0.version)" }),
                           results: results, errors: read.problems.map(\.description) + notes)
        if let out {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let lines = listings.map { ListingJSON.value($0).text }.joined(separator: "\n") + "\n"
            let heading = "Clearance: \(read.products.count) products localized for \(chosen.count) markets"
            guard FileManager.default.createFile(atPath: out + "/listings.jsonl", contents: Data(lines.utf8)),
                  FileManager.default.createFile(atPath: out + "/report.json", contents: Data((JSONReport.render(run) + "\n").utf8)),
                  FileManager.default.createFile(atPath: out + "/report.html",
                                                 contents: Data(HTMLReport.render(run, listings: listings, heading: heading).utf8)) else {
                throw InputError("\(out): cannot write the listings and the report")
            }
        }
        let chosenFormat: LocalizeFormat = json ? .report(.json) : format
        switch chosenFormat {
        case .summary:
            print(Self.summary(listings: listings, results: results, notes: notes, markets: chosen), terminator: "")
            if let out { print("\nwrote \(out)/listings.jsonl, \(out)/report.json and \(out)/report.html") }
        case let .report(kind):
            var texts: [String: [FieldPath: String]] = [:]
            for listing in listings {
                texts[listing.id] = Dictionary(listing.texts(of: ListingField.allCases).map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
            }
            let full = CheckRun(tool: run.tool, results: run.results, errors: run.errors, rules: packs.flatMap(\.rules))
            print(kind.render(full, failOn: failOn, color: false, explain: false, texts: { id, path in texts[id]?[path] }))
        }
        let failing = results.contains { $0.findings.contains { $0.severity >= failOn } }
        return (failing, !read.problems.isEmpty)
    }

    /// The templates, glossaries and phrases under `locales`, all or nothing.
    static func localizationData(_ locales: String) throws -> (composer: TitleComposer, bullets: BulletTemplates, descriptions: DescriptionTemplates) {
        let read = RuleSources.read
        do {
            let folder = locales + "/glossaries"
            let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
            let glossaries = try names.map { try GlossaryLoader.load(yaml: try read(folder + "/" + $0), file: folder + "/" + $0) }
            let titles = locales + "/templates/titles.yaml", phrases = locales + "/templates/phrases.yaml"
            let bullets = locales + "/templates/bullets.yaml", descriptions = locales + "/templates/descriptions.yaml"
            let sizeFolder = locales + "/sizes"
            let sizeFiles = try FileManager.default.contentsOfDirectory(atPath: sizeFolder).filter { $0.hasSuffix(".yaml") }.sorted()
            let sizes = try SizeTablesLoader.load(files: try sizeFiles.map { (sizeFolder + "/" + $0, try read(sizeFolder + "/" + $0)) })
            let familiesFile = locales + "/templates/families.yaml"
            let families = try TemplateFamiliesLoader.load(yaml: try read(familiesFile), file: familiesFile)
            let composer = TitleComposer(templates: try TitleTemplatesLoader.load(yaml: try read(titles), file: titles, families: families),
                                         glossaries: glossaries, phrases: try PhrasesLoader.load(yaml: try read(phrases), file: phrases),
                                         sizes: sizes)
            return (composer, try BulletTemplatesLoader.load(yaml: try read(bullets), file: bullets),
                    try DescriptionTemplatesLoader.load(yaml: try read(descriptions), file: descriptions, families: families))
        } catch let error as RulePackError {
            throw InputError("localization data did not load, nothing was made:\n\(error.description)")
        }
    }

    static func loadRates(_ path: String) throws -> ExchangeRates {
        guard let data = FileManager.default.contents(atPath: path) else { throw InputError("\(path): cannot read the rates file") }
        do { return try ExchangeRates.load(data, file: path) } catch { throw InputError("\(error)") }
    }

    static func summary(listings: [Listing], results: [ListingResult], notes: [String], markets: [Market]) -> String {
        var out = ""
        for (listing, result) in zip(listings, results) {
            out += "\(result.decision.rawValue.uppercased()) \(listing.id)  \(listing.title ?? "")"
            out += listing.attributes["price"].map { "  \($0)" } ?? ""
            out += "\n"
            for finding in result.findings where finding.severity != .info {
                out += "  \(finding.severity.rawValue) \(finding.rule): \(finding.message)\n"
            }
        }
        for note in notes { out += "note: \(note)\n" }
        out += "\nmarket  pass  review  block\n"
        for market in markets {
            let decisions = results.filter { $0.market == market.id }.map(\.decision)
            guard !decisions.isEmpty else { continue }
            let count = { (d: Decision) in decisions.filter { $0 == d }.count }
            out += market.id.padding(toLength: 8, withPad: " ", startingAt: 0)
                + "\(count(.pass))".leftPadded(4) + "\(count(.review))".leftPadded(8) + "\(count(.block))".leftPadded(7) + "\n"
        }
        return out
    }
}

/// What `localize` prints: the per-market summary, or one of the check reports.
enum LocalizeFormat: ExpressibleByArgument, Equatable {
    case summary
    case report(ReportFormat)

    init?(argument: String) {
        if argument == "summary" { self = .summary } else if let kind = ReportFormat(rawValue: argument) { self = .report(kind) } else { return nil }
    }

    static var allValueStrings: [String] { ["summary"] + ReportFormat.allCases.map(\.rawValue) }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

/// `clearance demo`: the example catalog localized into every market, with the HTML report.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Localize the example catalog (examples/products.jsonl) into every market and write the HTML report.")

    @Option(help: "Folder for listings.jsonl, report.json and report.html.") var out: String = "clearance-demo"
    @Option(help: "The day rules are evaluated on (YYYY-MM-DD); default today (UTC).") var date: String?

    func run() throws {
        let command = try LocalizeCommand.parse(["examples/products.jsonl", "--markets", "all", "--rates", "examples/rates.json",
                                                 "--out", out] + (date.map { ["--date", $0] } ?? []))
        // Blocked listings are what the demo shows, not a failure of the demo.
        _ = try command.execute()
    }
}
