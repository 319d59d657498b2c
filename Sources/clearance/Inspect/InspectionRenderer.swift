import TextEngine

/// The human-readable form of a `TextInspection`.
struct InspectionRenderer {
    let inspection: TextInspection
    let color: Bool

    func render() -> String {
        var lines: [String] = []
        lines.append("\(bold("text"))     \(quoted(inspection.text))  (\(inspection.scalarCount) scalars, \(inspection.utf8Count) UTF-8 bytes, locale \(inspection.locale))")
        lines.append(bold("views"))
        let width = inspection.views.map(\.name.count).max() ?? 0
        for view in inspection.views {
            lines.append("  " + view.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + quoted(view.text))
        }
        lines.append(bold("folded tokens") + " (folded view -> original text)")
        for token in inspection.foldedTokens {
            lines.append("  \(quoted(token.folded)) <- \(quoted(token.original.text))  \(offsets(token.original))")
        }
        lines.append(bold("scripts") + "  " + inspection.scripts.map { "\($0.script) \(quoted($0.span.text))" }.joined(separator: ", "))
        lines.append(bold("words") + "    " + inspection.words.map { "\(quoted($0.span.text))/\($0.kind)" }.joined(separator: " "))
        lines.append(bold("skeleton") + " " + quoted(inspection.skeleton))
        let spoof = inspection.spoof
        var flags: [String] = []
        if spoof.mixedScript { flags.append("mixed script") }
        if spoof.unexpectedCharacters { flags.append("characters outside \(inspection.locale)") }
        if spoof.wholeScriptConfusable { flags.append("whole-script confusable") }
        if spoof.mixedScriptConfusable { flags.append("mixed-script confusable") }
        lines.append(bold("spoof") + "    restriction level \(spoof.restrictionLevel); "
                     + (flags.isEmpty ? "no findings" : flags.joined(separator: ", ")))
        lines.append(bold("hidden characters") + (inspection.hidden.isEmpty ? "  none" : ""))
        for hidden in inspection.hidden {
            lines.append("  \(hidden.codePoint) \(hidden.name) (\(hidden.kind.rawValue))  \(offsets(hidden.span))")
        }
        for match in inspection.matches {
            lines.append("\(bold("find")) \(quoted(match.term)) matches \(highlight(match.original.text)) in view \(match.view)  \(offsets(match.original))")
        }
        return lines.joined(separator: "\n")
    }

    private func offsets(_ span: TextSpan) -> String {
        "scalars \(span.scalarRange.lowerBound)..<\(span.scalarRange.upperBound), utf8 \(span.utf8Range.lowerBound)..<\(span.utf8Range.upperBound)"
    }

    /// The text in quotes, with control and invisible characters shown as escapes.
    private func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\"" || scalar == "\\"
                || HiddenCharacters.isHidden(scalar) {
                out += scalar == "\"" ? "\\\"" : scalar == "\\" ? "\\\\" : "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private func bold(_ s: String) -> String { color ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    private func highlight(_ s: String) -> String { color ? "\u{1B}[1;33m\(quoted(s))\u{1B}[0m" : quoted(s) }
}
