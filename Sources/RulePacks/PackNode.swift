import TextEngine
import Yams

/// A YAML node of a pack file with typed accessors whose errors carry the node's position.
struct PackNode {
    let node: Node
    let file: String

    var line: Int { node.mark?.line ?? 0 }
    var column: Int { node.mark?.column ?? 0 }

    func error(_ message: String) -> RulePackError {
        RulePackError(file: file, line: line, column: column, message: message)
    }

    /// The entries of a mapping, checked against the keys a place accepts and requires.
    /// - Throws: for a non-mapping, an unknown key (naming the accepted ones), a repeated key or
    ///   a missing required key.
    func mapping(_ what: String, accepted: [String], required: [String] = []) throws -> [String: PackNode] {
        guard case let .mapping(mapping) = node else { throw error("\(what) must be a mapping") }
        var entries: [String: PackNode] = [:]
        for (key, value) in mapping {
            let keyNode = PackNode(node: key, file: file)
            guard let name = key.string, case .scalar = key else { throw keyNode.error("\(what): keys must be strings") }
            guard accepted.contains(name) else {
                throw keyNode.error("\(what): unknown key '\(name)' (accepted: \(accepted.joined(separator: ", ")))")
            }
            guard entries[name] == nil else { throw keyNode.error("\(what): key '\(name)' appears twice") }
            entries[name] = PackNode(node: value, file: file)
        }
        for key in required where entries[key] == nil {
            throw error("\(what): missing required key '\(key)'")
        }
        return entries
    }

    /// The entries of a mapping whose keys are names the file chooses, in file order.
    /// - Throws: for a non-mapping, a key that is not a non-empty string, or a repeated key.
    func namedEntries(_ what: String) throws -> [(name: String, node: PackNode)] {
        guard case let .mapping(mapping) = node else { throw error("\(what) must be a mapping") }
        var entries: [(name: String, node: PackNode)] = []
        for (key, value) in mapping {
            let keyNode = PackNode(node: key, file: file)
            guard let name = key.string, case .scalar = key, !name.isEmpty else { throw keyNode.error("\(what): keys must be non-empty strings") }
            guard !entries.contains(where: { $0.name == name }) else { throw keyNode.error("\(what): key '\(name)' appears twice") }
            entries.append((name, PackNode(node: value, file: file)))
        }
        return entries
    }

    var isSequence: Bool {
        if case .sequence = node { return true }
        return false
    }

    func string(_ what: String) throws -> String {
        guard case let .scalar(scalar) = node else { throw error("\(what) must be a string") }
        return scalar.string
    }

    func nonEmptyString(_ what: String) throws -> String {
        let value = try string(what)
        guard !value.trimmingCharacters(in: .whitespaces).isEmpty else { throw error("\(what) must not be empty") }
        return value
    }

    /// This node's non-empty string, compiled as ICU MessageFormat for `locale`.
    /// - Throws: for an empty string or a pattern ICU rejects, naming ICU's reason.
    func messageFormat(_ what: String, locale: String) throws -> (pattern: String, format: ICUMessageFormat) {
        let pattern = try nonEmptyString(what)
        do {
            return (pattern, try ICUMessageFormat(locale: locale, pattern: pattern))
        } catch {
            throw self.error("\(what) '\(pattern)' is not valid ICU MessageFormat: \(error)")
        }
    }

    func strings(_ what: String) throws -> [String] {
        guard case let .sequence(sequence) = node else { throw error("\(what) must be a list of strings") }
        return try sequence.map { try PackNode(node: $0, file: file).string("an entry of \(what)") }
    }

    func list(_ what: String) throws -> [PackNode] {
        guard case let .sequence(sequence) = node else { throw error("\(what) must be a list") }
        return sequence.map { PackNode(node: $0, file: file) }
    }

    func bool(_ what: String) throws -> Bool {
        guard case .scalar = node, let value = node.bool else { throw error("\(what) must be true or false") }
        return value
    }

    func int(_ what: String, in range: ClosedRange<Int>) throws -> Int {
        guard case .scalar = node, let value = node.int else { throw error("\(what) must be a whole number") }
        guard range.contains(value) else { throw error("\(what) must be between \(range.lowerBound) and \(range.upperBound)") }
        return value
    }

    func choice<Value: RawRepresentable & CaseIterable>(_ what: String, _ type: Value.Type) throws -> Value where Value.RawValue == String {
        let text = try string(what)
        guard let value = Value(rawValue: text) else {
            throw error("\(what) '\(text)' is not one of: \(Value.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }
}

extension String {
    enum TrimSet { case whitespaces }
    func trimmingCharacters(in _: TrimSet) -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
