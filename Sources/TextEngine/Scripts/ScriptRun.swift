/// A stretch of text in one script, with the Common and Inherited characters around it.
public struct ScriptRun: Sendable, Hashable {
    /// The run's script; `ScriptCode.common` when it holds no script-specific character.
    public let script: ScriptCode
    /// The run's bytes in the UTF-8 of the text it was found in.
    public let utf8Range: Range<Int>

    /// Creates a run from its script and UTF-8 range.
    public init(script: ScriptCode, utf8Range: Range<Int>) {
        self.script = script
        self.utf8Range = utf8Range
    }

    /// The run's text in `text`, the string it was found in.
    public func substring(in text: String) -> Substring {
        TextSegment(utf8Range: utf8Range, kind: .grapheme).substring(in: text)
    }
}
