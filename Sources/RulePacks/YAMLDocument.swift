import Yams

/// Parsing of the YAML files the loaders read, with positions in every error.
enum YAMLDocument {
    /// The root node of `yaml`.
    /// - Throws: `RulePackError` for an empty file or invalid YAML, with line and column.
    static func root(_ yaml: String, file: String) throws -> PackNode {
        do {
            guard let composed = try Yams.compose(yaml: yaml) else {
                throw RulePackError(file: file, line: 0, column: 0, message: "the file is empty")
            }
            return PackNode(node: composed, file: file)
        } catch let error as YamlError {
            switch error {
            case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
                let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
                throw RulePackError(file: file, line: mark.line, column: mark.column, message: "invalid YAML: \(what)")
            default:
                throw RulePackError(file: file, line: 0, column: 0, message: "invalid YAML: \(error)")
            }
        }
    }

    /// The top-level mapping of a data file in format version 1: exactly `version` and `keys`,
    /// all required.
    /// - Throws: `RulePackError` for invalid YAML, a missing or unknown key, another version.
    static func versionOne(_ yaml: String, file: String, what: String, keys: [String]) throws -> [String: PackNode] {
        let top = try root(yaml, file: file).mapping(what, accepted: ["version"] + keys, required: ["version"] + keys)
        let version = try top["version"]!.int("version", in: 1...1000)
        guard version == 1 else { throw top["version"]!.error("format version \(version) is not supported (this Clearance reads version 1)") }
        return top
    }

    /// Checks that every entry of `codes` looks like an ISO 15924 script code.
    static func checkScriptCodes(_ codes: [String], at node: PackNode) throws {
        for code in codes where !(code.count == 4 && code.first!.isUppercase && code.allSatisfy(\.isLetter)) {
            throw node.error("'\(code)' is not an ISO 15924 script code such as Latn or Hani")
        }
    }
}
