import CICUShim

/// Finds which scripts a text is written in, run by run.
///
/// A run holds one script. Common characters (digits, spaces, punctuation) and Inherited ones
/// (combining marks) join the run before them, or the first run when they open the text. A
/// character shared by a few scripts (Script_Extensions, e.g. U+30FC "ー" with Hiragana and
/// Katakana, U+3001 "、" with Han and Kana) joins a run of one of those scripts. Japanese text
/// therefore comes out as separate Han, Hiragana and Katakana runs; `scripts(in:)` gives the set.
public enum ScriptDetector {
    /// The script runs of `text`, in order and covering it; empty for an empty text.
    /// - Throws: `TextEngineError.icu` if the shim rejects the input.
    public static func runs(in text: String) throws -> [ScriptRun] {
        let capacity = max(text.utf8.count, 1)
        var starts = [Int32](repeating: 0, count: capacity)
        var codes = [CChar](repeating: 0, count: capacity * 4)
        var status: Int32 = 0
        let count = Int(ICUCall.withUTF8(text) { bytes, length in
            clr_script_runs_utf8(bytes, length, &starts, &codes, Int32(capacity), &status)
        })
        try ICUCall.check(status, "clr_script_runs_utf8")
        let end = text.utf8.count
        return (0..<count).map { i in
            let upper = i + 1 < count ? Int(starts[i + 1]) : end
            let code = codes[(i * 4)..<(i * 4 + 4)].map { UInt8(bitPattern: $0) }
            return ScriptRun(script: ScriptCode(String(decoding: code, as: UTF8.self)),
                             utf8Range: Int(starts[i])..<upper)
        }
    }

    /// The scripts `text` uses, without Common and Inherited: {"Hani", "Hira"} for "日本のもの".
    public static func scripts(in text: String) throws -> Set<ScriptCode> {
        Set(try runs(in: text).map(\.script).filter { !$0.isNeutral })
    }
}
