import ComplianceCore

/// The report formats: one exhaustive switch, so a new format cannot be half wired.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, sarif, junit, csv

    /// The report of `run` in this format.
    public func render(_ run: CheckRun, failOn: Severity, color: Bool, explain: Bool,
                       texts: (String, FieldPath) -> String?) -> String {
        switch self {
        case .text: TextReport.render(run, texts: texts, color: color, explain: explain)
        case .json: JSONReport.render(run)
        case .sarif: SARIFReport.render(run)
        case .junit: JUnitReport.render(run, failOn: failOn)
        case .csv: CSVReport.render(run)
        }
    }
}
