import ArgumentParser

@main
struct Clearance: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clearance",
        abstract: "Generate, localize and clear e-commerce listings against each market's rules.",
        subcommands: [InspectCommand.self, VersionCommand.self, BenchCommand.self]
    )
}
