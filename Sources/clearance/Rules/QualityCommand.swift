import ArgumentParser
import ComplianceCore
import Formats
import Foundation

/// `clearance rules quality`: precision and recall of the loaded packs on a labelled set.
struct QualityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quality",
        abstract: "Measure precision and recall of the packs on a labelled set of listings (JSON Lines with an 'expect' list of topics).",
        discussion: """
        Each line is a listing (DESIGN section 8 shape) with "expect": the topics a correct checker must \
        flag (privacy, trademark, counterfeit, regulatory, marketplace, localization, quality; [] for none). \
        A case counts as flagged for a topic when a finding of that category is reported at warn or block \
        (info findings are reminders that never change a decision). \
        Exit code 0; 2 when the set cannot be read.
        """)

    @OptionGroup var sources: RuleSources
    @Option(help: "The labelled set.") var set = "Tests/Quality/labelled.jsonl"
    @Option(help: "Also write the figures as Markdown to this file.") var markdown: String?
    @Option(help: "The day rules are evaluated on (YYYY-MM-DD); default today.") var date: String?
    @Option(help: "List at most this many misclassified cases per topic.") var show = 10

    func run() throws {
        let day = try CheckDay.parse(date)
        let configuration = try sources.configuration()
        let packs = try sources.packs(configuration: configuration)
        let markets = Dictionary(try sources.markets(configuration: configuration).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        guard let data = FileManager.default.contents(atPath: set) else { throw InputError("\(set): cannot read the labelled set") }
        let cases = try LabelledSet.read(data, source: set)
        let engine = try Engine(packs: packs)
        var packOfRule: [String: String] = [:]
        for pack in packs { for rule in pack.rules { packOfRule[rule.id] = pack.id } }
        var scores = QualityScores()
        for item in cases {
            guard let market = markets[item.market] else { throw InputError("\(set):\(item.line): unknown market '\(item.market)'") }
            let result = try engine.check(item.listing, market: market, on: day)
            scores.add(item, findings: result.findings, packOfRule: packOfRule)
        }
        let report = scores.report(set: set, cases: cases.count, day: day, show: show,
                                   packs: packs.map { "\($0.id)@\($0.version)" })
        print(report)
        if let markdown {
            guard FileManager.default.createFile(atPath: markdown, contents: Data((report + "\n").utf8)) else {
                throw InputError("\(markdown): cannot write")
            }
        }
    }
}

/// One labelled case.
struct LabelledCase {
    let line: Int
    let listing: Listing
    let market: String
    let expect: Set<FindingCategory>
    let note: String
    let language: String
}

enum LabelledSet {
    /// Reads JSON Lines; a case that cannot be read is an error naming its line (a measurement
    /// on a silently shortened set would mislead).
    static func read(_ data: Data, source: String) throws -> [LabelledCase] {
        var cases: [LabelledCase] = []
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x0D }) else { continue }
            let read = ListingReader.read(Data(line), source: source)
            guard let listing = read.listings.first, read.errors.isEmpty,
                  let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw InputError("\(source):\(lineNumber): \(read.errors.first?.message ?? "not a listing")")
            }
            guard let labels = object["expect"] as? [String] else { throw InputError("\(source):\(lineNumber): 'expect' must be a list of topics") }
            var expect: Set<FindingCategory> = []
            for label in labels {
                guard let category = FindingCategory(rawValue: label) else {
                    throw InputError("\(source):\(lineNumber): unknown topic '\(label)' (topics: \(FindingCategory.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                expect.insert(category)
            }
            guard let market = listing.market else { throw InputError("\(source):\(lineNumber): a case needs a market") }
            let locale = listing.locale ?? ""
            cases.append(LabelledCase(line: lineNumber, listing: listing, market: market, expect: expect,
                                      note: object["note"] as? String ?? "", language: String(locale.prefix { $0 != "-" })))
        }
        return cases
    }
}

/// Case-level confusion counts per topic, and per pack how often its findings were wanted.
struct QualityScores {
    struct Counts {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0
        var precision: Double? { truePositives + falsePositives == 0 ? nil : Double(truePositives) / Double(truePositives + falsePositives) }
        var recall: Double? { truePositives + falseNegatives == 0 ? nil : Double(truePositives) / Double(truePositives + falseNegatives) }
    }

    var topics: [FindingCategory: Counts] = [:]
    /// Per pack: cases it flagged that expected the finding's topic, and cases it flagged that did not.
    var packs: [String: (wanted: Int, unwanted: Int)] = [:]
    var misses: [FindingCategory: [String]] = [:]
    var falseAlarms: [FindingCategory: [String]] = [:]
    var languages: [String: Counts] = [:]

