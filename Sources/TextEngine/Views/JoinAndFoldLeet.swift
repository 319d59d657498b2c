extension ViewStages {
    /// `joinSeparated` then `foldLeet` in one scan, as the folded view runs them. The result is
    /// the text the two steps give one after the other (the tests compare them on many texts).
    static func joinSeparatedAndFoldLeet(_ view: MappedText) -> MappedText {
        let classes = CharClass.table
        return leetTable.withUnsafeBufferPointer { leet in
            view.utf8.withUnsafeBufferPointer { bytes in
                view.originStart.withUnsafeBufferPointer { start in
                    view.originEnd.withUnsafeBufferPointer { end in
                        var scan = JoinLeetScan(input: ViewInput(bytes: bytes, start: start, end: end), classes: classes, leet: leet)
                        scan.run()
                        return scan.result(of: view)
                    }
                }
            }
        }
    }
}

/// The state of one combined join-and-leetspeak scan over a view.
private struct JoinLeetScan {
    let input: ViewInput
    let classes: CharClassTable
    let leet: UnsafeBufferPointer<UInt16>
    let scanner: SpacedLetterScanner

    /// Input byte ranges the join removes, in order.
    private(set) var deletions: [Range<Int>] = []
    /// The input bytes with leetspeak folded, once a fold happened.
    private(set) var patched: [UInt8]?

    // The open leetspeak word (in joined text a word may span removed separators).
    private var inWord = false
    private var hasLetter = false
    private var lastWordChar = 0
    private var pending: [Int] = []

    init(input: ViewInput, classes: CharClassTable, leet: UnsafeBufferPointer<UInt16>) {
        self.input = input
        self.classes = classes
        self.leet = leet
        self.scanner = SpacedLetterScanner(input: input, classes: classes)
        pending.reserveCapacity(16)
    }

    private mutating func patch(_ i: Int, _ byte: UInt8) {
        if patched == nil { patched = Array(input.bytes) }
        patched![i] = byte
    }

    /// Adds the character at `i` to the open word (opening one when needed).
    @inline(__always)
    private mutating func addToWord(_ i: Int, scalar: UInt32, classes c: CharClass) {
        inWord = true
        lastWordChar = i
        if scalar < 0x80 {
            let kind = leet[Int(scalar)]
            if kind & ViewStages.LeetClass.letter != 0 {
                hasLetter = true
                let target = kind & ViewStages.LeetClass.target
                if target != 0 { patch(i, UInt8(target)) }
            } else if kind & ViewStages.LeetClass.target != 0 {
                pending.append(i)
            }
        } else if c.contains(.letter) {
            hasLetter = true
        }
    }

    /// Closes the open word: its digits and symbols fold when it has a letter (a symbol only
    /// when more of the word follows it).
    private mutating func closeWord() {
        if hasLetter {
            for i in pending {
                let kind = leet[Int(input.bytes[i])]
                if kind & ViewStages.LeetClass.symbol != 0 && i == lastWordChar { continue }
                patch(i, UInt8(kind & ViewStages.LeetClass.target))
            }
        }
        pending.removeAll(keepingCapacity: true)
        inWord = false
        hasLetter = false
    }

    @inline(__always)
    private func isLeetWordCharacter(_ scalar: UInt32, _ c: CharClass) -> Bool {
        scalar < 0x80 ? leet[Int(scalar)] & ViewStages.LeetClass.word != 0
                      : !c.isDisjoint(with: [.letter, .digit, .mark]) && !ViewStages.endsLatinWords(scalar, c)
    }


    /// ASCII letters the leetspeak fold leaves alone (all but `l`).
    nonisolated(unsafe) private static let plainLetters: UnsafeBufferPointer<Bool> = {
        let table = UnsafeMutableBufferPointer<Bool>.allocate(capacity: 128)
        for byte in 0..<128 {
            let isLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            table[byte] = isLetter && ViewStages.leetTable[byte] & ViewStages.LeetClass.target == 0
        }
        return UnsafeBufferPointer(table)
    }()

