import Testing
@testable import ComplianceCore

@Suite struct TermAutomatonTests {
    /// Every occurrence of every term by brute force, in the automaton's order.
    static func bruteForce(_ terms: [[UInt8]], _ text: [UInt8]) -> [(Int, Range<Int>)] {
        var found: [(Int, Range<Int>)] = []
        for end in 0...text.count {
            var here: [(Int, Range<Int>)] = []
            for (id, term) in terms.enumerated() where !term.isEmpty && term.count <= end {
                if Array(text[(end - term.count)..<end]) == term { here.append((id, (end - term.count)..<end)) }
            }
            found += here.sorted { ($0.1.count, $1.0) > ($1.1.count, $0.0) }
        }
        return found
    }

    @Test func findsOverlappingAndNestedTerms() {
        let terms = ["最好", "好", "nike", "ike", "he", "she", "his", "hers"].map { Array($0.utf8) }
        let automaton = TermAutomaton(terms: terms)
        let text = Array("ushers 最好 nike".utf8)
        let found = automaton.matches(in: text).map { (String(decoding: terms[$0.term], as: UTF8.self), $0.utf8Range) }
        #expect(found.map(\.0) == ["she", "he", "hers", "最好", "好", "nike", "ike"])
        #expect(found.first?.1 == 1..<4)
    }

    /// Both layouts (kept whole as a table, and as records scanned in interleaved streams) find
    /// what brute force finds, in order of the end offset. Every id of a repeated term is
    /// reported; the order among terms ending at the same byte with the same length is not
    /// specified, so the sets are compared sorted.
    static func expectBothLayoutsAgree(_ terms: [[UInt8]], _ text: [UInt8], _ comment: Comment? = nil) {
        let expected = bruteForce(terms, text).map { "\($0.0)@\($0.1)" }.sorted()
        for automaton in [TermAutomaton(terms: terms), TermAutomaton(terms: terms, tableBudget: 0)] {
            let got = automaton.matches(in: text)
            #expect(got.map { "\($0.term)@\($0.utf8Range)" }.sorted() == expected, comment)
            #expect(got.map(\.utf8Range.upperBound) == got.map(\.utf8Range.upperBound).sorted(), comment)
        }
    }

    @Test func agreesWithBruteForceOnRandomInput() {
        var random = TestRandom(seed: 42)
        let alphabet: [UInt8] = Array("abcab最".utf8)
        for _ in 0..<200 {
            let terms = (0..<(1 + random.next(12))).map { _ in (0..<(1 + random.next(5))).map { _ in alphabet[random.next(alphabet.count)] } }
            let text = (0..<random.next(60)).map { _ in alphabet[random.next(alphabet.count)] }
            Self.expectBothLayoutsAgree(terms, text)
        }
    }

    @Test func longTextsScannedAsInterleavedStreamsAgreeWithBruteForce() {
        var random = TestRandom(seed: 7)
        let alphabet: [UInt8] = Array("abcd最 ".utf8)
        for round in 0..<40 {
            // Terms up to 9 bytes, and sometimes one long term that widens the overlap.
            var terms = (0..<(1 + random.next(30))).map { _ in (0..<(1 + random.next(9))).map { _ in alphabet[random.next(alphabet.count)] } }
            if round % 4 == 0 { terms.append((0..<40).map { _ in alphabet[random.next(3)] }) }
            let length = TermAutomaton.interleaveMinimum + random.next(1500)
            var text = (0..<length).map { _ in alphabet[random.next(alphabet.count)] }
            if round % 4 == 0, let long = terms.last {
                // Plant the long term across every stream boundary region.
                for start in stride(from: random.next(50), to: length - long.count, by: length / 7) {
                    text.replaceSubrange(start..<(start + long.count), with: long)
                }
            }
            Self.expectBothLayoutsAgree(terms, text, "round \(round)")
        }
    }

    @Test func denseStatesAndManyTerms() {
        // Enough different second bytes after "x" to give that state a dense row.
        let terms = (0..<200).map { Array("x\(Character(Unicode.Scalar(0x41 + $0 % 26)!))\($0)".utf8) }
        let automaton = TermAutomaton(terms: terms, tableBudget: 0)
        let text = Array("..xA0..xZ25..xQ16xB1".utf8)
        let found = automaton.matches(in: text).map { String(decoding: terms[$0.term], as: UTF8.self) }
        #expect(found == ["xA0", "xZ25", "xQ16", "xB1"])
    }

    @Test func emptyTermsAndTextsFindNothing() {
        #expect(TermAutomaton(terms: [[]]).matches(in: Array("abc".utf8)).isEmpty)
        #expect(TermAutomaton(terms: [Array("a".utf8)]).matches(in: []).isEmpty)
        #expect(TermAutomaton(terms: []).matches(in: Array("abc".utf8)).isEmpty)
    }
}

@Suite struct TermAutomatonDuplicateTests {
    /// The same term twice (two rules asking for one string) is reported under both ids.
    @Test func duplicateTermsAreBothReported() {
        let automaton = TermAutomaton(terms: [Array("review".utf8), Array("kakao".utf8), Array("review".utf8), Array("ka".utf8)])
        let found = automaton.matches(in: Array("a kakao review".utf8)).map(\.term).sorted()
        #expect(found == [0, 1, 2, 3, 3], "\"ka\" twice")
        #expect(automaton.matches(in: Array("nothing here".utf8)).isEmpty)
    }
}

/// A small deterministic generator for the randomized tests (a 64-bit LCG).
struct TestRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int(state >> 33) % bound
    }
}
