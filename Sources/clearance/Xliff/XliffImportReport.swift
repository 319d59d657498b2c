import Formats
import Translation

/// The output of `xliff import`: findings one a line, then a summary per file; or JSON.
enum XliffImportReport {
    static func text(_ reviews: [TranslationReview]) -> String {
        var out = ""
        for review in reviews {
            for located in review.findings {
                let finding = located.finding
                out += "\(review.source):\(located.line): " + (located.unit.map { "unit \($0): " } ?? "")
                    + "\(finding.check.rawValue) (\(finding.severity.rawValue)): \(finding.message)\n"
            }
            out += "\(review.source): \(count(review.units, "unit")), \(review.accepted.count) accepted, \(count(review.errorCount, "error")), "
                + "\(count(review.warningCount, "warning")) (XLIFF \(review.version.rawValue), target \(review.targetLanguage))\n"
        }
        return out
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    static func json(_ reviews: [TranslationReview], inputErrors: [String], out: String?, merged: Int) -> String {
        let files: [JSONValue] = reviews.map { review in
            .object([
                "file": .string(review.source), "version": .string(review.version.rawValue), "target_language": .string(review.targetLanguage),
                "units": .int(review.units), "accepted": .int(review.accepted.count),
                "errors": .int(review.errorCount), "warnings": .int(review.warningCount),
                "findings": .array(review.findings.map { located in
                    var object: [String: JSONValue] = [
                        "line": .int(located.line), "check": .string(located.finding.check.rawValue),
                        "severity": .string(located.finding.severity.rawValue), "message": .string(located.finding.message),
                    ]
                    if let unit = located.unit { object["unit"] = .string(unit) }
                    return .object(object)
                }),
            ])
        }
        var top: [String: JSONValue] = ["files": .array(files), "input_errors": .array(inputErrors.map(JSONValue.string))]
        if let out { top["out"] = .string(out); top["merged"] = .int(merged) }
        return JSONValue.object(top).text
    }
}
