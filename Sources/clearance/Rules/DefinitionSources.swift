import ArgumentParser

/// The rule sources of commands whose `--markets` names target markets (`localize`, `audit`):
/// as `RuleSources`, with the definitions' folder under `--market-definitions`.
struct DefinitionSources: ParsableArguments {
    @Option(help: "A configuration file (default: .clearance.yml in the working directory, when there is one).") var config: String?
    @Option(name: .customLong("rules"), help: "A folder of rule packs; repeatable. Default: the configuration's, else rules.")
    var ruleFolders: [String] = []
    @Option(name: .customLong("market-definitions"), help: "The folder of market definitions. Default: the configuration's, else locales/markets.")
    var marketFolder: String?
    @Option(help: "A trademark watch list (TSV), as for check.") var trademarks: String?

    /// The same sources as `RuleSources`.
    func ruleSources() throws -> RuleSources {
        var arguments: [String] = []
        if let config { arguments += ["--config", config] }
        for folder in ruleFolders { arguments += ["--rules", folder] }
        if let marketFolder { arguments += ["--markets", marketFolder] }
        if let trademarks { arguments += ["--trademarks", trademarks] }
        return try RuleSources.parse(arguments)
    }
}
