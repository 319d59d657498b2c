import ArgumentParser
import ComplianceCore
import Formats
import Foundation
import TextEngine

/// `clearance check`: clear listings against the rule packs for their markets.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check listings (JSON, JSON array or JSONL files, or standard input) against the rule packs.",
        discussion: """
        Exit codes: 0 when no finding reaches --fail-on, 1 when one does, 2 for usage, input or \
        configuration errors (a listing that cannot be read is reported and the others are still checked).
        Plain text on standard input is checked as a listing description.
        """
    )

    @Argument(help: "Listing files; none or '-' reads standard input.") var files: [String] = []
    @Option(name: .customLong("market"), help: "Check every listing for this market (repeatable); otherwise each listing's own market.")
    var markets: [String] = []
    @Option(help: "Output format on standard output: text, json, sarif, junit or csv.") var format: ReportFormat = .text
    @Option(name: .customLong("report"), help: "Also write a report to a file, as FORMAT:PATH (e.g. sarif:out.sarif); repeatable.")
    var reports: [String] = []
    @Option(help: "Report only findings whose fingerprints are not in this baseline file.") var baseline: String?
    @Option(name: .customLong("write-baseline"), help: "Write the fingerprints of this run's findings to a baseline file.")
    var writeBaseline: String?
    @Option(name: .customLong("fail-on"), help: "The severity that makes the exit code 1: info, warn or block.")
    var failOn: Severity = .block
    @Option(help: "The day rules are evaluated on (YYYY-MM-DD); default today (UTC).") var date: String?
    @Flag(help: "Say for each finding how it was matched.") var explain = false
    @OptionGroup var sources: RuleSources

    func run() throws {
        let day = try CheckDay.parse(date)
        let targets = try reports.map { try Self.reportTarget($0) }
        let accepted = try baseline.map { path -> Baseline in
            guard let data = FileManager.default.contents(atPath: path) else { throw InputError("\(path): cannot read the baseline") }
            do { return try Baseline(data: data, source: path) } catch { throw InputError("\(error)") }
        }
        let packs = try sources.packs()
        let known = Dictionary(try sources.markets().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in markets where known[id] == nil {
            throw ValidationError("unknown market '\(id)' (known: \(known.keys.sorted().joined(separator: ", ")))")
        }
        let engine = try Engine(packs: packs)
        var errors: [String] = []
        var listings: [Listing] = []
        for (source, data) in try inputs() {
            let read = ListingReader.read(data, source: source)
            listings += read.listings
            errors += read.errors.map(\.description)
        }
        var results: [ListingResult] = []
        for listing in listings {
            let marketIDs = markets.isEmpty ? listing.market.map { [$0] } ?? [] : markets
            guard !marketIDs.isEmpty else {
                errors.append("listing '\(listing.id)': no market (give --market or a \"market\" field)")
                continue
            }
            for id in marketIDs {
                guard let market = known[id] else {
                    errors.append("listing '\(listing.id)': unknown market '\(id)'")
                    continue
                }
                results.append(try engine.check(listing, market: market, on: day))
            }
        }
        if let writeBaseline {
            guard FileManager.default.createFile(atPath: writeBaseline, contents: Baseline(results: results).data()) else {
                throw InputError("\(writeBaseline): cannot write the baseline")
            }
        }
        if let accepted { results = accepted.filter(results) }
        let versions = ICUVersions.current
        let run = CheckRun(tool: .init(version: ToolInfo.version, icu: versions.icu, cldr: versions.cldr,
                                       packs: packs.map { "\($0.id)@\($0.version)" }),
                           results: results, errors: errors, rules: packs.flatMap(\.rules),
                           origins: Dictionary(listings.compactMap { l in l.origin.map { (l.id, $0) } }, uniquingKeysWith: { first, _ in first }))
        let byID = Dictionary(listings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let texts: (String, FieldPath) -> String? = { id, path in
            guard let listing = byID[id], let field = path.field else { return nil }
            return listing.texts(of: [field]).first { $0.path == path }?.text
        }
        print(format.render(run, failOn: failOn, color: format == .text && Terminal.supportsColor, explain: explain, texts: texts))
        for (kind, path) in targets {
            let rendered = kind.render(run, failOn: failOn, color: false, explain: explain, texts: texts)
            guard FileManager.default.createFile(atPath: path, contents: Data((rendered + "\n").utf8)) else {
                throw InputError("\(path): cannot write the \(kind.rawValue) report")
            }
        }
        if !errors.isEmpty { throw ExitCode(Clearance.usageErrorCode) }
        if results.contains(where: { $0.findings.contains { $0.severity >= failOn } }) { throw ExitCode(1) }
    }

    /// A `--report FORMAT:PATH` value.
    static func reportTarget(_ value: String) throws -> (ReportFormat, String) {
        guard let colon = value.firstIndex(of: ":"), let kind = ReportFormat(rawValue: String(value[..<colon])),
              value.index(after: colon) < value.endIndex else {
            throw ValidationError("--report '\(value)' is not FORMAT:PATH with FORMAT one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return (kind, String(value[value.index(after: colon)...]))
    }

    /// The input files' contents, or standard input; plain text becomes one listing.
    private func inputs() throws -> [(String, Data)] {
        let names = files.isEmpty ? ["-"] : files
        return try names.map { name in
            if name == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                let first = data.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
                if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return ("standard input", data) }
                let text = try UTF8Validation.decode(data)
                let object: [String: Any] = ["id": "stdin", "description": text]
                return ("standard input", try JSONSerialization.data(withJSONObject: object))
            }
            guard let data = FileManager.default.contents(atPath: name) else { throw InputError("\(name): cannot read the file") }
            return (name, data)
        }
    }
}

extension Severity: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
