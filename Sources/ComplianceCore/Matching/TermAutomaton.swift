/// A multi-pattern matcher over UTF-8 bytes (Aho-Corasick): every occurrence of every term in
/// one pass, at a cost that grows with the text, not with the number of terms.
///
/// Terms are given as they should match (already folded through the view the automaton runs
/// on). The shallow states, which a scan sits in most of the time, and states with many
/// transitions are complete DFA rows over byte classes (one class per byte that occurs in some
/// term, one for all other bytes); a state with one transition keeps it in its record; the
/// others have a short sorted list. Matches are reported through dictionary-suffix links, so
/// overlapping and nested terms are all found ("最好" and "好" in "最好").
public struct TermAutomaton: Sendable {
    /// The number of terms, with ids `0..<termCount` in the order given.
    public let termCount: Int
    /// The UTF-8 length of each term.
    let termLengths: [Int32]
    /// The UTF-8 length of the longest term.
    let longestTerm: Int

    /// One record per state, everything a step needs in one cache line:
    /// transitions (a dense row offset, the one transition, or the start of a sparse list), the
    /// failure link, and where the state's report list starts (-1 when no term ends here or
    /// along its suffixes).
    struct StateRecord {
        /// Offset in `dense` when `sparseCount < 0`; the one transition (`byte << 24 | next`)
        /// when `sparseCount == 1`; else the first sparse transition.
        var transitions: Int32
        /// The number of sparse transitions, -1 for a dense row, -2 for a narrow dense row
        /// (ASCII classes only).
        var sparseCount: Int32
        var fail: Int32
        var reports: Int32
    }

    private let states: [StateRecord]
    /// Sparse transitions, sorted by byte within a state: `byte << 24 | next state`.
    private let sparse: [UInt32]
    /// Dense rows of `classCount` next states, complete (DFA rows: every class has a next state).
    private let dense: [Int32]
    /// The class of each byte in dense rows: 0 for bytes in no term, then one per byte.
    private let byteClass: [UInt8]
    private let classCount: Int
    /// Report lists: a count, then that many term ids (the state's own terms and those of
    /// its dictionary suffixes, longest first).
    private let reports: [Int32]
    /// For a small automaton, the whole DFA with each entry the next state's row offset
    /// (`state * classCount`), its top bit set when the state reports terms: a step is one load.
    /// Empty for large automata.
    private let table: [UInt32]

    /// Automata with at most this many states × classes are kept whole as `table` (4 bytes each).
    static let tableBudget = 1 << 18

    /// States this deep (and the root) get a dense row while the budget lasts; deeper states
    /// only when they have at least `denseThreshold` transitions. On a 50,000-mark watch list
    /// a scan is rarely deeper than four bytes into a term before it fails.
    static let denseDepth = 4
    static let denseThreshold = 12
    /// At most this many dense-row entries (4 bytes each): 16 MiB.
    static let denseBudget = 1 << 22

    /// Builds the automaton for `terms` (UTF-8; empty terms are ignored).
    public init(terms: [[UInt8]]) {
        self.init(terms: terms, tableBudget: Self.tableBudget)
    }

