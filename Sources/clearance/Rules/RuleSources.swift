import ArgumentParser
import ComplianceCore
import Foundation
import RulePacks
import TextEngine

/// Where the CLI finds rule packs and market definitions, and how it loads them: options
/// first, then the project's `.clearance.yml`, then the defaults.
struct RuleSources: ParsableArguments {
    @Option(help: "A configuration file (default: .clearance.yml in the working directory, when there is one).")
    var config: String?
    @Option(name: .customLong("rules"), help: "A folder of rule packs (*.yaml, searched recursively); repeatable. Default: the configuration's, else rules.")
    var ruleFolders: [String] = []
    @Option(name: .customLong("markets"), help: "The folder of market definitions. Default: the configuration's, else locales/markets.")
    var marketFolder: String?
    @Option(name: .customLong("trademarks"), help: "A trademark watch list: UTF-8 TSV, the mark then its aliases, one mark a line.")
    var trademarks: String?

    /// The configuration in force, read once; nil when there is none.
    /// - Throws: `InputError` when the file is named but missing, or does not load.
    func configuration() throws -> Configuration? {
        let path: String
        if let config {
            path = config
        } else if FileManager.default.fileExists(atPath: ".clearance.yml") {
            path = ".clearance.yml"
        } else {
            return nil
        }
        do {
            var (loaded, warnings) = try Configuration.load(yaml: try Self.read(path), file: path)
            for warning in warnings { Terminal.warn(warning) }
            // Paths in the file are relative to its folder.
            let folder = (path as NSString).deletingLastPathComponent
            func resolve(_ value: String) -> String {
                value.hasPrefix("/") || folder.isEmpty ? value : (folder as NSString).appendingPathComponent(value)
            }
            loaded.ruleFolders = loaded.ruleFolders.map(resolve)
            loaded.markets = loaded.markets.map(resolve)
            loaded.trademarks = loaded.trademarks.map(resolve)
            loaded.baseline = loaded.baseline.map(resolve)
            return loaded
        } catch let error as RulePackError {
            throw InputError("configuration did not load, nothing was checked:\n\(error.description)")
        }
    }

    /// Every pack under the rule folders, in path order, with the configuration applied when
    /// `adjusted` (`rules test` checks packs as written): packs of marketplaces not selected
    /// (`marketplaces`, else the configuration's) are left out unless `everyMarketplace`
    /// (`rules list|show` mark them instead).
    /// - Throws: `InputError` listing every pack that failed to load (then none is used), or
    ///   naming a marketplace selected that no pack has.
    func packs(configuration: Configuration?, adjusted: Bool = true, marketplaces: MarketplaceOptions? = nil,
               everyMarketplace: Bool = false) throws -> [RulePack] {
        var packs: [RulePack] = []
        var errors: [String] = []
        let folders = !ruleFolders.isEmpty ? ruleFolders : (configuration.map(\.ruleFolders).flatMap { $0.isEmpty ? nil : $0 } ?? ["rules"])
        for folder in folders {
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
        if let trademarks = trademarks ?? configuration?.trademarks {
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
            for index in pack.rules.indices {
                let id = pack.rules[index].id
                if let other = ids["rule:" + id] { errors.append("\(pack.source): rule id '\(id)' is also used by \(other)") }
                ids["rule:" + id] = pack.source
            }
        }
        guard errors.isEmpty else {
            throw InputError("rule packs did not load, nothing was checked:\n" + errors.joined(separator: "\n"))
        }
        guard adjusted else { return packs }
        let configuration = configuration ?? Configuration(source: "(no configuration)")
        let selected = marketplaces?.selected(configuration: configuration) ?? configuration.marketplaces
        do {
            _ = try MarketplaceSelection(selected, packs: packs)
        } catch {
            let origin = (marketplaces?.names ?? []).isEmpty ? "\(configuration.source): marketplaces" : "--marketplace"
            throw InputError("\(origin): \(error.description)")
        }
        do {
            let (result, warnings) = try configuration.apply(
                to: packs, marketplaces: everyMarketplace ? MarketplaceSelection.known(in: packs) : selected)
            for warning in warnings { Terminal.warn(warning) }
            return result
        } catch let error as RulePackError {
            throw InputError("configuration did not apply, nothing was checked:\n\(error.description)")
        }
    }

    /// Every market definition.
    func markets(configuration: Configuration?) throws -> [Market] {
        let marketFolder = marketFolder ?? configuration?.markets ?? "locales/markets"
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

/// `--marketplace`: the marketplaces whose packs apply (`check`, `rules list|show`).
struct MarketplaceOptions: ParsableArguments {
    @Option(name: .customLong("marketplace"),
            help: "Apply the packs of this marketplace (e.g. amazon); repeatable. Default: the configuration's marketplaces, else none.")
    var names: [String] = []

    /// The marketplaces selected: the options when given, else the configuration's.
    func selected(configuration: Configuration?) -> [String] {
        names.isEmpty ? configuration?.marketplaces ?? [] : names
    }
}
