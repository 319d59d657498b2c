import ArgumentParser
import ComplianceCore
import Foundation
import Store
import TextEngine

/// `clearance worker`: claims queued batches of audit runs (`clearance audit --enqueue`) from
/// the store, checks them and records the results; as many as wanted, on any machine that
/// reaches the store (DESIGN section 7).
struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker", abstract: "Check batches that clearance audit --enqueue queued in the store (run several, on several machines).",
        discussion: """
        A worker takes only runs checked with exactly its rule packs (id@version), so every batch of a run is judged by the \
        same rules. A batch whose worker stops before recording it is taken over after --stale-after seconds; the last batch \
        of a run finishes it.
        """)

    @OptionGroup var store: StoreOptions
    @Option(help: "The worker's name in the audit trail (default: host and process id).") var name: String?
    @Flag(help: "Exit once no batch is waiting, instead of polling.") var idleExit = false
    @Option(help: "Seconds between looks at the queue when it is empty.") var poll: Double = 2
    @Option(help: "Seconds after which another worker's claim is taken over.") var staleAfter: Int = 600
    @OptionGroup var definitions: DefinitionSources
    @OptionGroup var marketplaces: MarketplaceOptions

    func run() async throws {
        guard poll > 0, staleAfter > 0 else { throw ValidationError("--poll and --stale-after must be positive") }
        let sources = try definitions.ruleSources()
        let configuration = try sources.configuration()
        let packs = try sources.packs(configuration: configuration, marketplaces: marketplaces)
        let known = Dictionary(try sources.markets(configuration: configuration).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let packIDs = packs.map { "\($0.id)@\($0.version)" }
        let engine = try Engine(packs: packs)
        let opened = try await store.open()
        let worker = name ?? "worker \(ProcessInfo.processInfo.hostName) \(ProcessInfo.processInfo.processIdentifier)"
        var batches = 0, items = 0
        while true {
            let now = AuditClock.now()
            let staleBefore = StoreConventions.timestamp(Date().addingTimeInterval(-Double(staleAfter)))
            guard let claimed = try await opened.claimBatch(worker: worker, packs: packIDs, at: now, staleBefore: staleBefore) else {
                if idleExit { break }
                try await Task.sleep(nanoseconds: UInt64(poll * 1_000_000_000))
                continue
            }
            let run = claimed.run
            guard let day = Day(run.day) else { throw InputError("run \(run.id) has no valid day: \(run.day)") }
            let pipeline = CheckPipeline(engine: engine, markets: known, marketIDs: run.markets, day: day)
            let outcomes = pipeline.check(try WorkItems.items(claimed.batch.payload, source: run.source))
            do {
                let progress = try await opened.completeBatch(claimed, results: CheckPipeline.batch(outcomes, firstItem: claimed.batch.firstItem),
                                                              at: AuditClock.now())
                batches += 1
                items += claimed.batch.items
                if progress.closed, progress.pending == 0, progress.claimed == 0 {
                    Terminal.note("run \(run.id): finished (\(progress.done) batches)")
                }
            } catch let error as StoreError {
                Terminal.warn("\(error)")
            }
        }
        print("\(worker): \(batches) batches, \(items) items checked (\(self.store.name))")
    }
}
