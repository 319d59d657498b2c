import ArgumentParser

/// `clearance xliff`: the translation round trip.
struct XliffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xliff", abstract: "Export the texts products lack in the markets' languages as XLIFF, and import the translations with localization QA.",
        subcommands: [XliffExportCommand.self, XliffImportCommand.self])
}
