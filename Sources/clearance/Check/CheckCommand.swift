import ArgumentParser
import ComplianceCore
import Formats
import RulePacks
import Foundation
import TextEngine

/// `clearance check`: clear listings against the rule packs for their markets.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check listings (JSON, JSONL, CSV or Merchant Center XML files, or standard input) against the rule packs.",
        discussion: """
        Exit codes: 0 when no finding reaches --fail-on, 1 when one does, 2 for usage, input or \
        configuration errors (a listing that cannot be read is reported and the others are still checked).
        Plain text on standard input is checked as a listing description. The input shape is \
        decided from the file extension and the first bytes unless --input-format says.
        """
    )

    @Argument(help: "Listing files; none or '-' reads standard input.") var files: [String] = []
    @Option(name: .customLong("market"), help: "Check every listing for this market (repeatable); otherwise each listing's own market.")
    var markets: [String] = []
    @Option(name: .customLong("input-format"), help: "Input shape: auto, json, jsonl, csv, xml (Merchant Center feed) or text.")
    var inputFormat: ListingInputFormat = .auto
    @Option(help: "Output format on standard output: text, json, sarif, junit or csv.") var format: ReportFormat = .text
    @Option(name: .customLong("report"), help: "Also write a report to a file, as FORMAT:PATH (e.g. sarif:out.sarif); repeatable.")
    var reports: [String] = []
    @Option(help: "Report only findings whose fingerprints are not in this baseline file (default: the configuration's).") var baseline: String?
    @Option(name: .customLong("write-baseline"), help: "Write the fingerprints of this run's findings to a baseline file.")
    var writeBaseline: String?
    @Option(name: .customLong("fail-on"), help: "The severity that makes the exit code 1: info, warn or block (default: the configuration's, else block).")
    var failOnOption: Severity?
    @Option(help: "The day rules are evaluated on (YYYY-MM-DD); default today (UTC).") var date: String?
    @Option(help: "Language of the findings' messages: en, market (the listing's language, else the market's), or a language code such as de or zh; rules without a message in it say it in English (default: the configuration's, else en).")
    var messages: String?
    @Flag(help: "Say for each finding how it was matched.") var explain = false
    @Flag(help: "Print the time spent per rule to standard error (for rule authors).") var profile = false
    @OptionGroup var sources: RuleSources
    @OptionGroup var marketplaces: MarketplaceOptions

    func run() throws {
        let day = try CheckDay.parse(date)
        let targets = try reports.map { try Self.reportTarget($0) }
        let configuration = try sources.configuration()
        let failOn = failOnOption ?? configuration?.failOn ?? .block
        let accepted = try (baseline ?? configuration?.baseline).map { path -> Baseline in
            guard let data = FileManager.default.contents(atPath: path) else { throw InputError("\(path): cannot read the baseline") }
            do { return try Baseline(data: data, source: path) } catch { throw InputError("\(error)") }
        }
        let packs = try sources.packs(configuration: configuration, marketplaces: marketplaces)
        let known = Dictionary(try sources.markets(configuration: configuration).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in markets where known[id] == nil {
            throw ValidationError("unknown market '\(id)' (known: \(known.keys.sorted().joined(separator: ", ")))")
        }
        let messageLanguage = messages ?? configuration?.messages ?? "en"
        guard Configuration.isMessageLanguage(messageLanguage) else {
            throw ValidationError("--messages '\(messageLanguage)' is not en, market or a language code such as de or zh")
        }
        // Step-by-step explanations of disguised matches cost time and show only with --explain.
        let engine = try Engine(packs: packs, profiler: profile ? RuleProfiler() : nil, explainsDisguises: explain,
                                messageLanguage: MessageLanguage(messageLanguage))
        let versions = ICUVersions.current
        let tool = CheckRun.Tool(version: ToolInfo.version, icu: versions.icu, cldr: versions.cldr,
                                 packs: packs.map { "\($0.id)@\($0.version)" })
        // Results stream to standard output as they come (JSON and text); file reports and
        // baselines need them all, and only then are they kept.
        let keepResults = !targets.isEmpty || ![.json, .text].contains(format)
        // A baseline written records everything this run found, before a baseline filtered it:
        // `--baseline old --write-baseline new` keeps accepted findings that are still there.
        var found: Set<String> = []
        let color = format == .text && Terminal.supportsColor
        var output = StreamedReport(format: format, tool: tool, color: color, explain: explain)
        var kept: [ListingResult] = []
        var origins: [String: ListingOrigin] = [:]
        var texts: [String: [FieldPath: String]] = [:]
        var errors: [String] = []
        var failing = false
        let pipeline = CheckPipeline(engine: engine, markets: known, marketIDs: markets, day: day)
        for stream in try inputs() {
            try stream.forEachBatch(warning: { Terminal.warn("\($0)") }) { items in
                for outcome in pipeline.check(items) {
                    switch outcome {
                    case let .error(message):
                        errors.append(message)
                    case .nothing:
                        break
                    case let .checked(listing, results):
                        for var result in results {
                            if writeBaseline != nil { found.formUnion(result.findings.map(\.fingerprint)) }
                            if let accepted { result = accepted.filter([result])[0] }
                            failing = failing || result.findings.contains { $0.severity >= failOn }
                            // The texts of the fields with findings: for the text report and kept reports.
                            let fieldTexts = format != .text && !keepResults ? [:] : Dictionary(result.findings.compactMap { finding in
                                finding.field.field.flatMap { field in
                                    listing.texts(of: [field]).first { $0.path == finding.field }.map { (finding.field, $0.text) }
                                }
                            }, uniquingKeysWith: { first, _ in first })
                            output.write(result, texts: fieldTexts)
                            if keepResults {
                                kept.append(result)
                                if let origin = listing.origin { origins[listing.id] = origin }
                                if !fieldTexts.isEmpty { texts[listing.id] = fieldTexts }
                            }
                        }
                    }
                }
            }
        }
        output.finish(errors: errors)
        if let profiler = engine.profiler {
            let lines = profiler.ranking.prefix(25).map { String(format: "%9.3f s  %@", $0.seconds, $0.rule) }
            FileHandle.standardError.write(Data(("time per rule (all threads):\n" + lines.joined(separator: "\n") + "\n").utf8))
        }
        // Streamed formats are done; the others get the run, with the rules (SARIF describes them).
        let run = keepResults ? CheckRun(tool: tool, results: kept, errors: errors, rules: packs.flatMap(\.rules), origins: origins)
                              : CheckRun(tool: tool, results: [], errors: errors)
        // Freeing tens of thousands of compiled rules one by one just before the process exits
        // costs tens of milliseconds: the engine is left for the exit to reclaim.
        Self.keptUntilExit = engine
        let lookup: (String, FieldPath) -> String? = { id, path in texts[id]?[path] }
        if ![.json, .text].contains(format) {
            print(format.render(run, failOn: failOn, color: false, explain: explain, texts: lookup))
        }
        for (kind, path) in targets {
            let rendered = kind.render(run, failOn: failOn, color: false, explain: explain, texts: lookup)
            guard FileManager.default.createFile(atPath: path, contents: Data((rendered + "\n").utf8)) else {
                throw InputError("\(path): cannot write the \(kind.rawValue) report")
            }
        }
        if let writeBaseline {
            guard FileManager.default.createFile(atPath: writeBaseline, contents: Baseline(fingerprints: found).data()) else {
                throw InputError("\(writeBaseline): cannot write the baseline")
            }
        }
        if !errors.isEmpty { throw ExitCode(Clearance.usageErrorCode) }
        if failing { throw ExitCode(1) }
    }

    /// The engine of the finished run, never freed (see `run`).
    nonisolated(unsafe) private static var keptUntilExit: Engine?

    /// A `--report FORMAT:PATH` value.
    static func reportTarget(_ value: String) throws -> (ReportFormat, String) {
        guard let colon = value.firstIndex(of: ":"), let kind = ReportFormat(rawValue: String(value[..<colon])),
              value.index(after: colon) < value.endIndex else {
            throw ValidationError("--report '\(value)' is not FORMAT:PATH with FORMAT one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return (kind, String(value[value.index(after: colon)...]))
    }

    /// The inputs as listing streams: files, or standard input (plain text there becomes one
    /// listing whose description it is, with id `stdin`).
    private func inputs() throws -> [ListingStream] {
        let names = files.isEmpty ? ["-"] : files
        return try names.map { name in
            if name == "-" {
                return ListingStream(handle: FileHandle.standardInput, source: "standard input", format: inputFormat, textID: "stdin",
                                     deferParsing: true)
            }
            guard let handle = FileHandle(forReadingAtPath: name) else { throw InputError("\(name): cannot read the file") }
            let pathExtension = URL(fileURLWithPath: name).pathExtension
            return ListingStream(handle: handle, source: name, format: inputFormat,
                                 fileExtension: pathExtension.isEmpty ? nil : pathExtension, deferParsing: true)
        }
    }
}

extension Severity: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
extension ListingInputFormat: ExpressibleByArgument {}
