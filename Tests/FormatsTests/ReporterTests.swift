import ComplianceCore
import Foundation
import Testing
import TextEngine
@testable import Formats

@Suite struct ReporterTests {
    static func run(match: String = "=HYPERLINK(\"http://x\")", listing: String = "a<&>\"'\u{1}") -> CheckRun {
        let text = "Buy \(match) now"
        let start = "Buy ".utf8.count
        let span = TextSpan(utf8Range: start..<(start + match.utf8.count), in: text)
        let finding = Finding(rule: "r/1", category: .trademark, severity: .block, market: "US", field: FieldPath(.title),
                              span: span, message: "bad, \"quoted\"\nline", citation: Citation(law: "Law", url: "https://law.example/1"),
                              fix: "Remove", fingerprint: "0123456789abcdef", explanation: "x")
        let results = [ListingResult(listing: listing, market: "US", decision: .block, findings: [finding]),
                       ListingResult(listing: "clean", market: "DE", decision: .pass, findings: [])]
        return CheckRun(tool: .init(version: "0.1.0", icu: "72.1", cldr: "42.0", packs: ["p@1"]), results: results,
                        errors: ["in.jsonl:3: not valid JSON"], rules: [],
                        origins: [listing: ListingOrigin(source: "in.jsonl", line: 2)])
    }

    @Test func csvCellsCannotRunAsFormulas() {
        #expect(CSVReport.cell("=1+2") == "'=1+2")
        #expect(CSVReport.cell("+49 30") == "'+49 30")
        #expect(CSVReport.cell("-5") == "'-5")
        #expect(CSVReport.cell("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVReport.cell("\tx") == "'\tx")
        #expect(CSVReport.cell("a,b") == "\"a,b\"")
        #expect(CSVReport.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVReport.cell("=A1,\"x\"") == "\"'=A1,\"\"x\"\"\"")
        let csv = CSVReport.render(Self.run())
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "listing,market,decision,rule,severity,category,field,start,end,match,message,fingerprint")
        #expect(lines[1].hasPrefix(#""a<&>""'\#u{1}",US,block,r/1,block,trademark,title,4,26,"'=HYPERLINK(""http://x"")","#))
        #expect(csv.contains("clean,DE,pass,,,,,,,,,"))
    }

    @Test func junitEscapesSellerText() throws {
        let xml = JUnitReport.render(Self.run(), failOn: .warn)
        #expect(xml.contains(#"<testcase classname="US" name="a&lt;&amp;&gt;&quot;&apos;\#u{FFFD}">"#))
        #expect(xml.contains(#"<testsuites name="clearance" tests="2" failures="1" errors="1">"#))
        #expect(xml.contains(#"message="r/1: bad, &quot;quoted&quot;"#))
        #expect(!xml.contains("\u{1}"))
    }

    @Test func sarifCarriesRulesLocationsAndFingerprints() throws {
        let rule = Rule(id: "r/1", category: .trademark, severity: .block, fields: [.title], conditions: RuleConditions(),
                        check: .terms(TermsCheck(terms: ["*": ["x"]], allow: [], boundary: .auto)), message: ["en": "m {match}"],
                        citation: Citation(law: "Law", article: "Art. 1", url: "https://law.example/1"), fix: "Remove",
                        from: nil, until: nil, examples: RuleExamples(match: ["⟦x⟧"], noMatch: []))
        let base = Self.run()
        let run = CheckRun(tool: base.tool, results: base.results, errors: base.errors, rules: [rule], origins: base.origins)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(SARIFReport.render(run).utf8)) as? [String: Any])
        #expect(json["version"] as? String == "2.1.0")
        let sarifRun = try #require((json["runs"] as? [[String: Any]])?.first)
        let driver = try #require((sarifRun["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.first?["id"] as? String == "r/1")
        #expect(rules.first?["helpUri"] as? String == "https://law.example/1")
        let result = try #require((sarifRun["results"] as? [[String: Any]])?.first)
        #expect(result["level"] as? String == "error")
        #expect(result["ruleIndex"] as? Int == 0)
        #expect((result["partialFingerprints"] as? [String: String])?["clearance/v1"] == "0123456789abcdef")
        let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: String])?["uri"] == "in.jsonl")
        #expect((location["region"] as? [String: Int])?["startLine"] == 2)
    }

    @Test func baselineHidesAcceptedFindings() throws {
        let run = Self.run()
        let baseline = Baseline(results: run.results)
        let again = try Baseline(data: baseline.data(), source: "b.json")
        #expect(again == baseline)
        let filtered = again.filter(run.results)
        #expect(filtered.map(\.decision) == [.pass, .pass])
        #expect(throws: Baseline.BaselineError.self) { try Baseline(data: Data(#"{"version": 9}"#.utf8), source: "b.json") }
    }
}