    mutating func add(_ item: LabelledCase, findings all: [Finding], packOfRule: [String: String]) {
        // Info findings are reminders that never change a decision: only warn and block count.
        let findings = all.filter { $0.severity >= .warn }
        let found = Set(findings.map(\.category))
        let id = item.listing.id
        for topic in FindingCategory.allCases {
            let expected = item.expect.contains(topic), flagged = found.contains(topic)
            switch (expected, flagged) {
            case (true, true): topics[topic, default: Counts()].truePositives += 1
            case (true, false):
                topics[topic, default: Counts()].falseNegatives += 1
                misses[topic, default: []].append("\(id) (line \(item.line)): \(item.note)")
            case (false, true):
                topics[topic, default: Counts()].falsePositives += 1
                let rules = findings.filter { $0.category == topic }.map { "\($0.rule) on \"\($0.span.text)\"" }
                falseAlarms[topic, default: []].append("\(id) (line \(item.line)): \(rules.joined(separator: ", "))")
            case (false, false): topics[topic, default: Counts()].trueNegatives += 1
            }
        }
        // Per language: any topic, case level.
        let anyExpected = !item.expect.isEmpty, correct = found.intersection(item.expect)
        var counts = languages[item.language, default: Counts()]
        if anyExpected { if correct.isEmpty { counts.falseNegatives += 1 } else { counts.truePositives += 1 } }
        if !found.subtracting(item.expect).isEmpty { counts.falsePositives += 1 } else if !anyExpected { counts.trueNegatives += 1 }
        languages[item.language] = counts
        var byPack: [String: Bool] = [:]
        for finding in findings {
            let pack = packOfRule[finding.rule] ?? "?"
            byPack[pack] = (byPack[pack] ?? true) && item.expect.contains(finding.category)
        }
        for (pack, wanted) in byPack {
            var entry = packs[pack] ?? (0, 0)
            if wanted { entry.wanted += 1 } else { entry.unwanted += 1 }
            packs[pack] = entry
        }
    }

    static func format(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "–" }

    func report(set: String, cases: Int, day: Day, show: Int, packs packList: [String]) -> String {
        var lines = [
            "# Rule quality on the labelled set",
            "",
            "Measured with `clearance rules quality --set \(set)` on \(day): \(cases) cases, each checked for its own",
            "market with every shipped pack (marketplace packs only when selected). A case counts as flagged",
            "for a topic when a finding of that category is reported at warn or block (info findings are",
            "reminders that never change a decision). Packs: \(packList.joined(separator: ", ")).",
            "",
            "Read these figures with the set's limits (its README beside it): the cases are synthetic, built",
            "from templates by the team that wrote the rules, with the same reading of the law, so they",
            "measure consistency with that reading and robustness to disguises, not agreement with",
            "independent reviewers; markets and languages with few cases (IN, CA, AU, MX; Thai) are thin.",
            "",
            "## Per topic",
            "",
            "| topic | cases expecting it | true pos. | false pos. | false neg. | precision | recall |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for topic in FindingCategory.allCases {
            guard let counts = topics[topic], counts.truePositives + counts.falseNegatives + counts.falsePositives > 0 else { continue }
            lines.append("| \(topic.rawValue) | \(counts.truePositives + counts.falseNegatives) | \(counts.truePositives) | \(counts.falsePositives) | \(counts.falseNegatives) | \(Self.format(counts.precision)) | \(Self.format(counts.recall)) |")
        }
        lines += ["", "## Per pack", "", "Cases a pack flagged where every topic it reported was expected, and cases where it reported an unexpected one.", "",
                  "| pack | wanted | unwanted | precision |", "|---|---:|---:|---:|"]
        for (pack, entry) in packs.sorted(by: { $0.key < $1.key }) {
            let precision = Double(entry.wanted) / Double(max(1, entry.wanted + entry.unwanted))
            lines.append("| \(pack) | \(entry.wanted) | \(entry.unwanted) | \(Self.format(precision)) |")
        }
        lines += ["", "## Per language (any topic)", "", "| language | true pos. | false pos. | false neg. | true neg. | precision | recall |", "|---|---:|---:|---:|---:|---:|---:|"]
        for (language, counts) in languages.sorted(by: { $0.key < $1.key }) {
            lines.append("| \(language.isEmpty ? "?" : language) | \(counts.truePositives) | \(counts.falsePositives) | \(counts.falseNegatives) | \(counts.trueNegatives) | \(Self.format(counts.precision)) | \(Self.format(counts.recall)) |")
        }
        for topic in FindingCategory.allCases {
            let missed = misses[topic] ?? [], alarms = falseAlarms[topic] ?? []
            guard !missed.isEmpty || !alarms.isEmpty else { continue }
            lines += ["", "## \(topic.rawValue): what went wrong (first \(show))", ""]
            lines += missed.prefix(show).map { "- missed: " + RuleDocs.escape($0) }
            lines += alarms.prefix(show).map { "- false alarm: " + RuleDocs.escape($0) }
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }
}
