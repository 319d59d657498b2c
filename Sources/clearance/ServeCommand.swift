import ArgumentParser
import ComplianceCore
import Formats
import Foundation
import Localization
import Server
import Store
import TextEngine

/// `clearance serve`: the HTTP API over a store.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the HTTP API (docs/openapi.json) over a store, with bearer tokens (clearance token).")

    @OptionGroup var store: StoreOptions
    @Option(help: "The address to listen on.") var host: String = "127.0.0.1"
    @Option(help: "The port to listen on.") var port: Int = 8080
    @Option(help: "The largest request body accepted, in bytes (larger ones get 413).") var maxBody: Int = 1 << 20
    @Flag(help: "Print the OpenAPI document and exit.") var openapi = false
    @Option(help: "Folder holding templates/, glossaries/ and sizes/ for /v1/localize (default: locales, when it exists).") var locales: String?
    @Option(help: "Exchange rates file for /v1/localize (JSON: date, base, rates).") var rates: String?
    @Flag(help: "Send the web UI's session cookie over HTTPS only (when a TLS proxy is in front).") var secureCookies = false
    @OptionGroup var sources: RuleSources
    @OptionGroup var marketplaces: MarketplaceOptions

    func run() async throws {
        if openapi {
            // Indented, keys sorted: the checked-in docs/openapi.json, readable in a diff.
            let object = try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.value.text.utf8))
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
        let configuration = try sources.configuration()
        let packs = try sources.packs(configuration: configuration, marketplaces: marketplaces)
        let markets = try sources.markets(configuration: configuration)
        let opened = try await store.open()
        let engine = try Engine(packs: packs)
        // Localization data load whole or not at all; only the default folder may be absent.
        var localization: CatalogLocalization?
        let folder = locales ?? "locales"
        if locales != nil || FileManager.default.fileExists(atPath: folder + "/templates") {
            let data = try LocalizeCommand.localizationData(folder)
            let localizer = Localizer(composer: data.composer, bullets: data.bullets, descriptions: data.descriptions,
                                      rates: try rates.map(LocalizeCommand.loadRates))
            localization = CatalogLocalization(localizer: localizer, engine: engine, packs: packs)
        } else {
            Terminal.warn("no \(folder)/templates here: /v1/localize will answer 503 (give --locales DIR)")
        }
        let versions = ICUVersions.current
        let packIDs = packs.map { "\($0.id)@\($0.version)" }
        let service = ClearanceService(store: opened, engine: engine, markets: markets, packs: packIDs,
                                       tool: CheckRun.Tool(version: ToolInfo.version, icu: versions.icu, cldr: versions.cldr, packs: packIDs),
                                       today: { (try? CheckDay.parse(nil)) ?? Day("1970-01-01")! }, now: { AuditClock.now() },
                                       maximumBodyBytes: maxBody, localization: localization, secureCookies: secureCookies)
        if try await opened.tokens().allSatisfy({ $0.revokedAt != nil }) {
            Terminal.warn("\(store.name) has no active token: every /v1 call will be refused. Make one: clearance token create --name NAME --role admin --db \(store.name)")
        }
        Terminal.note("clearance serve: http://\(host):\(port), web UI at /ui/ (store \(store.name), \(packs.count) packs, \(markets.count) markets)")
        try await buildApplication(service, host: host, port: port).runService()
    }
}

/// `clearance token`: bearer tokens, kept hashed in the store.
struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Make, list and revoke the service's bearer tokens.",
        subcommands: [Create.self, List.self, Revoke.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make a token and print its secret (shown this once; the store keeps its hash).")
        @OptionGroup var store: StoreOptions
        @Option(help: "Who or what holds it.") var name: String
        @Option(help: "seller (check), officer (also review), admin (also tokens).") var role: Role
        @Option(help: "Who makes it, for the audit trail (default: the login name).") var actor: String?

        func run() async throws {
            let secret = TokenSecret.generate()
            do {
                let made = try await store.open().addToken(name: name, role: role, secretHash: TokenSecret.hash(secret), actor: AuditClock.actor(actor),
                                                     at: AuditClock.now())
                print(secret)
                Terminal.note("token \(made.id) for '\(made.name)' (\(made.role.rawValue)): keep the secret above; it is not shown again")
            } catch let error as StoreError { throw InputError(error.description) }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the tokens (never their secrets).")
        @OptionGroup var store: StoreOptions

        func run() async throws {
            for token in try await store.open().tokens() {
                print("\(token.id)  \(token.role.rawValue)  \(token.name)  made \(token.createdAt)" + (token.revokedAt.map { "  revoked \($0)" } ?? ""))
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token by its id.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The token's id (clearance token list).") var id: Int64
        @Option(help: "Who revokes it, for the audit trail (default: the login name).") var actor: String?

        func run() async throws {
            do {
                let token = try await store.open().revokeToken(id, actor: AuditClock.actor(actor), at: AuditClock.now())
                print("revoked token \(token.id) ('\(token.name)')")
            } catch let error as StoreError { throw InputError(error.description) }
        }
    }
}

extension Role: ExpressibleByArgument {}
