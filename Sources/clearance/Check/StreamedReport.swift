import ComplianceCore
import Formats

/// Writes the JSON or text report to standard output one result at a time.
struct StreamedReport {
    let format: ReportFormat
    let tool: CheckRun.Tool
    let color: Bool
    let explain: Bool
    private var summary = JSONReport.Summary()
    private var started = false

    init(format: ReportFormat, tool: CheckRun.Tool, color: Bool, explain: Bool) {
        self.format = format
        self.tool = tool
        self.color = color
        self.explain = explain
    }

    mutating func write(_ result: ListingResult, texts: [FieldPath: String]) {
        summary.add(result)
        switch format {
        case .json:
            print((started ? "," : JSONReport.header(tool)) + JSONReport.render(result), terminator: "")
        case .text:
            print(TextReport.render(result, texts: { _, path in texts[path] }, color: color, explain: explain))
        case .sarif, .junit, .csv:
            break
        }
        started = true
    }

    mutating func finish(errors: [String]) {
        switch format {
        case .json:
            print((started ? "" : JSONReport.header(tool)) + JSONReport.footer(summary: summary, errors: errors))
        case .text:
            print(TextReport.footer(summary: summary, errors: errors, color: color))
        case .sarif, .junit, .csv:
            break
        }
    }
}
