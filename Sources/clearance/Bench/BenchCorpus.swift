import ComplianceCore
import TextEngine

/// The listings of the standard corpus in memory: one contiguous UTF-8 buffer for the C
/// reference and the same texts as Swift strings for the engine.
struct BenchCorpus: Sendable {
    let bytes: [UInt8]
    let offsets: [Int64]
    let lengths: [Int32]
    let texts: [String]
    /// Each listing's folded view (UTF-8), for timing the automaton alone.
    let folded: [[UInt8]]
    /// The watch list (`marks.tsv`, first column), folded like the folded view, as an automaton.
    let terms: TermAutomaton
    let termCount: Int
    let automatonBuildSeconds: Double
    /// The watch list as a matcher, one list per mark.
    let matcher: TermMatcher
    let matcherBuildSeconds: Double
    var totalBytes: Int { lengths.reduce(0) { $0 + Int($1) } }

    init(data: some Collection<UInt8>, marks: some Collection<UInt8>, limit: Int?) throws {
        let lines = try UTF8Validation.decode(marks).split(separator: "\n")
        let terms = lines.compactMap { line -> String? in
            guard !line.hasPrefix("#"), let mark = line.split(separator: "\t").first else { return nil }
            return String(mark)
        }
        let clock = ContinuousClock()
        let start = clock.now
        self.terms = TermAutomaton(terms: terms.map { Array(TextView.folded.fold($0).utf8) })
        let elapsed = clock.now - start
        automatonBuildSeconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        termCount = terms.count
        let matcherStart = clock.now
        matcher = try TermMatcher(lists: terms.map { TermList(id: $0, terms: [$0]) })
        let matcherElapsed = clock.now - matcherStart
        matcherBuildSeconds = Double(matcherElapsed.components.seconds) + Double(matcherElapsed.components.attoseconds) / 1e18
        let text = try UTF8Validation.decode(data)
        var offsets: [Int64] = []
        var lengths: [Int32] = []
        var texts: [String] = []
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let limit, texts.count >= limit { break }
            let length = line.utf8.count
            if length > 0 {
                offsets.append(Int64(offset))
                lengths.append(Int32(length))
                texts.append(String(line))
            }
            offset += length + 1
        }
        self.bytes = Array(text.utf8)
        self.offsets = offsets
        self.lengths = lengths
        self.texts = texts
        folded = texts.map { MatchingViews($0).folded.utf8 }
    }
}
