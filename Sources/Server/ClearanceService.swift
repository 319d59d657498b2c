import ComplianceCore
import Formats
import Localization
import Hummingbird
import NIOCore
import Store

/// What the HTTP service works with: the store, the engine with its packs and markets, the
/// clock and the limits. Built by the CLI (`clearance serve`) or by a test.
public struct ClearanceService: Sendable {
    public let store: any ClearanceStore
    public let engine: Engine
    public let markets: [String: Market]
    /// `id@version` of the packs in force, recorded with every decision.
    public let packs: [String]
    public let tool: CheckRun.Tool
    /// The day rules are evaluated on, and the time now (ISO 8601 UTC), for each request.
    public let today: @Sendable () -> Day
    public let now: @Sendable () -> String
    /// The largest request body accepted; a larger one gets 413.
    public let maximumBodyBytes: Int
    public let metrics: ServiceMetrics
    /// Templates, glossaries and rates for `/v1/localize`; nil: that endpoint answers 503.
    public let localization: CatalogLocalization?
    /// Whether the web UI's session cookie is sent over HTTPS only (behind a TLS proxy).
    public let secureCookies: Bool

    public init(store: any ClearanceStore, engine: Engine, markets: [Market], packs: [String], tool: CheckRun.Tool,
                today: @escaping @Sendable () -> Day, now: @escaping @Sendable () -> String, maximumBodyBytes: Int = 1 << 20,
                localization: CatalogLocalization? = nil, secureCookies: Bool = false) {
        self.store = store
        self.engine = engine
        self.markets = Dictionary(markets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.packs = packs
        self.tool = tool
        self.today = today
        self.now = now
        self.maximumBodyBytes = maximumBodyBytes
        self.metrics = ServiceMetrics()
        self.localization = localization
        self.secureCookies = secureCookies
    }
}

extension ClearanceService {
    /// Records checks made on request (the web UI's check page, `/v1/check?record=true`) as a
    /// run of their own, as `clearance audit` would: one item per listing, with its results in
    /// each market, so they reach the review queue.
    /// - Parameter listings: the listing of each result, in the same order (one listing's
    ///   results next to each other).
    func record(listings: [Listing], results: [ListingResult], markets: [String], source: String, actor: String, day: Day) async throws -> StoredRun {
        var items: [(listing: Listing, results: [ListingResult])] = []
        for (listing, result) in zip(listings, results) {
            if let last = items.last, last.listing == listing {
                items[items.count - 1].results.append(result)
            } else {
                items.append((listing, [result]))
            }
        }
        let contents = items.map { ListingJSON.value($0.listing).text }
        let batch = items.enumerated().map { index, item in
            BatchItem.checked(item: index, listingID: item.listing.id, content: contents[index], results: item.results)
        }
        let at = now()
        let start = RunStart(key: AuditChain.sha256(([source, markets.joined(separator: ","), at] + contents).joined(separator: "\n")),
                             source: source, markets: markets, packs: packs, tool: tool.version, icu: tool.icu, cldr: tool.cldr,
                             day: day.description, actor: actor)
        let run = try await store.startRun(start, at: at)
        _ = try await store.record(batch, run: run.id, day: day.description, itemsDone: batch.count)
        return try await store.finishRun(run.id, actor: actor, at: now())
    }
}

extension ClearanceService {
    /// A recorded run as a report file (`/v1/runs/{id}/report` and the officers' report links);
    /// nil when there is no such run. The HTML report is shown in the browser with a policy that
    /// lets it style itself inline and run no script; the other formats are downloads.
    func runReport(_ id: Int64, format: RunExport.Format) async throws -> Response? {
        guard let run = try await store.run(id) else { return nil }
        let text = RunExport.render(format, run: run, results: try await store.results(run: id), contents: try await store.contents(run: id),
                                    rules: engine.packs.flatMap(\.rules), tool: tool)
        var headers = WebPages.securityHeaders
        headers[.contentType] = format.contentType
        headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'"
        if format != .html {
            headers[.contentDisposition] = "attachment; filename=\"clearance-run-\(id).\(format == .junit ? "xml" : format.rawValue)\""
        }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
