import ArgumentParser
import Foundation

@main
struct Clearance: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clearance",
        abstract: "Generate, localize and clear e-commerce listings against each market's rules.",
        subcommands: [CheckCommand.self, LocalizeCommand.self, AuditCommand.self, WorkerCommand.self, ServeCommand.self, TokenCommand.self, XliffCommand.self, DemoCommand.self, InspectCommand.self, RulesCommand.self, MarketsCommand.self, VersionCommand.self, BenchCommand.self]
    )

    /// Exit code for usage, input and configuration errors (DESIGN section 8).
    static let usageErrorCode: Int32 = 2

    /// Runs the command line; help and version requests exit 0, a command's own exit code is
    /// kept, and every other error exits 2 with its message on standard error.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            // Help, version and a command's own exit code (`ExitCode(1)` for findings) pass as they are.
            if error is ExitCode || exitCode(for: error) == .success {
                exit(withError: error)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(usageErrorCode)
        }
    }
}
