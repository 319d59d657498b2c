import TextEngine

/// Says in words how a term was found in text written differently: the fewest view steps that
/// make the two meet, and what each step changed in the text ("folding Cyrillic і to i,
/// removing separators '.'"). Used for `--explain`; it runs only on disguised matches.
public enum MatchExplanation {
    /// The steps tried after case folding, in pipeline order.
    static let optional: [ViewStep] = [.stripInvisible, .foldDiacritics, .foldConfusables, .joinSeparated, .foldLeet]

    /// How `written` (the text as found) meets `term`.
    public static func describe(written: String, term: String) -> String {
        var steps = fewestSteps(written: written, term: term) ?? optional
        // Case folding drops default-ignorable characters itself: still say they were there.
        if !steps.contains(.stripInvisible), written.unicodeScalars.contains(where: { $0.properties.isDefaultIgnorableCodePoint }) {
            steps.insert(.stripInvisible, at: 0)
        }
        guard !steps.isEmpty else { return "matched \"\(term)\" ignoring case and width" }
        let parts = steps.map { describe($0, in: written) }
        return "matched \"\(term)\" after " + parts.joined(separator: ", ")
    }

    /// The smallest subset of the optional steps (in pipeline order) under which both fold alike.
    static func fewestSteps(written: String, term: String) -> [ViewStep]? {
        var subsets: [[ViewStep]] = []
        for mask in 0..<(1 << optional.count) {
            subsets.append(optional.indices.filter { mask & (1 << $0) != 0 }.map { optional[$0] })
        }
        subsets.sort { $0.count < $1.count }
        for subset in subsets {
            let steps = [ViewStep.caseFold] + subset
            if TextView.apply(steps, to: written).text == TextView.apply(steps, to: term).text { return subset }
        }
        return nil
    }

    /// What one step changed in `written`, with the characters.
    static func describe(_ step: ViewStep, in written: String) -> String {
        switch step {
        case .stripInvisible:
            let hidden = written.unicodeScalars.filter { HiddenCharacters.isHidden($0) || $0.properties.isDefaultIgnorableCodePoint }
            return "removing invisible characters" + list(hidden.map { codePoint($0) })
        case .joinSeparated:
            var separators: [String] = []
            for scalar in written.unicodeScalars where !scalar.properties.isAlphabetic && scalar.properties.numericType == nil
                && !HiddenCharacters.isHidden(scalar) {
                let shown = scalar == " " ? "space" : "'\(scalar)'"
                if !separators.contains(shown) { separators.append(shown) }
            }
            return "removing separators" + list(separators)
        case .foldDiacritics, .foldConfusables, .foldLeet:
            // Each changed character of the view, with the characters it came from.
            var changes: [String] = []
            let view = TextView.apply([.caseFold, step], to: written)
            let bytes = view.utf8
            var start = 0
            while start < bytes.count {
                var end = start + 1
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                let source = view.originalSpan(ofUTF8: start..<end).text
                let after = String(decoding: bytes[start..<end], as: UTF8.self)
                if !source.isEmpty, TextView.apply([.caseFold], to: source).text != after {
                    let script = step == .foldConfusables ? (try? ScriptDetector.scripts(in: source))?.first { !$0.isNeutral } : nil
                    let change = after == " " ? "'\(source)' as a space" : (script.map { scriptName($0) + " " } ?? "") + "\(source) to \(after)"
                    if !changes.contains(change) { changes.append(change) }
                }
                start = end
            }
            let what = switch step {
            case .foldDiacritics: "removing accents"
            case .foldConfusables: "folding look-alikes"
            default: changes.allSatisfy { $0.hasSuffix(" as a space") } ? "reading punctuation" : "reading leetspeak"
            }
            return what + list(changes)
        case .caseFold:
            return "ignoring case and width"
        }
    }

    private static func list(_ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        let shown = items.prefix(4).joined(separator: ", ")
        return " (" + shown + (items.count > 4 ? ", ..." : "") + ")"
    }

    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// English names of the scripts look-alikes usually come from.
    static func scriptName(_ script: ScriptCode) -> String {
        let names: [String: String] = [
            "Latn": "Latin", "Cyrl": "Cyrillic", "Grek": "Greek", "Armn": "Armenian", "Cher": "Cherokee", "Copt": "Coptic",
            "Hani": "Han", "Hira": "Hiragana", "Kana": "Katakana", "Hang": "Hangul", "Arab": "Arabic", "Hebr": "Hebrew",
            "Thai": "Thai", "Deva": "Devanagari", "Geor": "Georgian", "Lisu": "Lisu", "Tfng": "Tifinagh",
        ]
        return names[script.rawValue] ?? script.rawValue
    }
}
