import ComplianceCore

/// Everything a `check` run produced, for the reporters.
public struct CheckRun: Sendable {
    /// The tool's name and version, ICU and CLDR versions, and the packs used (`id@version`).
    public struct Tool: Sendable {
        public let version: String
        public let icu: String
        public let cldr: String
        public let packs: [String]

        public init(version: String, icu: String, cldr: String, packs: [String]) {
            self.version = version
            self.icu = icu
            self.cldr = cldr
            self.packs = packs
        }
    }

    public let tool: Tool
    /// In input order, each listing's markets in the order asked.
    public let results: [ListingResult]
    /// Listings that could not be read or checked.
    public let errors: [String]
    /// The rules of the loaded packs, for reporters that describe them (SARIF).
    public let rules: [Rule]
    /// Where each listing came from, by id.
    public let origins: [String: ListingOrigin]

    public init(tool: Tool, results: [ListingResult], errors: [String], rules: [Rule] = [], origins: [String: ListingOrigin] = [:]) {
        self.tool = tool
        self.results = results
        self.errors = errors
        self.rules = rules
        self.origins = origins
    }

    /// The findings at or above `severity`.
    public func count(atLeast severity: Severity) -> Int {
        results.reduce(0) { $0 + $1.findings.filter { $0.severity >= severity }.count }
    }
}
