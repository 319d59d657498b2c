import ArgumentParser
import ComplianceCore
import Formats
import Foundation
import RulePacks
import Server
import Store
import TextEngine

/// `clearance audit run CATALOG`: every listing of a catalog checked on every core and recorded
/// in the store, batch by batch, each batch one transaction with the run's progress. Killed and
/// run again with the same catalog, markets, packs and day, it resumes where the last committed
/// batch ended: nothing is lost or checked twice.
struct AuditRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Check a catalog or feed into the store (resumable; a progress bar on a terminal).",
        discussion: """
        Exit codes: 0 when no finding left after overrides reaches --fail-on, 1 when one does, 2 for usage, input or \
        configuration errors (a listing that cannot be read is recorded as an error and the others are still checked).
        """)

    @Argument(help: "The catalog: JSON, JSON Lines, CSV or a Merchant Center feed, as for check.") var catalog: String
    @Option(help: "Markets to check every listing for, comma-separated (default: each listing's own market).") var markets: String?
    @OptionGroup var store: StoreOptions
    @Option(help: "Who runs the audit, for the audit trail (default: the login name).") var actor: String?
    @Option(help: "The day rules are evaluated on (YYYY-MM-DD); default today (UTC).") var date: String?
    @Option(name: .customLong("fail-on"), help: "The severity that makes the exit code 1: info, warn or block.") var failOn: Severity = .block
    @Option(name: .customLong("report"), help: "Also write a report of the whole run: FORMAT:PATH with json, sarif, junit, csv or html; repeatable.") var reports: [String] = []
    @Option(help: "Stop after this many more catalog items, leaving the run to be resumed (a catalog audited in parts).") var limit: Int?
    @Flag(help: "Queue the catalog in batches for `clearance worker` processes instead of checking it here (docs/audit.md).") var enqueue = false
    @OptionGroup var definitions: DefinitionSources
    @OptionGroup var marketplaces: MarketplaceOptions

    func run() throws {
        let sources = try definitions.ruleSources()
        let configuration = try sources.configuration()
        let packs = try sources.packs(configuration: configuration, marketplaces: marketplaces)
        let known = Dictionary(try sources.markets(configuration: configuration).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let chosen = markets.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
        for id in chosen where known[id] == nil {
            throw ValidationError("unknown market '\(id)' (known: \(known.keys.sorted().joined(separator: ", ")))")
        }
        let targets = try reports.map { target -> (RunExport.Format, String) in
            let parts = target.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let format = RunExport.Format(rawValue: parts[0]), !parts[1].isEmpty else {
                throw ValidationError("--report '\(target)' is not FORMAT:PATH (formats: \(RunExport.Format.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return (format, parts[1])
        }
        let day = try CheckDay.parse(date)
        guard let catalogHash = AuditChain.sha256(file: catalog), let handle = FileHandle(forReadingAtPath: catalog) else {
            throw InputError("\(catalog): cannot read the catalog")
        }
        let packIDs = packs.map { "\($0.id)@\($0.version)" }
        let dayText = day.description
        let key = AuditChain.sha256([catalogHash, chosen.joined(separator: ","), packIDs.joined(separator: ","), dayText].joined(separator: "\n"))
        let db = store.db
        let opened = try Blocking.wait { try await StoreOptions.open(db) }
        let who = AuditClock.actor(actor)
        let versions = ICUVersions.current
        let run: StoredRun
        if let unfinished = try Blocking.wait({ try await opened.unfinishedRun(key: key) }) {
            run = unfinished
            Terminal.note("resuming run \(run.id) of \(catalog) after \(run.itemsDone) items")
        } else {
            run = try Blocking.wait { try await opened.startRun(RunStart(key: key, source: catalog, markets: chosen, packs: packIDs, tool: ToolInfo.version, icu: versions.icu,
                                               cldr: versions.cldr, day: dayText, actor: who), at: AuditClock.now()) }
        }
        if enqueue {
            guard limit == nil, targets.isEmpty else { throw ValidationError("--enqueue queues the whole catalog: without --limit and --report") }
            try queue(run: run, handle: handle, store: opened, actor: who)
            return
        }
        let engine = try Engine(packs: packs)
        let pipeline = CheckPipeline(engine: engine, markets: known, marketIDs: chosen, day: day)
        let pathExtension = URL(fileURLWithPath: catalog).pathExtension
        let stream = ListingStream(handle: handle, source: catalog, format: .auto, fileExtension: pathExtension.isEmpty ? nil : pathExtension,
                                   deferParsing: true)
        // The items of a JSON Lines catalog are its lines: counted once, for the progress bar and
        // to tell a run that --limit stopped from one that reached the end. Other shapes stay
        // open after a limited run, and the next run finishes them.
        let total = ["jsonl", "ndjson"].contains(pathExtension.lowercased()) ? Self.lines(catalog) : nil
        var progress = ProgressBar(total: total)
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        var ordinal = 0
        let stopAt = limit.map { run.itemsDone + $0 }
        // Batches are written on their own thread while the next one is checked, one batch in
        // flight and in order: each is still one transaction with the run's progress, so a run
        // stopped at any moment resumes after the last batch written.
        let writer = BatchWriter(store: opened, run: run.id, day: dayText)
        // Whatever stops the run, the batch in flight is written (or not) before the process ends.
        defer { writer.drain() }
        do {
            try stream.forEachBatch(warning: { Terminal.warn("\($0)") }) { items in
                let start = ordinal
                let skip = max(0, run.itemsDone - start)
                let end = min(items.count, stopAt.map { max(0, $0 - start) } ?? items.count)
                ordinal += end
                guard skip < end else {
                    progress.show(ordinal)
                    return
                }
                let outcomes = pipeline.check(Array(items[skip..<end]))
                try writer.write(outcomes, firstItem: start + skip, itemsDone: ordinal)
                progress.show(ordinal)
            }
            try writer.finish()
        } catch let error as StoreError {
            progress.finish()
            throw InputError("\(store.name): \(error)")
        }
        progress.finish()
        if let stopAt, ordinal >= stopAt, ordinal < total ?? Int.max, let partial = try Blocking.wait({ try await opened.run(run.id) }) {
            print("run \(partial.id): stopped after \(partial.itemsDone) items (--limit); run the same command again to go on (\(store.name))")
            return
        }
        let finished = try Blocking.wait { try await opened.finishRun(run.id, actor: who, at: AuditClock.now()) }
        let results = try Blocking.wait { try await opened.results(run: run.id) }
        let c = finished.counts
        print("run \(finished.id): \(finished.itemsDone) items, \(c.listings) listings checked for \(chosen.isEmpty ? "their own markets" : chosen.joined(separator: ", ")): "
              + "\(c.pass) pass, \(c.review) review, \(c.block) block, \(c.errors) unreadable (\(store.name))")
        if !targets.isEmpty {
            let contents = try Blocking.wait { try await opened.contents(run: run.id) }
            let tool = CheckRun.Tool(version: ToolInfo.version, icu: versions.icu, cldr: versions.cldr, packs: packIDs)
            for (format, path) in targets {
                let text = RunExport.render(format, run: finished, results: results, contents: contents, rules: packs.flatMap(\.rules), tool: tool)
                guard FileManager.default.createFile(atPath: path, contents: Data((text.hasSuffix("\n") ? text : text + "\n").utf8)) else {
                    throw InputError("\(path): cannot write the report")
                }
            }
        }
        let failing = results.contains { $0.findings.contains { $0.overriddenBy == nil && $0.severity >= failOn } }
        if failing { throw ExitCode(1) }
    }

    /// Queues the catalog's batches for workers (again from the start after an interruption: the
    /// batches already queued stay as they are), then closes the queue.
    private func queue(run: StoredRun, handle: FileHandle, store: any ClearanceStore, actor: String) throws {
        if try Blocking.wait({ try await store.queueProgress(run: run.id) }).closed {
            print("run \(run.id): already queued; workers are checking it (clearance worker --db \(self.store.name))")
            return
        }
        let pathExtension = URL(fileURLWithPath: catalog).pathExtension
        let stream = ListingStream(handle: handle, source: catalog, format: .auto, fileExtension: pathExtension.isEmpty ? nil : pathExtension,
                                   deferParsing: true)
        var next = 0
        var pending: [QueuedBatch] = []
        var batches = 0
        func flush() throws {
            let ready = pending, id = run.id
            pending = []
            try Blocking.wait { try await store.enqueue(run: id, batches: ready) }
        }
        try stream.forEachBatch(warning: { Terminal.warn("\($0)") }) { items in
            pending.append(QueuedBatch(firstItem: next, items: items.count, payload: WorkItems.payload(items)))
            next += items.count
            batches += 1
            if pending.count >= 32 { try flush() }
        }
        try flush()
        let progress = try Blocking.wait { try await store.closeQueue(run: run.id, actor: actor, at: AuditClock.now()) }
        print("run \(run.id): \(next) items queued in \(batches) batches (\(progress.done) done); start workers: clearance worker --db \(self.store.name)")
    }

    /// The lines of a JSON Lines file (a last line without a newline counts too).
    static func lines(_ path: String) -> Int? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var count = 0
        var last: UInt8 = 0x0A
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            chunk.withUnsafeBytes { raw in
                for byte in raw where byte == 0x0A { count += 1 }
            }
            last = chunk.last ?? last
        }
        return last == 0x0A ? count : count + 1
    }
}

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
struct ProgressBar {
    let total: Int?
    private let drawing = isatty(STDERR_FILENO) != 0
    private var lastDrawn = Date.distantPast

