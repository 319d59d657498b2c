import TextEngine

/// The figures of one `clearance bench` run, as text or JSON.
struct BenchReport {
    let corpus: BenchCorpus
    let rounds: Int
    let results: [BenchResult]

    private var referenceSeconds: Double? {
        results.first { $0.name == NormalizationBenchmark.reference }?.seconds
    }

    private func megabytesPerSecond(_ r: BenchResult) -> Double { Double(corpus.totalBytes) / r.seconds / 1e6 }
    private func listingsPerSecond(_ r: BenchResult) -> Double { Double(corpus.lengths.count) / r.seconds }
    private func ratio(_ r: BenchResult) -> Double? { referenceSeconds.map { $0 / r.seconds } }

    func text() -> String {
        let versions = ICUVersions.current
        var lines = [
            "corpus: \(corpus.lengths.count) listings, \(format(Double(corpus.totalBytes) / 1e6, 1)) MB UTF-8; one core; median of \(rounds)",
            "ICU \(versions.icu), CLDR \(versions.cldr)",
            "watch list: \(corpus.termCount) terms, automaton of \(corpus.terms.stateCount) states built in \(format(corpus.automatonBuildSeconds, 3)) s; matcher built in \(format(corpus.matcherBuildSeconds, 3)) s",
            pad("measure", 18) + pad("MB/s", 10, left: true) + pad("listings/s", 13, left: true) + pad("vs C", 8, left: true) + "  what",
        ]
        for r in results {
            lines.append(pad(r.name, 18) + pad(format(megabytesPerSecond(r), 1), 10, left: true)
                         + pad(format(listingsPerSecond(r), 0), 13, left: true)
                         + pad(ratio(r).map { format($0, 2) + "x" } ?? "-", 8, left: true) + "  " + r.description)
        }
        return lines.joined(separator: "\n")
    }

    func json() -> String {
        let versions = ICUVersions.current
        let rows = results.map { r in
            "{\"name\":\"\(r.name)\",\"mb_per_s\":\(format(megabytesPerSecond(r), 2)),\"listings_per_s\":\(format(listingsPerSecond(r), 0)),"
                + "\"ratio_to_c\":\(ratio(r).map { format($0, 3) } ?? "null"),\"median_s\":\(format(r.seconds, 4)),\"checksum\":\(r.checksum),"
                + "\"rounds_s\":[\(r.rounds.map { format($0, 4) }.joined(separator: ","))]}"
        }
        return "{\"icu\":\"\(versions.icu)\",\"cldr\":\"\(versions.cldr)\",\"listings\":\(corpus.lengths.count),"
            + "\"terms\":\(corpus.termCount),\"automaton_states\":\(corpus.terms.stateCount),\"automaton_build_s\":\(format(corpus.automatonBuildSeconds, 4)),"
            + "\"bytes\":\(corpus.totalBytes),\"rounds\":\(rounds),\"results\":[\(rows.joined(separator: ","))]}"
    }

    private func format(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if decimals == 0 { return String(Int(rounded)) }
        var s = String(rounded)
        if let dot = s.firstIndex(of: ".") {
            let have = s.distance(from: dot, to: s.endIndex) - 1
            if have < decimals { s += String(repeating: "0", count: decimals - have) }
        }
        return s
    }

    private func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return left ? fill + s : s + fill
    }
}
