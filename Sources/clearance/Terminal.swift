import Foundation

/// Facts about the terminal the CLI writes to.
enum Terminal {
    /// Whether standard output is a terminal that takes ANSI colours (and NO_COLOR is unset).
    static var supportsColor: Bool {
        isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Writes `message` to standard error, for what a person at the terminal should know.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    /// Writes `warning: message` to standard error (never to the report on standard output).
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }
}
