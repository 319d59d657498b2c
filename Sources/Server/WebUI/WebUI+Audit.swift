import ComplianceCore
import Foundation
import Hummingbird
import NIOCore
import Store

/// The audit trail and the dashboard.
extension WebUI {
    struct AuditPage {
        struct Entry {
            let seq: Int
            let at: String
            let actor: String
            let action: String
            let subject: String
            let href: String?
            let reason: String
            let detail: String
            let hash: String
            let hashShort: String
        }

        struct Problems {
            let list: [String]
        }

        let intact: Bool
        let verifyText: String
        /// `SEQ:HASH` of the newest entry, to keep elsewhere (`clearance audit verify --anchor`).
        let head: String?
        let problems: Problems?
        let range: String?
        let entries: [Entry]
        let newer: String?
        let older: String?
    }

    func auditPage(_ request: Request, user: User) async throws -> Response {
        let query = WebForm(request.uri.query ?? "")
        let before = query["before"].flatMap(Int.init)
        let size = 100
        let entries = try await service.store.recentAudit(before: before, limit: size)
        let problems = try await service.store.verifyAudit()
        let head = try await service.store.auditHead()
        let newestSeq = head?.seq ?? 0
        let view = AuditPage(
            intact: problems.isEmpty,
            verifyText: problems.isEmpty ? "The hash chain is intact: \(newestSeq) entries, none edited or deleted."
                : "The hash chain is broken: \(problems.count) problem\(problems.count == 1 ? "" : "s").",
            head: head.map { "\($0.seq):\($0.hash)" },
            problems: problems.isEmpty ? nil : AuditPage.Problems(list: problems),
            range: entries.isEmpty ? nil : "\(entries.last!.seq) to \(entries.first!.seq)",
            entries: entries.map { entry in
                AuditPage.Entry(seq: entry.seq, at: entry.at, actor: entry.actor, action: entry.action, subject: entry.subject,
                                href: Self.subjectURL(entry.subject), reason: entry.reason ?? "", detail: entry.detail, hash: entry.hash,
                                hashShort: String(entry.hash.prefix(12)))
            },
            newer: before.flatMap { $0 <= newestSeq ? "/ui/audit?" + WebForm.query([("before", String(min(newestSeq + 1, $0 + size)))]) : nil },
            older: (entries.last?.seq ?? 1) > 1 ? "/ui/audit?" + WebForm.query([("before", String(entries.last!.seq))]) : nil)
        return pages.render("audit", page: view, layout: layout("Audit trail", user: user, current: "/ui/audit"))
    }

    /// A run's report file, as `/v1/runs/{id}/report` gives it, for a signed-in officer.
    func runReport(_ request: Request, context: ServiceContext, user: User) async throws -> Response {
        let format = WebForm(request.uri.query ?? "")["format"].flatMap(RunExport.Format.init) ?? .html
        guard let id = context.parameters.get("id").flatMap(Int64.init), let response = try await service.runReport(id, format: format) else {
            return message(status: .notFound, heading: "Not found", text: "No such run.", user: user, back: "/ui/audit")
        }
        return response
    }

    /// The page of an entry's subject: a listing (`listing:ID@HASH|MARKET`) or a run's report.
    static func subjectURL(_ subject: String) -> String? {
        if subject.hasPrefix("run:"), let id = Int64(subject.dropFirst(4)) { return "/ui/runs/\(id)/report?format=html" }
        guard subject.hasPrefix("listing:"), let at = subject.lastIndex(of: "@"), let bar = subject.lastIndex(of: "|"), at < bar else { return nil }
        let id = String(subject[subject.index(subject.startIndex, offsetBy: 8)..<at])
        return listingURL(id, market: String(subject[subject.index(after: bar)...]))
    }

    struct DashboardPage {
        struct Market {
            let market: String
            let href: String
            let pass: Int, review: Int, block: Int, approved: Int, rejected: Int
            let barHTML: String
        }

        struct RuleRow {
            let rule: String
            let href: String
            let category: String
            let listings: Int
            let barHTML: String
        }

        struct TopRule {
            let rule: String
            let findings: Int
        }

        struct Day {
            let day: String
            let total: Int, pass: Int, review: Int, block: Int
            let barHTML: String
            let topRules: [TopRule]
        }

        let window: Int
        let markets: [Market]
        let rules: [RuleRow]
        let days: [Day]
    }

    func dashboard(_ request: Request, user: User) async throws -> Response {
        let window = 30
        let today = service.today()
        let since = Self.day(today.description, minusDays: window - 1)
        let counts = try await service.store.dashboard(since: since)
        let widestRule = counts.rules.map(\.listings).max() ?? 1
        let view = DashboardPage(
            window: window,
            markets: counts.markets.map { row in
                let c = row.counts
                return DashboardPage.Market(market: row.market, href: "/ui/queue?" + WebForm.query([("market", row.market)]), pass: c.pass,
                                            review: c.review, block: c.block, approved: c.approved, rejected: c.rejected,
                                            barHTML: Bars.html([("pass", "pass", c.pass), ("review", "review", c.review), ("block", "block", c.block)], of: c.total))
            },
            rules: counts.rules.map { row in
                DashboardPage.RuleRow(rule: row.rule, href: "/ui/queue?" + WebForm.query([("rule", row.rule)]), category: row.category,
                                      listings: row.listings, barHTML: Bars.html([("rule", "listings", row.listings)], of: widestRule))
            },
            days: counts.days.map { row in
                let c = row.counts
                let top = counts.ruleDays.filter { $0.day == row.day }.sorted { ($0.findings, $1.rule) > ($1.findings, $0.rule) }.prefix(3)
                return DashboardPage.Day(day: row.day, total: c.total, pass: c.pass, review: c.review, block: c.block,
                                         barHTML: Bars.html([("pass", "pass", c.pass), ("review", "review", c.review), ("block", "block", c.block)], of: c.total),
                                         topRules: top.map { DashboardPage.TopRule(rule: $0.rule, findings: $0.findings) })
            })
        return pages.render("dashboard", page: view, layout: layout("Dashboard", user: user, current: "/ui/"))
    }

    /// `day` (YYYY-MM-DD) less `days` days, in the Gregorian calendar.
    static func day(_ day: String, minusDays days: Int) -> String {
        let formatter = DateFormatter()
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        guard let date = formatter.date(from: day) else { return day }
        return formatter.string(from: date.addingTimeInterval(-Double(days) * 86_400))
    }
}
