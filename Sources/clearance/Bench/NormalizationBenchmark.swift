import CBenchReference
import ComplianceCore
import TextEngine

/// One timed measure over the whole corpus.
struct BenchMeasure: Sendable {
    let name: String
    let description: String
    /// Processes every listing once; returns a checksum so the work cannot be skipped.
    let body: @Sendable (BenchCorpus) -> Int

    func run(on corpus: BenchCorpus, rounds: Int) -> BenchResult {
        var seconds: [Double] = []
        var checksum = 0
        for _ in 0..<rounds {
            let clock = ContinuousClock()
            let start = clock.now
            checksum = body(corpus)
            let elapsed = clock.now - start
            seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return BenchResult(name: name, description: description, seconds: seconds.sorted()[seconds.count / 2],
                           rounds: seconds, checksum: checksum)
    }
}

/// What one measure gave.
struct BenchResult {
    let name: String
    let description: String
    /// The median round.
    let seconds: Double
    let rounds: [Double]
    let checksum: Int
}

/// The normalization and view measures of `clearance bench`.
enum NormalizationBenchmark {
    static let reference = "c-icu-nfkc-cf"

    static let measures: [BenchMeasure] = [
        BenchMeasure(name: reference,
                     description: "C: u_strFromUTF8 + unorm2_normalize (NFKC_Casefold) + u_strToUTF8") { corpus in
            corpus.bytes.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    Int(clr_bench_reference_nfkc_cf(chars.baseAddress, corpus.offsets, corpus.lengths, Int64(corpus.lengths.count)))
                }
            }
        },
        BenchMeasure(name: "nfkc-cf", description: "Swift String.normalized(.nfkcCaseFold), UTF-8 in and out, no map") { corpus in
            corpus.texts.reduce(0) { $0 &+ $1.normalized(.nfkcCaseFold).utf8.count }
        },
        BenchMeasure(name: "view-normalized", description: "TextView.normalized: NFKC_Casefold with the offset map") { corpus in
            corpus.texts.reduce(0) { $0 &+ TextView.normalized.of($1).utf8.count }
        },
    ] + [TextView.visible, .unaccented, .skeleton, .joined, .unleet].map { view in
        BenchMeasure(name: "view-\(view.rawValue)", description: "TextView.\(view.rawValue): " + view.steps.map(\.rawValue).joined(separator: " + ")) { corpus in
            corpus.texts.reduce(0) { $0 &+ view.of($1).utf8.count }
        }
    } + [
        BenchMeasure(name: "view-folded", description: "TextView.folded: all six steps with the offset map") { corpus in
            corpus.texts.reduce(0) { $0 &+ TextView.folded.of($1).utf8.count }
        },
        BenchMeasure(name: "views-matching", description: "MatchingViews: normalized + folded, normalized once") { corpus in
            corpus.texts.reduce(0) { let views = MatchingViews($1); return $0 &+ views.normalized.utf8.count &+ views.folded.utf8.count }
        },
        BenchMeasure(name: "terms-folded", description: "MatchingViews + the watch-list automaton over the folded view") { corpus in
            corpus.texts.reduce(0) { total, text in
                var found = 0
                MatchingViews(text).folded.utf8.withUnsafeBufferPointer { bytes in
                    corpus.terms.forEachMatch(in: bytes) { _, _ in found &+= 1 }
                }
                return total &+ found
            }
        },
        BenchMeasure(name: "terms-scan", description: "The watch-list automaton alone over folded views computed beforehand") { corpus in
            corpus.folded.reduce(0) { total, folded in
                var found = 0
                folded.withUnsafeBufferPointer { bytes in
                    corpus.terms.forEachMatch(in: bytes) { _, _ in found &+= 1 }
                }
                return total &+ found
            }
        },
        BenchMeasure(name: "terms-matched", description: "TermMatcher: watch list with boundaries, allowlists and script checks") { corpus in
            corpus.texts.reduce(0) { $0 &+ ((try? corpus.matcher.matches(in: $1, locale: "en", expectedScripts: [.latin]))?.count ?? 0) }
        },
        BenchMeasure(name: "word-edges", description: "WordBreaker: 8 boundary queries per listing (a matcher's candidate edges)") { corpus in
            corpus.texts.reduce(0) { total, text in
                guard let breaker = try? WordBreaker(text: text, locale: "en") else { return total }
                let bytes = text.utf8
                var found = 0
                for k in 1...8 {
                    var offset = bytes.count * k / 9
                    while offset > 0, bytes[bytes.index(bytes.startIndex, offsetBy: offset)] & 0xC0 == 0x80 { offset -= 1 }
                    if breaker.isBoundary(utf8Offset: offset) { found += 1 }
                }
                return total &+ found
            }
        },
        BenchMeasure(name: "word-boundaries", description: "WordBoundaries: ICU word break (dictionary for CJK, Thai) as a bitset") { corpus in
            corpus.texts.reduce(0) { $0 &+ ((try? WordBoundaries(text: $1, locale: "en"))?.utf8Count ?? 0) }
        },
    ]
}
