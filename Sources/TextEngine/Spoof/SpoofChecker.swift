import CICUShim

/// What a listing's text is expected to be written in.
public enum SpoofExpectation: Sendable, Hashable {
    /// The scripts of these locales, e.g. ["en-US"] or ["ja-JP"]; Common and Inherited always pass.
    case locales([String])
    /// These scripts; Common and Inherited always pass.
    case scripts(Set<ScriptCode>)
}

/// Checks spans of a listing for look-alike spoofing relative to the expected scripts (UTS #39).
///
/// Configured checkers are cached by expectation and shared; checks are thread-safe.
public struct SpoofChecker: Sendable, Hashable {
    /// The scripts or locales the text should use.
    public let expectation: SpoofExpectation

    /// Creates a checker for text expected in `expectation`.
    public init(expecting expectation: SpoofExpectation) {
        self.expectation = expectation
    }

    /// Checks `span`.
    /// - Throws: `TextEngineError.invalidArgument` for a script code ICU does not know,
    ///   `TextEngineError.icu` for other ICU failures.
    public func check(_ span: String) throws -> SpoofCheckResult {
        let (failed, level) = try rawCheck(span)
        let scripts = try ScriptDetector.scripts(in: span)
        // A span with unexpected characters whose skeleton holds only expected ones imitates
        // expected text: whole-script when it is in one script, mixed-script otherwise.
        var imitatesExpected = false
        if failed.contains(.unexpectedCharacters) {
            let skeleton = try Confusables.skeleton(span)
            imitatesExpected = try !rawCheck(skeleton).failed.contains(.unexpectedCharacters)
        }
        let singleScript = level <= .singleScriptRestrictive
        return SpoofCheckResult(restrictionLevel: level, failedChecks: failed, scripts: scripts,
                                isWholeScriptConfusable: imitatesExpected && singleScript,
                                isMixedScriptConfusable: imitatesExpected && !singleScript)
    }

    private func rawCheck(_ span: String) throws -> (failed: SpoofChecks, level: RestrictionLevel) {
        var failed: Int32 = 0
        var level: Int32 = 0
        var status: Int32 = 0
        ICUCall.withUTF8(span) { bytes, length in
            switch expectation {
            case let .locales(locales):
                locales.joined(separator: ",").withCString { list in
                    clr_spoof_check_utf8(list, nil, 0, bytes, length, &failed, &level, &status)
                }
            case let .scripts(scripts):
                ICUCall.withUTF8(Self.pattern(for: scripts)) { pattern, patternLength in
                    clr_spoof_check_utf8(nil, pattern, patternLength, bytes, length, &failed, &level, &status)
                }
            }
        }
        if status > 0, case let .scripts(scripts) = expectation {
            throw TextEngineError.invalidArgument("unknown script code in \(scripts.sorted())")
        }
        try ICUCall.check(status, "clr_spoof_check_utf8", "expecting \(expectation)")
        return (SpoofChecks(rawValue: failed), RestrictionLevel(shimLevel: level))
    }

    /// A UnicodeSet pattern of the characters of `scripts` plus Common and Inherited; ICU rejects
    /// the pattern (and `check` throws) for a code that is not a script ICU knows.
    static func pattern(for scripts: Set<ScriptCode>) -> String {
        let names = scripts.sorted().map { code in
            code.rawValue.allSatisfy { $0.isASCII && $0.isLetter } ? code.rawValue : "?"
        }
        return "[" + (names + ["Zyyy", "Zinh"]).map { "[:sc=\($0):]" }.joined() + "]"
    }
}
