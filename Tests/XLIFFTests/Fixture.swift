import Foundation

/// Reads a file under `Tests/Fixtures` (the package root is the working directory of `swift test`).
enum Fixture {
    static func text(_ path: String) throws -> String {
        try String(contentsOfFile: "Tests/Fixtures/" + path, encoding: .utf8)
    }
}