    /// Builds the automaton, kept whole as a table only within `tableBudget` (tests use 0 to
    /// exercise the large-automaton scan on small term sets).
    init(terms: [[UInt8]], tableBudget: Int) {
        var builder = TrieBuilder()
        for (id, term) in terms.enumerated() where !term.isEmpty {
            builder.insert(term, id: Int32(id))
        }
        // Number states breadth first: the shallow states every scan visits sit together.
        let trie = builder.breadthFirst()
        let (fail, dictionaryLink) = trie.failureLinks()
        termCount = terms.count
        termLengths = terms.map { Int32($0.count) }
        longestTerm = terms.map(\.count).max() ?? 0
        precondition(trie.count < 1 << 24, "term automaton too large")

        // Classes in byte order, so the ASCII ones come first (`asciiClasses` of them, with 0).
        var present = [Bool](repeating: false, count: 256)
        for term in terms { for byte in term { present[Int(byte)] = true } }
        var byteClass = [UInt8](repeating: 0, count: 256)
        var classCount = 1
        var asciiClasses = 1
        for byte in 0..<256 where present[byte] {
            byteClass[byte] = UInt8(classCount)
            classCount += 1
            if byte < 0x80 { asciiClasses = classCount }
        }
        // A state is narrow when neither it nor any state on its failure chain (the root aside)
        // goes on by a non-ASCII byte: from it, such a byte goes where it goes from the root. A
        // narrow state's dense row holds the ASCII classes only (Latin watch lists are mostly
        // narrow states, and smaller rows stay in cache).
        var narrow = [Bool](repeating: false, count: trie.count)
        for state in 1..<max(1, trie.count) {
            let asciiEdges = trie.children(of: state).allSatisfy { trie.byte[$0] < 0x80 }
            narrow[state] = asciiEdges && (fail[state] == 0 || narrow[Int(fail[state])])
        }
        var depth = [Int](repeating: 0, count: trie.count)
        for state in 0..<trie.count {
            for child in trie.children(of: state) { depth[child] = depth[state] + 1 }
        }
        var states: [StateRecord] = []
        var sparse: [UInt32] = []
        var dense: [Int32] = []
        var reports: [Int32] = []
        states.reserveCapacity(trie.count)
        for state in 0..<trie.count {
            let edges = trie.children(of: state).map { (byte: trie.byte[$0], next: Int32($0)) }
            var record = StateRecord(transitions: 0, sparseCount: 0, fail: fail[state], reports: -1)
            let wantsRow = depth[state] <= Self.denseDepth || edges.count >= Self.denseThreshold
            let width = narrow[state] ? asciiClasses : classCount
            if state == 0 || (wantsRow && dense.count + width <= Self.denseBudget) {
                // The root's row also sends every byte without an edge back to the root.
                var row = [Int32](repeating: state == 0 ? 0 : -1, count: width)
                if state != 0 { row[0] = 0 }
                for edge in edges { row[Int(byteClass[Int(edge.byte)])] = edge.next }
                record.transitions = Int32(dense.count)
                record.sparseCount = narrow[state] ? -2 : -1
                dense += row
            } else if edges.count == 1 {
                // The one transition is kept in the record itself.
                record.transitions = Int32(bitPattern: UInt32(edges[0].byte) << 24 | UInt32(edges[0].next))
                record.sparseCount = 1
            } else {
                record.transitions = Int32(sparse.count)
                record.sparseCount = Int32(edges.count)
                sparse += edges.map { UInt32($0.byte) << 24 | UInt32($0.next) }
            }
            var found: [Int32] = []
            trie.appendTerms(of: state, to: &found)
            var link = dictionaryLink[state]
            while link >= 0 {
                trie.appendTerms(of: Int(link), to: &found)
                link = dictionaryLink[Int(link)]
            }
            if !found.isEmpty {
                record.reports = Int32(reports.count)
                reports.append(Int32(found.count))
                reports += found
            }
            states.append(record)
        }
        // Dense rows become DFA rows: a class without an edge goes where the failure state would
        // go, so a scan never walks failure links from a dense state. States are numbered
        // breadth first, so a failure state (shallower) is always finished before its users.
        var representative = [UInt8](repeating: 0, count: classCount)
        for byte in 0..<256 where byteClass[byte] != 0 { representative[Int(byteClass[byte])] = UInt8(byte) }
        for state in states.indices where states[state].sparseCount < 0 && state != 0 {
            let row = Int(states[state].transitions)
            let fallback = Int(states[state].fail)
            for c in 1..<(states[state].sparseCount == -2 ? asciiClasses : classCount) where dense[row + c] < 0 {
                dense[row + c] = Self.step(from: fallback, byte: representative[c], states: states, sparse: sparse, dense: dense,
                                           byteClass: byteClass)
            }
        }
        var table: [UInt32] = []
        if states.count * classCount <= tableBudget {
            table.reserveCapacity(states.count * classCount)
            for state in states.indices {
                for c in 0..<classCount {
                    let next = c == 0 ? 0 : Int(Self.step(from: state, byte: representative[c], states: states, sparse: sparse,
                                                          dense: dense, byteClass: byteClass))
                    table.append(UInt32(next * classCount) | (states[next].reports >= 0 ? 1 << 31 : 0))
                }
            }
        }
        self.table = table
        self.states = states
        self.sparse = sparse
        self.dense = dense
        self.byteClass = byteClass
        self.classCount = classCount
        self.reports = reports
    }

