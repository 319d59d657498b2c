/// The check that numbers, and the unit symbols after them, are kept.
extension TranslationQA {
    func numbers(_ sourceFree: String, _ targetFree: String) -> [QAFinding] {
        let sourceFound = sourceNumbers.numbers(in: sourceFree), targetFound = targetNumbers.numbers(in: targetFree)
        var findings: [QAFinding] = []
        var unused = targetFound
        var missing: [String] = []
        for number in sourceFound {
            let matches = unused.indices.filter { unused[$0].value == number.value }
            guard let first = matches.first else {
                missing.append(number.value)
                continue
            }
            // A unit symbol after the number stays a symbol of that unit.
            if let (symbol, unit) = sourceUnits.symbol(atStartOf: number.after) {
                let accepted = [symbol] + targetUnits.symbols(of: unit)
                let kept = matches.first { index in accepted.contains { UnitSymbols.starts(unused[index].after, with: $0) } }
                if let kept {
                    unused.remove(at: kept)
                } else {
                    let written = unused[first].after.prefix { !$0.isWhitespace && $0 != QAText.breakMark }
                    findings.append(QAFinding(.numbers, .error, "'\(number.value) \(symbol)' became '\(number.value)\(written.isEmpty ? "" : " " + written)': "
                                              + "keep the unit (\(Array(Set(accepted)).sorted().joined(separator: " or ")))"))
                    unused.remove(at: first)
                }
                continue
            }
            unused.remove(at: first)
        }
        if !missing.isEmpty {
            let found = targetFound.map(\.value)
            findings.append(QAFinding(.numbers, .error, "numbers of the source missing from the target: \(missing.joined(separator: ", "))"
                                      + (found.isEmpty ? "" : " (the target has \(found.joined(separator: ", ")))")))
        }
        if !unused.isEmpty {
            findings.append(QAFinding(.numbers, .warning, "numbers not in the source: \(unused.map(\.value).joined(separator: ", "))"))
        }
        return findings
    }
}