@Suite struct JSONValueTests {
    /// The hand-written JSON parses back, with every escape, to the same values.
    @Test func roundTripsThroughFoundation() throws {
        let text = "quote \" backslash \\ newline \n tab \t nul \u{0} bell \u{7} 最佳 😀 \u{2028}"
        let value = JSONValue.object(["b": .array([.int(-3), .bool(true), .null]), "a": .string(text)])
        #expect(value.text.hasPrefix(#"{"a":"quote \" backslash \\ newline \n tab \t nul \u0000 bell \u0007 最佳 😀"#))
        let parsed = try JSONSerialization.jsonObject(with: Data(value.text.utf8)) as? [String: Any]
        #expect(parsed?["a"] as? String == text)
        #expect((parsed?["b"] as? [Any])?.count == 3)
    }
}

@Suite struct JSONWriterTests {
    /// The direct writer gives the text the `JSONValue` tree gives, for findings with and
    /// without optional members and with text that needs escaping.
    @Test func directWriterMatchesTheValueTree() {
        let text = "Quote \" backslash \\ tab\t 最佳 line\nend"
        let span = TextSpan(utf8Range: 0..<5, in: text)
        let findings = [
            Finding(rule: "r/1", category: .privacy, severity: .block, market: "US", field: FieldPath(.bullets, index: 2), span: span,
                    message: "m \"x\"", citation: Citation(law: "l", article: "a", url: "https://e.x/\u{1}"), fix: "f",
                    fingerprint: "0123456789abcdef", explanation: "e"),
            Finding(rule: "r/2", category: .trademark, severity: .warn, market: "US", field: .listing,
                    span: TextSpan(utf8Range: 0..<0, in: ""), message: "m", citation: Citation(law: "l"), fix: nil,
                    fingerprint: "fedcba9876543210", explanation: "e"),
        ]
        for result in [ListingResult(listing: "id \"1\"", market: "US", decision: .block, findings: findings),
                       ListingResult(listing: "2", market: "CN", decision: .pass, findings: [])] {
            #expect(JSONReport.render(result) == JSONReport.result(result).text)
        }
    }
}

/// The HTML report escapes everything that comes from listings and packs.
@Suite struct HTMLReportTests {
    @Test func escapesSellerTextAndDrawsTheCharts() {
        let listing = Listing(id: "x<1>", market: "US", locale: "en-US\" onload=\"x", title: "<script>alert('x')</script> & \"more\"",
                              bullets: ["<u>bullet</u>"], description: "first <p>\n\nsecond <iframe>", attributes: ["price": "$1 <b>"])
        let finding = Finding(rule: "r/<rule>", category: .privacy, severity: .block, market: "US", field: FieldPath(.title),
                              span: TextSpan(utf8Range: 0..<0, in: ""), message: "found <img src=x onerror=alert(1)>",
                              citation: Citation(law: "l"), fix: nil, fingerprint: "f", explanation: "")
        let run = CheckRun(tool: CheckRun.Tool(version: "0", icu: "72.1", cldr: "42.0", packs: []),
                           results: [ListingResult(listing: "x<1>", market: "US", decision: .block, findings: [finding])], errors: ["note <i>"])
        let html = HTMLReport.render(run, listings: [listing], heading: "Report <1>")
        #expect(!html.contains("<script>") && !html.contains("<img") && !html.contains("<b>") && !html.contains("<i>"))
        #expect(!html.contains("<u>") && !html.contains("<iframe") && !html.contains("onload"))
        #expect(html.contains("<p>first &lt;p&gt;</p><p>second &lt;iframe&gt;</p>") && html.contains("<li>&lt;u&gt;bullet&lt;/u&gt;</li>"))
        let arabic = HTMLReport.render(run, listings: [Listing(id: "x<1>", market: "US", locale: "ar-SA", title: "t")], heading: "h")
        #expect(arabic.contains("<td lang=\"ar-SA\" dir=\"auto\">t</td>"))
        #expect(html.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;more&quot;"))
        #expect(html.contains("<svg") && html.contains("US: 1 block") && html.contains("r/&lt;rule&gt;: 1"))
        #expect(HTMLReport.escape("a<b>&\"'\u{1}") == "a&lt;b&gt;&amp;&quot;&apos;\u{FFFD}")
    }
}
