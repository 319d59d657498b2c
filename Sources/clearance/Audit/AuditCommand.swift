import ArgumentParser
import Foundation
import Store
import StorePostgres

/// `clearance audit`: whole catalogs into the store, officers' decisions and overrides, and the
/// audit trail.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Check a whole catalog into the store; record decisions and overrides; verify the audit trail.",
        discussion: "`clearance audit CATALOG --markets DE,FR` is `clearance audit run`.",
        subcommands: [AuditRunCommand.self, AuditVerifyCommand.self, AuditLogCommand.self, AuditDecideCommand.self, AuditOverrideCommand.self],
        defaultSubcommand: AuditRunCommand.self)
}

/// The store a command works on: a SQLite file, or a PostgreSQL database named by URL.
struct StoreOptions: ParsableArguments {
    @Option(help: """
        The store: a SQLite file, created when missing, or a PostgreSQL database, \
        postgres://USER:PASSWORD@HOST:PORT/DATABASE (or postgresql://; parameters sslmode=disable|prefer|require|verify-ca|verify-full, \
        schema=NAME, host=SOCKET-DIRECTORY), its tables created when missing.
        """) var db: String = "clearance.sqlite"

    /// The store as messages name it: the file, or the URL without its password.
    var name: String { PostgresLocation.isURL(db) ? PostgresLocation.redacted(db) : db }

    func open() async throws -> any ClearanceStore { try await Self.open(db) }

    static func open(_ db: String) async throws -> any ClearanceStore {
        do {
            return PostgresLocation.isURL(db) ? try await PostgresStore(url: db) : try SQLiteStore(path: db)
        } catch let error as StoreError { throw InputError(error.description) }
    }
}

/// The time now as the store records it: ISO 8601 UTC to the second.
enum AuditClock {
    static func now() -> String { StoreConventions.timestamp(Date()) }

    /// Who is acting: `--actor`, else the login name.
    static func actor(_ given: String?) -> String {
        given ?? ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.environment["LOGNAME"] ?? "unknown"
    }
}

/// `clearance audit verify`: recomputes the hash chain.
struct AuditVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Check that no audit-trail entry was edited or deleted (exit 1 when one was).")

    @OptionGroup var store: StoreOptions
    @Option(name: .customLong("anchor"),
            help: "SEQ:HASH, a head printed earlier and kept elsewhere: entry SEQ must still have that hash; repeatable.")
    var anchors: [String] = []

    func run() async throws {
        let opened = try await store.open()
        let parsed = try anchors.map { text -> (seq: Int, hash: String) in
            let parts = text.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let seq = Int(parts[0]), seq > 0, parts[1].count == 64, parts[1].allSatisfy(\.isHexDigit) else {
                throw ValidationError("--anchor '\(text)' is not SEQ:HASH (an entry number and its 64 hex digits, as verify prints them)")
            }
            return (seq, String(parts[1]))
        }
        let problems = try await opened.verifyAudit() + opened.anchorProblems(parsed)
        if problems.isEmpty {
            let head = try await opened.auditHead()
            let count = head?.seq ?? 0
            print("\(store.name): the audit trail is intact (\(count) \(count == 1 ? "entry" : "entries"))" + (parsed.isEmpty ? "" : " and matches \(parsed.count) anchor(s)"))
            if let head { print("head: \(head.seq):\(head.hash)") }
            return
        }
        print("\(store.name): the audit trail is broken:")
        for problem in problems { print("  \(problem)") }
        throw ExitCode(1)
    }
}

/// `clearance audit log`: the audit trail.
struct AuditLogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "Print the audit trail, oldest first.")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Print JSON Lines, one entry a line.") var json = false

    func run() async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for entry in try await store.open().auditTrail() {
            if json {
                print(String(decoding: try encoder.encode(entry), as: UTF8.self))
            } else {
                print("\(entry.seq)  \(entry.at)  \(entry.actor)  \(entry.action)  \(entry.subject)" + (entry.reason.map { "  reason: \($0)" } ?? ""))
            }
        }
    }
}

/// The listing version an officer names: by id and market, the newest recorded version unless
/// `--version` gives a content hash (or its start).
struct ListingSelection: ParsableArguments {
    @Option(help: "The listing's id.") var listing: String
    @Option(help: "The market the decision is for.") var market: String
    @Option(help: "The listing version's content hash, or its first characters (default: the newest recorded).") var version: String?
    @Option(help: "The officer.") var officer: String
    @Option(help: "Why: recorded in the audit trail.") var reason: String

    func resolve(in store: any ClearanceStore) async throws -> ListingVersion {
        switch try await store.versionToDecide(listingID: listing, market: market, expected: version) {
        case let .found(found): return found
        case .unknown: throw InputError("no listing '\(listing)' recorded for \(market) in the store")
        case let .changed(newest):
            throw InputError("listing '\(listing)' in \(market): version \(version ?? "") is not the newest recorded (\(newest.contentHash.prefix(12))); it changed and must be checked again")
        }
    }
}

/// `clearance audit decide`: approve or reject a listing version.
struct AuditDecideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "decide", abstract: "Approve or reject a listing version in a market, with a reason.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var selection: ListingSelection
    @Option(help: "approve or reject.") var verdict: Verdict
    @Option(help: "The rule packs in force, id@version, recorded with the decision (default: the newest run's).") var packs: [String] = []

    func run() async throws {
        let opened = try await store.open()
        let version = try await selection.resolve(in: opened)
        do {
            let made = try await opened.decide(version, market: selection.market, verdict: verdict, officer: selection.officer, reason: selection.reason,
                                         packs: packs, at: AuditClock.now())
            print("\(made.verdict.rawValue) \(version.listingID) in \(made.market) (version \(version.contentHash.prefix(12))) by \(made.officer)")
        } catch let error as StoreError { throw InputError(error.description) }
    }
}

/// `clearance audit override`: one finding of one listing version, with a reason and an expiry.
struct AuditOverrideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "override", abstract: "Override one finding (by fingerprint) of a listing version in a market, with a reason.",
        discussion: "The override applies to that listing version only: once the listing changes, it is checked again.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var selection: ListingSelection
    @Option(help: "The finding's fingerprint (JSON reports give it).") var fingerprint: String
    @Option(help: "The last day the override applies (YYYY-MM-DD).") var expires: String?
    @Option(help: "The rule packs in force, id@version, recorded with the override.") var packs: [String] = []

    func run() async throws {
        let opened = try await store.open()
        let version = try await selection.resolve(in: opened)
        do {
            let made = try await opened.override(version, market: selection.market, fingerprint: fingerprint, officer: selection.officer,
                                           reason: selection.reason, expires: expires, packs: packs, at: AuditClock.now())
            print("override \(made.id): \(fingerprint) on \(version.listingID) in \(made.market)" + (made.expires.map { " until \($0)" } ?? ""))
        } catch let error as StoreError { throw InputError(error.description) }
    }
}

extension Verdict: ExpressibleByArgument {}