    mutating func run() {
        var i = 0
        var previous = CharClass()
        let n = input.count
        let plainLetters = Self.plainLetters
        let bytes = input.bytes
        while i < n {
            // Inside a word and after a letter or digit, ASCII letters without a leetspeak fold
            // change nothing: skip them in a tight loop (they can neither start spaced-out
            // letters nor follow CJK).
            let byte = bytes[i]
            if byte < 0x80, inWord, plainLetters[Int(byte)], !previous.isDisjoint(with: [.letter, .digit, .mark]) {
                var j = i &+ 1
                while j < n, bytes[j] < 0x80, plainLetters[Int(bytes[j])] { j &+= 1 }
                hasLetter = true
                lastWordChar = j &- 1
                previous = .letter
                i = j
                continue
            }
            // Inside a word, further letters, digits and marks of other scripts only extend it.
            if byte >= 0x80, inWord, !previous.isDisjoint(with: [.letter, .digit, .mark]) {
                var j = i
                var last = previous
                while j < n, bytes[j] >= 0x80 {
                    let (scalar, length) = input.scalar(at: j)
                    let c = classes.of(scalar)
                    if c.isDisjoint(with: [.letter, .digit, .mark]) || ViewStages.endsLatinWords(scalar, c) { break }
                    if c.contains(.letter) { hasLetter = true }
                    lastWordChar = j
                    last = c
                    j &+= length
                }
                if j > i {
                    previous = last
                    i = j
                    continue
                }
            }
            let (scalar, length) = input.scalar(at: i)
            let c = classes.of(scalar)
            // White space between Han or kana characters goes; the word on either side goes on.
            if c.contains(.space), previous.contains(.cjk), scanner.isSpaceRunBeforeCJK(from: i) {
                let end = scanner.endOfSpaceRun(from: i)
                deletions.append(i..<end)
                i = end
                continue
            }
            // Spaced-out letters join into (and continue) the word.
            if !c.isDisjoint(with: .alphanumeric), previous.isDisjoint(with: [.letter, .digit, .mark]),
               scanner.isSeparator(at: scanner.atomEnd(at: i)), let atoms = scanner.spacedLetters(from: i) {
                for (k, atom) in atoms.enumerated() {
                    if k > 0 { deletions.append(atoms[k - 1].upperBound..<atom.lowerBound) }
                    let first = input.scalar(at: atom.lowerBound).value
                    addToWord(atom.lowerBound, scalar: first, classes: classes.of(first))
                }
                let last = atoms[atoms.count - 1].upperBound
                i = scanner.endAfterAbbreviationDot(last)
                if i > last { deletions.append(last..<i) }
                previous = .letter
                continue
            }
            if isLeetWordCharacter(scalar, c) {
                addToWord(i, scalar: scalar, classes: c)
            } else {
                if inWord { closeWord() }
                if scalar == 0x2D || scalar == 0x5F { patch(i, UInt8(ascii: " ")) }
            }
            previous = c
            i &+= length
        }
        if inWord { closeWord() }
    }

    /// The view this scan describes: `view` itself, its bytes patched over the same map, or a
    /// rewritten view without the deleted ranges.
    func result(of view: MappedText) -> MappedText {
        if deletions.isEmpty {
            guard let patched else { return view }
            return MappedText(original: view.original, utf8: patched, originStart: view.originStart,
                              originEnd: view.originEnd, isIdentity: false)
        }
        let source = patched ?? view.utf8
        return source.withUnsafeBufferPointer { bytes in
            let patchedInput = ViewInput(bytes: bytes, start: input.start, end: input.end)
            var writer = ViewWriter(input: patchedInput)
            var from = 0
            for deletion in deletions {
                writer.copy(from..<deletion.lowerBound)
                from = deletion.upperBound
            }
            writer.copy(from..<input.count)
            return writer.finish(original: view.original) ?? view
        }
    }
}
