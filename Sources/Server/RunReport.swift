import Formats
import Store

/// The JSON report of an audit run: its counts and every result with its findings and the
/// overrides that cover them. `clearance audit --report json:` and `/v1/runs/{id}` write it.
public enum RunReport {
    public static func value(_ run: StoredRun, _ results: [StoredResult]) -> JSONValue {
        .object([
            "run": .object(["id": .int(Int(run.id)), "source": .string(run.source), "day": .string(run.day), "started_at": .string(run.startedAt),
                            "finished_at": run.finishedAt.map(JSONValue.string) ?? .null, "packs": .array(run.packs.map(JSONValue.string))]),
            "summary": .object(["items": .int(run.itemsDone), "listings": .int(run.counts.listings), "pass": .int(run.counts.pass),
                                "review": .int(run.counts.review), "block": .int(run.counts.block), "errors": .int(run.counts.errors)]),
            "results": .array(results.map { result in
                .object(["item": .int(result.item), "id": .string(result.version.listingID), "version": .string(result.version.contentHash),
                         "market": .string(result.market), "engine_decision": .string(result.engineDecision.rawValue),
                         "decision": .string(result.decision.rawValue), "findings": .array(result.findings.map(finding))])
            }),
        ])
    }

    static func finding(_ finding: StoredFinding) -> JSONValue {
        .object(["rule": .string(finding.rule), "severity": .string(finding.severity.rawValue), "field": .string(finding.field),
                 "match": .string(finding.match), "message": .string(finding.message), "fingerprint": .string(finding.fingerprint),
                 "overridden_by": finding.overriddenBy.map { .int(Int($0)) } ?? .null])
    }
}
