import ArgumentParser
import ComplianceCore
import Foundation
import RulePacks
import TextEngine

/// Where the CLI finds rule packs and market definitions, and how it loads them.
struct RuleSources: ParsableArguments {
    @Option(name: .customLong("rules"), help: "A folder of rule packs (*.yaml, searched recursively); repeatable.")
    var ruleFolders: [String] = ["rules"]
    @Option(name: .customLong("markets"), help: "The folder of market definitions.")
    var marketFolder = "locales/markets"
    @Option(name: .customLong("trademarks"), help: "A trademark watch list: UTF-8 TSV, the mark then its aliases, one mark a line.")
    var trademarks: String?

    /// Every pack under the rule folders, in path order.
    /// - Throws: `InputError` listing every pack that failed to load (then none is used).
    func packs() throws -> [RulePack] {
        var packs: [RulePack] = []
        var errors: [String] = []
        for folder in ruleFolders {
            let files = try Self.yamlFiles(under: folder)
            if files.isEmpty { errors.append("\(folder): no rule packs (*.yaml) found") }
            for file in files {
                do {
                    packs.append(try RulePackLoader.load(yaml: try Self.read(file), file: file))
                } catch let error as RulePackError {
                    errors.append(error.description)
                }
            }
        }
        if let trademarks {
            do {
                packs.append(try TrademarkWatchList.pack(text: try Self.read(trademarks), file: trademarks))
            } catch let error as RulePackError {
                errors.append(error.description)
            }
        }
        var ids: [String: String] = [:]
        for pack in packs {
            if let other = ids[pack.id] { errors.append("\(pack.source): pack id '\(pack.id)' is also used by \(other)") }
            ids[pack.id] = pack.source
            for rule in pack.rules {
                if let other = ids["rule:" + rule.id] { errors.append("\(pack.source): rule id '\(rule.id)' is also used by \(other)") }
                ids["rule:" + rule.id] = pack.source
            }
        }
        guard errors.isEmpty else {
            throw InputError("rule packs did not load, nothing was checked:\n" + errors.joined(separator: "\n"))
        }
        return packs
    }

    /// Every market definition.
    func markets() throws -> [Market] {
        var markets: [Market] = []
        for file in try Self.yamlFiles(under: marketFolder) {
            do {
                markets.append(try MarketLoader.load(yaml: try Self.read(file), file: file))
            } catch let error as RulePackError {
                throw InputError(error.description)
            }
        }
        guard !markets.isEmpty else { throw InputError("\(marketFolder): no market definitions (*.yaml) found") }
        return markets
    }

    static func yamlFiles(under folder: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError("\(folder): no such folder")
        }
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".yaml") || path.hasSuffix(".yml") { files.append((folder as NSString).appendingPathComponent(path)) }
        }
        return files.sorted()
    }

    static func read(_ file: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: file) else { throw InputError("\(file): cannot read the file") }
        do {
            return try UTF8Validation.decode(data)
        } catch {
            throw InputError("\(file): \(error)")
        }
    }
}