    /// The automaton's transition from `state` on `byte`, following failure links.
    private static func step(from state: Int, byte: UInt8, states: [StateRecord], sparse: [UInt32], dense: [Int32],
                             byteClass: [UInt8]) -> Int32 {
        var current = state
        while true {
            let record = states[current]
            if record.sparseCount < 0 {
                // A narrow row has ASCII classes only; other bytes go as from the root (row 0).
                let row = record.sparseCount == -2 && byte >= 0x80 ? 0 : Int(record.transitions)
                let next = dense[row + Int(byteClass[Int(byte)])]
                if next >= 0 { return next }
            } else if record.sparseCount == 1 {
                let edge = UInt32(bitPattern: record.transitions)
                if edge >> 24 == UInt32(byte) { return Int32(bitPattern: edge & 0xFF_FFFF) }
            } else {
                let start = Int(record.transitions)
                for k in start..<(start + Int(record.sparseCount)) where sparse[k] >> 24 == UInt32(byte) {
                    return Int32(bitPattern: sparse[k] & 0xFF_FFFF)
                }
            }
            if current == 0 { return 0 }
            current = Int(record.fail)
        }
    }

    /// The number of states, for memory estimates.
    public var stateCount: Int { states.count }

    /// The state after `byte` from `state`, following failure links (dense rows are complete).
    @inline(__always)
    private static func advance(_ state: Int, _ byte: UInt8, _ states: UnsafeBufferPointer<StateRecord>,
                                _ sparse: UnsafeBufferPointer<UInt32>, _ dense: UnsafeBufferPointer<Int32>,
                                _ classes: UnsafeBufferPointer<UInt8>) -> Int {
        var state = state
        while true {
            let record = states[state]
            var next: Int32 = -1
            if record.sparseCount < 0 {
                // A narrow row has ASCII classes only; other bytes go as from the root (row 0).
                let row = record.sparseCount == -2 && byte >= 0x80 ? 0 : Int(record.transitions)
                next = dense[row &+ Int(classes[Int(byte)])]
            } else if record.sparseCount == 1 {
                let edge = UInt32(bitPattern: record.transitions)
                if edge >> 24 == UInt32(byte) { next = Int32(bitPattern: edge & 0xFF_FFFF) }
            } else {
                var k = Int(record.transitions)
                let end = k &+ Int(record.sparseCount)
                let key = UInt32(byte)
                while k < end {
                    let entry = sparse[k]
                    let b = entry >> 24
                    if b == key { next = Int32(bitPattern: entry & 0xFF_FFFF); break }
                    if b > key { break }
                    k &+= 1
                }
            }
            if next >= 0 { return Int(next) }
            state = Int(record.fail)
        }
    }

