import ArgumentParser
import TextEngine

/// `clearance version`: the tool, ICU, CLDR and Unicode versions.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Print the tool, ICU and CLDR versions.")

    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let v = ICUVersions.current
        if json {
            print(#"{"tool":{"name":"clearance","version":"\#(ToolInfo.version)"},"icu":"\#(v.icu)","cldr":"\#(v.cldr)","unicode":"\#(v.unicode)"}"#)
        } else {
            print("clearance \(ToolInfo.version)\nICU \(v.icu), CLDR \(v.cldr), Unicode \(v.unicode)")
        }
    }
}

enum ToolInfo {
    static let version = "0.1.0"
}
