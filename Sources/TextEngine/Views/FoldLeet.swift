extension ViewStages {
    /// The letter each leetspeak character stands for. `i`, `l`, `1`, `!` and `|` share one
    /// class, written `i`, because readers (and fonts) confuse them.
    static let leetLetters: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 128)
        let pairs: [(Character, Character)] = [
            ("0", "o"), ("1", "i"), ("3", "e"), ("4", "a"), ("5", "s"), ("6", "g"), ("7", "t"), ("8", "b"),
            ("9", "g"), ("@", "a"), ("$", "s"), ("!", "i"), ("|", "i"), ("+", "t"), ("l", "i"),
        ]
        for (from, to) in pairs { table[Int(from.asciiValue!)] = to.asciiValue! }
        return table
    }()

    /// Folds leetspeak inside words: digits fold only in a word that has a letter (`n1k3`, not
    /// `13812345678`), symbols only between letters or digits or at the start of a word
    /// (`$ale`, `n!ke`, not `great!`).
    static func foldLeet(_ view: MappedText) -> MappedText {
        leetLetters.withUnsafeBufferPointer { leet in
            view.rewritten { input, out in
                var i = 0
                var runStart = 0
                while i < input.count {
                    guard isWordByte(input, at: i, leet: leet) else { i &+= 1; continue }
                    // A word: letters, digits, marks and leetspeak symbols.
                    let wordStart = i
                    var hasLetter = false
                    while i < input.count, isWordByte(input, at: i, leet: leet) {
                        let (scalar, length) = input.scalar(at: i)
                        if scalar >= 0x80 || (scalar | 0x20 >= 0x61 && scalar | 0x20 <= 0x7A) {
                            hasLetter = hasLetter || CharClass.of(scalar).contains(.letter)
                        }
                        i &+= length
                    }
                    var j = wordStart
                    while j < i {
                        let byte = input.bytes[j]
                        let isDigit = byte >= 0x30 && byte <= 0x39
                        let isSymbol = byte < 0x80 && !isDigit && leet[Int(byte)] != 0 && byte != 0x6C
                        let folds: Bool
                        if byte >= 0x80 || leet[Int(byte)] == 0 {
                            folds = false
                        } else if isDigit {
                            folds = hasLetter
                        } else if isSymbol {
                            folds = hasLetter && j &+ 1 < i
                        } else {
                            folds = true
                        }
                        if folds {
                            out.copy(input, runStart..<j)
                            out.replace(input, j..<(j &+ 1), withByte: leet[Int(byte)])
                            runStart = j &+ 1
                        }
                        j &+= 1
                    }
                }
                out.copy(input, runStart..<input.count)
            }
        }
    }

    /// Whether the character at `i` belongs to a word for leetspeak purposes.
    @inline(__always)
    private static func isWordByte(_ input: ViewInput, at i: Int, leet: UnsafeBufferPointer<UInt8>) -> Bool {
        let byte = input.bytes[i]
        if byte < 0x80 {
            return leet[Int(byte)] != 0 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
        }
        if byte & 0xC0 == 0x80 { return true }
        return !CharClass.of(input.scalar(at: i).value).isDisjoint(with: [.letter, .digit, .mark])
    }
}