    /// Calls `found` with the term id and the byte range of every occurrence in `text`, in order
    /// of the end offset (terms ending at the same byte: longest first).
    ///
    /// A long text is scanned as four interleaved streams, so the memory latency of one stream's
    /// state lookups overlaps the others' (the scan waits on memory, not on arithmetic). Each
    /// stream after the first starts `longestTerm - 1` bytes before its part, so it is in the
    /// right state, for every term that can end there, by the time its part begins.
    public func forEachMatch(in text: UnsafeBufferPointer<UInt8>, _ found: (_ term: Int, _ utf8Range: Range<Int>) -> Void) {
        states.withUnsafeBufferPointer { states in
        sparse.withUnsafeBufferPointer { sparse in
        dense.withUnsafeBufferPointer { dense in
        reports.withUnsafeBufferPointer { reports in
        termLengths.withUnsafeBufferPointer { lengths in
        byteClass.withUnsafeBufferPointer { classes in
            @inline(__always)
            func report(_ state: Int, _ i: Int, _ emit: (Int, Range<Int>) -> Void) {
                let list = states[state].reports
                if list >= 0 {
                    let count = Int(reports[Int(list)])
                    for k in 1...count {
                        let term = Int(reports[Int(list) &+ k])
                        emit(term, (i &+ 1 &- Int(lengths[term]))..<(i &+ 1))
                    }
                }
            }
            let n = text.count
            let overlap = max(0, longestTerm - 1)
            if !table.isEmpty {
                table.withUnsafeBufferPointer { table in
                    guard n >= Self.interleaveMinimum, n >= 8 * overlap else {
                        var row = 0
                        for i in 0..<n {
                            let entry = table[row &+ Int(classes[Int(text[i])])]
                            row = Int(entry & 0x7FFF_FFFF)
                            if entry >> 31 != 0 { report(row / classCount, i, found) }
                        }
                        return
                    }
                    // Four interleaved streams, as below: a table step waits on the cache too.
                    let (m, b1, b2, b3) = Self.streams(count: n, overlap: overlap)
                    let s1 = b1 - overlap, s2 = b2 - overlap, s3 = b3 - overlap
                    var later: [[(term: Int, range: Range<Int>)]] = [[], [], []]
                    var r0 = 0, r1 = 0, r2 = 0, r3 = 0
                    for k in 0..<m {
                        let e0 = table[r0 &+ Int(classes[Int(text[k])])]
                        let e1 = table[r1 &+ Int(classes[Int(text[s1 &+ k])])]
                        let e2 = table[r2 &+ Int(classes[Int(text[s2 &+ k])])]
                        r0 = Int(e0 & 0x7FFF_FFFF); r1 = Int(e1 & 0x7FFF_FFFF); r2 = Int(e2 & 0x7FFF_FFFF)
                        if e0 >> 31 != 0 { report(r0 / classCount, k, found) }
                        if e1 >> 31 != 0, s1 &+ k >= b1 { report(r1 / classCount, s1 &+ k) { later[0].append(($0, $1)) } }
                        if e2 >> 31 != 0, s2 &+ k >= b2 { report(r2 / classCount, s2 &+ k) { later[1].append(($0, $1)) } }
                        if s3 &+ k < n {
                            let e3 = table[r3 &+ Int(classes[Int(text[s3 &+ k])])]
                            r3 = Int(e3 & 0x7FFF_FFFF)
                            if e3 >> 31 != 0, s3 &+ k >= b3 { report(r3 / classCount, s3 &+ k) { later[2].append(($0, $1)) } }
                        }
                    }
                    for stream in later {
                        for match in stream { found(match.term, match.range) }
                    }
                }
                return
            }
            guard n >= Self.interleaveMinimum, n >= 8 * overlap else {
                var state = 0
                for i in 0..<n {
                    state = Self.advance(state, text[i], states, sparse, dense, classes)
                    report(state, i, found)
                }
                return
            }
            // Four streams of equal length m: [0, b1), [b1 - overlap, b2), [b2 - overlap, b3),
            // [b3 - overlap, n); matches are reported only from b1, b2, b3 on.
            let (m, b1, b2, b3) = Self.streams(count: n, overlap: overlap)
            let s1 = b1 - overlap, s2 = b2 - overlap, s3 = b3 - overlap
            var later: [[(term: Int, range: Range<Int>)]] = [[], [], []]
            var q0 = 0, q1 = 0, q2 = 0, q3 = 0
            let common = min(m, n - s3)
            for k in 0..<common {
                q0 = Self.advance(q0, text[k], states, sparse, dense, classes)
                q1 = Self.advance(q1, text[s1 &+ k], states, sparse, dense, classes)
                q2 = Self.advance(q2, text[s2 &+ k], states, sparse, dense, classes)
                q3 = Self.advance(q3, text[s3 &+ k], states, sparse, dense, classes)
                if states[q0].reports >= 0 { report(q0, k, found) }
                if states[q1].reports >= 0, s1 &+ k >= b1 { report(q1, s1 &+ k) { later[0].append(($0, $1)) } }
                if states[q2].reports >= 0, s2 &+ k >= b2 { report(q2, s2 &+ k) { later[1].append(($0, $1)) } }
                if states[q3].reports >= 0, s3 &+ k >= b3 { report(q3, s3 &+ k) { later[2].append(($0, $1)) } }
            }
            // The first three streams may have a byte or so left (the last one is shorter).
            for k in common..<m {
                q0 = Self.advance(q0, text[k], states, sparse, dense, classes)
                report(q0, k, found)
                q1 = Self.advance(q1, text[s1 &+ k], states, sparse, dense, classes)
                if s1 &+ k >= b1 { report(q1, s1 &+ k) { later[0].append(($0, $1)) } }
                q2 = Self.advance(q2, text[s2 &+ k], states, sparse, dense, classes)
                if s2 &+ k >= b2 { report(q2, s2 &+ k) { later[1].append(($0, $1)) } }
            }
            for stream in later {
                for match in stream { found(match.term, match.range) }
            }
        }}}}}}
    }

    /// The four streams over `count` bytes: each `m` bytes long, the later ones starting
    /// `overlap` bytes before the part they report (`b1`, `b2`, `b3`); the last may be shorter.
    static func streams(count n: Int, overlap: Int) -> (m: Int, b1: Int, b2: Int, b3: Int) {
        let m = (n + 3 * overlap + 3) / 4
        let b1 = m, b2 = b1 + m - overlap
        return (m, b1, b2, b2 + m - overlap)
    }

    /// Texts shorter than this are scanned as one stream.
    static let interleaveMinimum = 512

    /// Every occurrence in `text`, as (term id, byte range).
    public func matches(in text: [UInt8]) -> [(term: Int, utf8Range: Range<Int>)] {
        var found: [(term: Int, utf8Range: Range<Int>)] = []
        text.withUnsafeBufferPointer { forEachMatch(in: $0) { found.append(($0, $1)) } }
        return found
    }
}
