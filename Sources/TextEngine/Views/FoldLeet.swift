extension ViewStages {
    /// ASCII byte classes for the leetspeak fold: the letter a byte stands for in the low seven
    /// bits, and flags above them. `i`, `l`, `1`, `!` and `|` share one class, written `i`,
    /// because readers (and fonts) confuse them.
    private static let leetTable: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 128)
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = LeetClass.letter }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = LeetClass.letter }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = LeetClass.digit }
        let pairs: [(Character, Character)] = [
            ("0", "o"), ("1", "i"), ("3", "e"), ("4", "a"), ("5", "s"), ("6", "g"), ("7", "t"), ("8", "b"),
            ("9", "g"), ("@", "a"), ("$", "s"), ("!", "i"), ("|", "i"), ("+", "t"), ("l", "i"),
        ]
        for (from, to) in pairs {
            let index = Int(from.asciiValue!)
            let kind = table[index] == 0 ? LeetClass.symbol : table[index]
            table[index] = kind | UInt16(to.asciiValue!)
        }
        return table
    }()

    private enum LeetClass {
        static let letter: UInt16 = 0x100
        static let digit: UInt16 = 0x200
        static let symbol: UInt16 = 0x400
        static let word: UInt16 = letter | digit | symbol
        static let target: UInt16 = 0x7F
    }

    /// Folds leetspeak inside words: digits fold only in a word that has a letter (`n1k3`, not
    /// `13812345678`), symbols only inside or at the start of such a word (`$ale`, `n!ke`, not
    /// `great!`), and `l` always.
    static func foldLeet(_ view: MappedText) -> MappedText {
        let classes = CharClass.table
        return leetTable.withUnsafeBufferPointer { leet in
            view.rewritten { input, out in
                var i = 0
                var runStart = 0
                let n = input.count
                while i < n {
                    // Skip to the next word: ASCII letters, digits and leet symbols, or any
                    // letter, digit or mark.
                    let byte = input.bytes[i]
                    let isWord: Bool
                    if byte < 0x80 {
                        isWord = leet[Int(byte)] & LeetClass.word != 0
                    } else {
                        isWord = !classes.of(input.scalar(at: i).value).isDisjoint(with: [.letter, .digit, .mark])
                    }
                    if !isWord {
                        i &+= byte < 0x80 ? 1 : input.scalar(at: i).length
                        continue
                    }
                    let wordStart = i
                    var hasLetter = false
                    var foldable = false
                    while i < n {
                        let b = input.bytes[i]
                        if b < 0x80 {
                            let kind = leet[Int(b)]
                            if kind & LeetClass.word == 0 { break }
                            hasLetter = hasLetter || kind & LeetClass.letter != 0
                            foldable = foldable || kind & LeetClass.target != 0
                            i &+= 1
                        } else {
                            let (scalar, length) = input.scalar(at: i)
                            let c = classes.of(scalar)
                            if c.isDisjoint(with: [.letter, .digit, .mark]) { break }
                            hasLetter = hasLetter || c.contains(.letter)
                            i &+= length
                        }
                    }
                    guard foldable else { continue }
                    for j in wordStart..<i {
                        let b = input.bytes[j]
                        guard b < 0x80 else { continue }
                        let kind = leet[Int(b)]
                        let target = kind & LeetClass.target
                        guard target != 0 else { continue }
                        let folds: Bool
                        if kind & LeetClass.letter != 0 {
                            folds = true
                        } else if kind & LeetClass.digit != 0 {
                            folds = hasLetter
                        } else {
                            folds = hasLetter && j &+ 1 < i
                        }
                        if folds {
                            out.copy(runStart..<(j &+ 1), replacingLastWith: UInt8(target))
                            runStart = j &+ 1
                        }
                    }
                }
                out.copy(runStart..<n)
            }
        }
    }
}
