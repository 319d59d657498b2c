import ComplianceCore
import Formats
import Localization
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
