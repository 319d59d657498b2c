import ArgumentParser
import Foundation
import TextEngine

/// `clearance bench`: throughput of the text engine on the standard corpus, side by side with
/// the C reference, on one core. Quote medians and ratios; machines are shared and noisy.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure normalization and view throughput on the standard corpus (one core).",
        discussion: """
        Write the corpus first: python3 ../shared/bench/gen.py --out DIR (needs `pip install faker`).
        The benchmark reads DIR/listings.txt (one listing a line) and the watch list DIR/marks.tsv
        (folded and compiled into one automaton, whose build time is reported) into memory, then times each
        measure over all listings, --rounds times, and prints the median. Build with -c release.
        """
    )

    @Option(help: "Folder written by gen.py (holds listings.txt).") var corpus: String
    @Option(help: "Rounds per measure; the median is reported.") var rounds = 3
    @Option(help: "Use only the first N listings.") var limit: Int?
    @Option(help: "Run only the measures with these names (repeatable).") var only: [String] = []
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let path = URL(fileURLWithPath: corpus).appendingPathComponent("listings.txt").path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError("cannot read \(path): write the corpus with python3 ../shared/bench/gen.py --out \(corpus)")
        }
        let marksPath = URL(fileURLWithPath: corpus).appendingPathComponent("marks.tsv").path
        let marks = FileManager.default.contents(atPath: marksPath) ?? Data()
        let corpus = try BenchCorpus(data: data, marks: marks, limit: limit)
        let known = NormalizationBenchmark.measures.map(\.name)
        if let unknown = only.first(where: { !known.contains($0) }) {
            throw ValidationError("unknown measure '\(unknown)'; measures: \(known.joined(separator: ", "))")
        }
        let selected = NormalizationBenchmark.measures.filter { only.isEmpty || only.contains($0.name) }
        let results = selected.map { $0.run(on: corpus, rounds: max(1, rounds)) }
        let report = BenchReport(corpus: corpus, rounds: rounds, results: results)
        print(json ? report.json() : report.text())
    }
}
