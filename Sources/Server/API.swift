import Store

/// The HTTP API as data: every endpoint with its method, path, the role it needs, and what it
/// takes and answers. The router's access checks and the OpenAPI document are made from it.
public enum API {
    public struct Endpoint: Sendable, Equatable {
        public let method: String
        /// With `{name}` for path parameters.
        public let path: String
        /// nil: no token needed.
        public let role: Role?
        public let summary: String
        /// The request body's schema name in the document, when it takes one.
        public let body: String?
        /// Status -> description, besides the errors every endpoint may answer.
        public let responses: [Int: String]
        /// Query parameters: name -> description.
        public let query: [String: String]

        init(_ method: String, _ path: String, role: Role?, _ summary: String, body: String? = nil, responses: [Int: String],
             query: [String: String] = [:]) {
            self.method = method
            self.path = path
            self.role = role
            self.summary = summary
            self.body = body
            self.responses = responses
            self.query = query
        }
    }

    public static let version = "1.0.0"

    public static let endpoints: [Endpoint] = [
        Endpoint("GET", "/healthz", role: nil, "Liveness: the service answers and its store opens.", responses: [200: "ok"]),
        Endpoint("GET", "/metrics", role: nil, "Counters in the Prometheus text format.", responses: [200: "the exposition text"]),
        Endpoint("GET", "/openapi.json", role: nil, "This document.", responses: [200: "the OpenAPI 3.1 document"]),
        Endpoint("POST", "/v1/check", role: .seller,
                 "Check one listing or an array of them (the pre-publish webhook): the decision and the findings of each, as the JSON report of `clearance check`.",
                 body: "Listings", responses: [200: "the JSON report"],
                 query: ["market": "Check every listing for this market (default: each listing's own `market`).",
                        "record": "true: also record the results as a run, for the review queue; the answer is then {\"recorded_run\": ID, \"report\": ...}."]),
        Endpoint("POST", "/v1/localize", role: .seller,
                 "Localize products (one or an array, the product shape of `clearance localize`) into listings for markets, each checked: the listings and the JSON report.",
                 body: "Products", responses: [200: "the listings and the report", 503: "the service runs without localization data"],
                 query: ["markets": "Markets, comma-separated (required)."]),
        Endpoint("GET", "/v1/listings", role: .officer,
                 "The review queue: the newest recorded result of each listing in each market (review and block unless `decision` says otherwise).",
                 responses: [200: "the listings"],
                 query: ["market": "Only this market.", "decision": "pass, review, block or all.", "rule": "Only listings with a finding of this rule.",
                         "severity": "Only listings with a finding of this severity.", "category": "Only listings with a finding of this category.",
                         "limit": "At most this many (default 100, at most 1000).", "offset": "Skip this many."]),
        Endpoint("GET", "/v1/listings/{id}", role: .officer,
                 "Everything recorded about a listing in a market: each version, newest first, with its results, findings, decisions and overrides.",
                 responses: [200: "the listing's history", 404: "nothing recorded"], query: ["market": "The market (required)."]),
        Endpoint("GET", "/v1/runs/{id}", role: .officer, "An audit run: its counts and every result with its findings, as `clearance audit --report json:` writes it.",
                 responses: [200: "the run's report", 404: "no such run"]),
        Endpoint("GET", "/v1/runs/{id}/report", role: .officer,
                 "An audit run as a report file: json (as /v1/runs/{id}), or sarif, junit, csv or html with the findings that stand (not overridden).",
                 responses: [200: "the report", 404: "no such run"], query: ["format": "json (default), sarif, junit, csv or html."]),
        Endpoint("GET", "/v1/audit", role: .officer, "The audit trail, oldest first.", responses: [200: "the entries"],
                 query: ["after": "Only entries after this sequence number.", "limit": "At most this many entries (default 500)."]),
        Endpoint("GET", "/v1/audit/verify", role: .officer, "Recompute the audit trail's hash chain.", responses: [200: "whether it is intact, and what is broken"]),
        Endpoint("POST", "/v1/decisions", role: .officer, "Approve or reject the newest recorded version of a listing in a market, with a reason.",
                 body: "DecisionRequest", responses: [201: "the decision, recorded in the audit trail"]),
        Endpoint("POST", "/v1/overrides", role: .officer,
                 "Override one finding of the newest recorded version of a listing in a market, with a reason and an optional last day.",
                 body: "OverrideRequest", responses: [201: "the override, recorded in the audit trail"]),
        Endpoint("GET", "/v1/tokens", role: .admin, "The tokens: name, role, when made and revoked (never the secrets).", responses: [200: "the tokens"]),
        Endpoint("POST", "/v1/tokens", role: .admin, "Make a token; its secret is in this answer only.", body: "TokenRequest",
                 responses: [201: "the token and its secret"]),
        Endpoint("DELETE", "/v1/tokens/{id}", role: .admin, "Revoke a token.", responses: [200: "the revoked token"]),
    ]
}