    init(total: Int?) { self.total = total }

    mutating func show(_ done: Int) {
        guard drawing, Date().timeIntervalSince(lastDrawn) > 0.1 else { return }
        lastDrawn = Date()
        var line = "\r  \(done) items"
        if let total, total > 0 {
            let share = min(1, Double(done) / Double(total))
            let filled = Int(share * 30)
            line = "\r  [" + String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled) + "] \(done)/\(total) items, \(Int(share * 100))%"
        }
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        if drawing { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

/// Writes checked batches into the store on a thread of its own, one at a time and in order,
/// so the next batch is checked meanwhile. A failed write stops the run at the next batch.
final class BatchWriter: @unchecked Sendable {
    private let store: any ClearanceStore
    private let run: Int64
    private let day: String
    private let queue = DispatchQueue(label: "clearance.audit.writer")
    /// One batch in flight: taken before a write is queued, given back when it is done.
    private let slot = DispatchSemaphore(value: 1)
    private let lock = NSLock()
    private var failure: (any Error)?

    init(store: any ClearanceStore, run: Int64, day: String) {
        self.store = store
        self.run = run
        self.day = day
    }

    /// Queues the outcomes of items `firstItem...` once the batch before is written.
    func write(_ outcomes: [CheckPipeline.Outcome], firstItem: Int, itemsDone: Int) throws {
        slot.wait()
        if let error = takeFailure() {
            slot.signal()
            throw error
        }
        queue.async { [self] in
            defer { slot.signal() }
            let batch = CheckPipeline.batch(outcomes, firstItem: firstItem)
            do {
                let store = store, run = run, day = day, batch = batch
                _ = try Blocking.wait { try await store.record(batch, run: run, day: day, itemsDone: itemsDone) }
            } catch {
                lock.withLock { failure = error }
            }
        }
    }

    /// Waits for the write in flight, if any.
    func drain() {
        slot.wait()
        slot.signal()
    }

    /// Waits for the last write; throws its error, if any.
    func finish() throws {
        slot.wait()
        defer { slot.signal() }
        if let error = takeFailure() { throw error }
    }

    private func takeFailure() -> (any Error)? {
        lock.withLock {
            defer { failure = nil }
            return failure
        }
    }
}

/// Runs async store work from synchronous code and waits for it: for `clearance audit`, whose
/// catalog reader calls back synchronously. Only for the main thread and Dispatch's threads,
/// never from a task (a task blocked here would hold a thread the work may need).
enum Blocking {
    static func wait<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }

    /// Written once by the task before it signals, read after the wait.
    private final class ResultBox<T>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }
}
