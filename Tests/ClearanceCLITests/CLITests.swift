import Foundation
import Testing

@Suite struct CLITests {
    @Test func versionNamesICU72AndCLDR42() throws {
        let result = try CLIRunner.run(["version", "--json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((json["icu"] as? String)?.hasPrefix("72.") == true)
        #expect((json["cldr"] as? String)?.hasPrefix("42") == true)
        #expect((json["tool"] as? [String: Any])?["name"] as? String == "clearance")
    }

    @Test func inspectReportsMatchesOnTheOriginalText() throws {
        let result = try CLIRunner.run(["inspect", "Ｎ.і.к.е 最 好", "--find", "nike", "--find", "最好", "--json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let matches = try #require(json["matches"] as? [[String: Any]])
        let originals = matches.compactMap { ($0["original"] as? [String: Any])?["text"] as? String }
        #expect(originals == ["Ｎ.і.к.е", "最 好"])
        let ranges = matches.compactMap { ($0["original"] as? [String: Any])?["scalarRange"] as? [Int] }
        #expect(ranges == [[0, 7], [8, 11]])
        let views = try #require(json["views"] as? [[String: Any]])
        #expect(views.last?["text"] as? String == "nike 最好")
    }

    @Test func inspectTextOutputShowsTheFoldedTokens() throws {
        let result = try CLIRunner.run(["inspect", "Ｎ.і.к.е 最 好"])
        #expect(result.status == 0)
        #expect(result.stdout.contains(#""nike" <- "Ｎ.і.к.е"  scalars 0..<7, utf8 0..<12"#))
        #expect(result.stdout.contains(#""最好" <- "最 好"  scalars 8..<11, utf8 13..<20"#))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when NO_COLOR is set")
    }

    @Test func inspectReadsStandardInput() throws {
        let result = try CLIRunner.run(["inspect", "-", "--json"], stdin: Data("a\u{200B}b".utf8))
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((json["hidden"] as? [[String: Any]])?.first?["name"] as? String == "ZERO WIDTH SPACE")
    }

    @Test func invalidUTF8IsAnInputErrorNamingFileAndPosition() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("listing.txt")
        try Data([0x6F, 0x6B, 0x0A, 0x61, 0xC3, 0x28]).write(to: file)
        let result = try CLIRunner.run(["inspect", "--file", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(file.path): invalid UTF-8 at byte 4 (line 2, column 2)"))
        #expect(result.stdout.isEmpty)
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLIRunner.run(["inspect"]).status == 2)
        #expect(try CLIRunner.run(["inspect", "x", "--file", "y"]).status == 2)
        #expect(try CLIRunner.run(["no-such-command"]).status == 2)
        #expect(try CLIRunner.run(["inspect", "--file", "/nonexistent/file"]).stderr.contains("/nonexistent/file: cannot read the file"))
        #expect(try CLIRunner.run(["--help"]).status == 0)
    }

    @Test func benchRunsOnASmallCorpus() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let lines = (0..<50).map { "Ｎ.і.к.е shoes \($0) ‖ 最 好的产品 n1k3 สวัสดี" }
        try Data(lines.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("listings.txt"))
        let result = try CLIRunner.run(["bench", "--corpus", folder.path, "--rounds", "1", "--json",
                                        "--only", "c-icu-nfkc-cf", "--only", "view-folded"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["listings"] as? Int == 50)
        let names = (json["results"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(names == ["c-icu-nfkc-cf", "view-folded"])
        #expect(try CLIRunner.run(["bench", "--corpus", folder.path, "--only", "nope"]).status == 2)
        #expect(try CLIRunner.run(["bench", "--corpus", folder.appendingPathComponent("missing").path]).status == 2)
    }
}

@Suite struct CheckCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func check(_ arguments: [String], stdin: Data? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(["check", "--rules", Self.root.appendingPathComponent("rules").path,
                           "--markets", Self.root.appendingPathComponent("locales/markets").path, "--date", "2026-11-30"] + arguments,
                          stdin: stdin)
    }

    @Test func marketsListsCurrencyUnitsAndLimits() throws {
        let result = try CLIRunner.run(["markets", "--json", "--rules", Self.root.appendingPathComponent("rules").path,
                                        "--markets", Self.root.appendingPathComponent("locales/markets").path, "--marketplace", "amazon"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["icu"] as? String == "72.1")
        let markets = try #require(json["markets"] as? [[String: Any]])
        #expect(markets.count >= 26)
        let japan = try #require(markets.first { $0["id"] as? String == "JP" })
        #expect(japan["sample_price"] as? String == "￥1,234", "no decimals for yen, as ICU rounds them")
        let limits = try #require(japan["limits"] as? [[String: Any]])
        #expect(limits.contains { $0["field"] as? String == "title" && $0["max"] as? Int == 200 && $0["unit"] as? String == "graphemes" })
        let germany = try #require(markets.first { $0["id"] as? String == "DE" })
        #expect(germany["sample_price"] as? String == "1.234,50\u{A0}€" && germany["unit_system"] as? String == "metric")
        #expect(germany["size_system"] as? String == "EU" && japan["size_system"] as? String == "JP")
        let us = try #require(markets.first { $0["id"] as? String == "US" })
        #expect(us["sample_measures"] as? [String] == ["11.8 in (30 cm)", "12.3 oz (350 g)", "25.4 fl oz (750 mL)"])
        #expect((germany["packs"] as? [String])?.contains("eu-green-claims") == true)
        let text = try CLIRunner.run(["markets", "--rules", Self.root.appendingPathComponent("rules").path,
                                      "--markets", Self.root.appendingPathComponent("locales/markets").path])
        #expect(text.stdout.contains("CH  Switzerland") && text.stdout.contains("currency: CHF"))
        // A price converted with a rates file, rounded to each currency's digits and formatted by ICU.
        let converted = try CLIRunner.run(["markets", "--json", "--price", "19.99 EUR", "--rates", Self.root.appendingPathComponent("examples/rates.json").path,
                                           "--rules", Self.root.appendingPathComponent("rules").path,
                                           "--markets", Self.root.appendingPathComponent("locales/markets").path])
        let prices = try #require(try JSONSerialization.jsonObject(with: Data(converted.stdout.utf8)) as? [String: Any])
        let byID = Dictionary(uniqueKeysWithValues: try #require(prices["markets"] as? [[String: Any]]).map { ($0["id"] as? String ?? "", $0["price"] as? String) })
        #expect(byID["JP"] == "￥3,226" && byID["DE"] == "19,99\u{A0}€" && byID["US"] == "$20.99" && byID["KR"] == "₩30,385")
        #expect((prices["converted"] as? String)?.contains("rates of 2026-11-30") == true)
        let bad = try CLIRunner.run(["markets", "--price", "19,99 EUR", "--rates", Self.root.appendingPathComponent("examples/rates.json").path,
                                     "--rules", Self.root.appendingPathComponent("rules").path,
                                     "--markets", Self.root.appendingPathComponent("locales/markets").path])
        #expect(bad.status == 2 && bad.stderr.contains("--price must be an amount"))
    }

    /// `clearance localize` of the example catalog for US, DE and JP (or `markets`), written to `out`.
    func localizeCatalog(into out: URL, markets: String = "US,DE,JP") throws -> CLIRunner.Result {
        try CLIRunner.run(["localize", Self.root.appendingPathComponent("examples/products.jsonl").path, "--markets", markets,
                           "--rates", Self.root.appendingPathComponent("examples/rates.json").path,
                           "--locales", Self.root.appendingPathComponent("locales").path,
                           "--rules", Self.root.appendingPathComponent("rules").path,
                           "--market-definitions", Self.root.appendingPathComponent("locales/markets").path,
                           "--date", "2026-11-30", "--out", out.path])
    }

    @Test func localizeMakesCheckedListingsForEachMarket() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("localize-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try localizeCatalog(into: out)
        #expect(result.status == 1, "blocked listings make exit code 1, as for check: \(result.stderr)")
        #expect(result.stdout.contains("PASS TS-001-DE  Acme T-Shirt, Baumwolle, Schwarz, Regular Fit, Größe M, 2er-Pack  19,99\u{A0}€"))
        #expect(result.stdout.contains("PASS TS-001-JP  Acme Tシャツ 綿 ブラック レギュラーフィット Mサイズ 2点セット  ￥3,226"))
        #expect(result.stdout.contains("BLOCK BB-003-US") && result.stdout.contains("us/cpsc/choking-hazard-small-parts"), "a toy without its warning")
        #expect(result.stdout.contains("BLOCK VD-004-US") && result.stdout.contains("PASS VD-004-DE"), "the cure claim is only in the English text")
        #expect(result.stdout.contains("REVIEW WB-002-DE") && result.stdout.contains("No de translation for color 'teal'"))
        let listings = try String(contentsOf: out.appendingPathComponent("listings.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(listings.count == 63, "21 products, 3 markets")
        // The listings written are checkable as they are.
        let check = try CLIRunner.run(["check", out.appendingPathComponent("listings.jsonl").path, "--format", "json", "--date", "2026-11-30",
                                       "--rules", Self.root.appendingPathComponent("rules").path,
                                       "--markets", Self.root.appendingPathComponent("locales/markets").path])
        #expect(check.status == 1 && check.stdout.contains("\"block\":6"), "\(check.stdout.suffix(300))")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("report.json"))) as? [String: Any])
        #expect((report["results"] as? [Any])?.count == 63)
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<svg") && html.contains("US: 3 block") && html.contains("Acme T-Shirt, Baumwolle, Schwarz"))
    }

    @Test func localizeFormatsFailOnAndBrokenProducts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("localize-in-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let products = folder.appendingPathComponent("p.jsonl")
        try """
        {"sku": "OK-1", "brand": "Acme", "category": "home/drinkware", "type": "water bottle", "attributes": {"color": "teal"}}
        {"sku": "BAD-2", "category": "home", "count": 0}
        """.write(to: products, atomically: true, encoding: .utf8)
        func localize(_ extra: [String]) throws -> CLIRunner.Result {
            try CLIRunner.run(["localize", products.path, "--markets", "DE", "--locales", Self.root.appendingPathComponent("locales").path,
                               "--rules", Self.root.appendingPathComponent("rules").path,
                               "--market-definitions", Self.root.appendingPathComponent("locales/markets").path, "--date", "2026-11-30"] + extra)
        }
        // The broken product is reported with its line, the other is still made: exit code 2.
        let summary = try localize([])
        #expect(summary.status == 2 && summary.stderr.contains("p.jsonl:2: product 'BAD-2'") && summary.stdout.contains("REVIEW OK-1-DE"))
        let junit = try localize(["--format", "junit", "--fail-on", "warn"])
        #expect(junit.stdout.hasPrefix("<?xml") && junit.stdout.contains("localization/missing-translation"), "\(junit.stdout.prefix(200))")
        let good = folder.appendingPathComponent("good.jsonl")
        try String(try String(contentsOf: products, encoding: .utf8).split(separator: "\n")[0]).write(to: good, atomically: true, encoding: .utf8)
        let base = ["localize", good.path, "--markets", "DE", "--locales", Self.root.appendingPathComponent("locales").path,
                    "--rules", Self.root.appendingPathComponent("rules").path,
                    "--market-definitions", Self.root.appendingPathComponent("locales/markets").path, "--date", "2026-11-30"]
        #expect(try CLIRunner.run(base).status == 0, "a warning does not reach the default --fail-on block")
        #expect(try CLIRunner.run(base + ["--fail-on", "warn"]).status == 1)
        let sarif = try CLIRunner.run(base + ["--format", "sarif"])
        #expect(sarif.status == 0 && sarif.stdout.contains("\"version\":\"2.1.0\""))
        #expect(try CLIRunner.run(base + ["--format", "xml"]).status != 0)
    }

    @Test func demoWritesTheReportAndSucceeds() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let demo = try CLIRunner.run(["demo", "--out", out.path, "--date", "2026-11-30"], directory: Self.root)
        #expect(demo.status == 0, "blocked listings are what the demo shows: \(demo.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<svg") && html.contains("SA:"))
    }

    /// The example catalog in every market against `Tests/Golden/localize/<MARKET>.tsv`: titles,
    /// prices, quantities, descriptions, bullets, decisions and the rules behind them. The files
    /// were reviewed by hand. When a change alters them, the test writes what it now makes to
    /// `.build/golden-now/`: review the difference (`diff -r Tests/Golden/localize .build/golden-now`)
    /// before copying a file over.
    @Test func localizedCatalogMatchesTheReviewedGolden() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try localizeCatalog(into: out, markets: "all")
        #expect(result.status == 1, "blocked listings: exit code 1")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("report.json"))) as? [String: Any])
        var results: [String: [String: Any]] = [:]
        for item in try #require(report["results"] as? [[String: Any]]) {
            results["\(item["id"] ?? "")|\(item["market"] ?? "")"] = item
        }
        let header = "# id\tdecision\ttitle\tprice\tquantities\tdescription\tbullets\trules (warn and block)"
        var rows: [String: [String]] = [:]
        func cell(_ text: String) -> String { text.isEmpty ? "-" : text.replacingOccurrences(of: "\n", with: "⏎").replacingOccurrences(of: "\t", with: "⇥") }
        for line in try String(contentsOf: out.appendingPathComponent("listings.jsonl"), encoding: .utf8).split(separator: "\n") {
            let listing = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = listing["id"] as? String ?? "", market = listing["market"] as? String ?? ""
            let result = try #require(results["\(id)|\(market)"])
            let findings = result["findings"] as? [[String: Any]] ?? []
            let rules = Set(findings.filter { $0["severity"] as? String != "info" }.compactMap { $0["rule"] as? String }).sorted()
            let attributes = listing["attributes"] as? [String: String] ?? [:]
            let quantities = attributes.keys.filter { ["capacity", "weight", "length"].contains($0) }.sorted().map { "\($0)=\(attributes[$0]!)" }
            let bullets = listing["bullets"] as? [String] ?? []
            rows[market, default: [header]].append([
                id, result["decision"] as? String ?? "", cell(listing["title"] as? String ?? ""), cell(attributes["price"] ?? ""),
                cell(quantities.joined(separator: " | ")), cell(listing["description"] as? String ?? ""), cell(bullets.joined(separator: " | ")),
                cell(rules.joined(separator: ",")),
            ].joined(separator: "\t"))
        }
        #expect(rows.count == 26, "every market but TH, which has no listing language yet")
        let folder = Self.root.appendingPathComponent("Tests/Golden/localize")
        let now = Self.root.appendingPathComponent(".build/golden-now")
        for (market, lines) in rows.sorted(by: { $0.key < $1.key }) {
            let text = lines.joined(separator: "\n") + "\n"
            let reviewed = try? String(contentsOf: folder.appendingPathComponent("\(market).tsv"), encoding: .utf8)
            guard reviewed != text else { continue }
            try FileManager.default.createDirectory(at: now, withIntermediateDirectories: true)
            try text.write(to: now.appendingPathComponent("\(market).tsv"), atomically: true, encoding: .utf8)
            guard let reviewed else {
                Issue.record("no reviewed golden for \(market): review .build/golden-now/\(market).tsv")
                continue
            }
            let want = reviewed.split(separator: "\n", omittingEmptySubsequences: false)
            let got = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, (old, new)) in zip(want, got).enumerated() where old != new {
                Issue.record("golden \(market).tsv line \(index + 1) differs:\n  reviewed: \(old)\n  now:      \(new)")
            }
            if want.count != got.count { Issue.record("golden \(market).tsv: \(want.count) lines reviewed, \(got.count) now") }
        }
    }

    /// A size the tables cannot convert is a localization finding; a broken size table stops
    /// localize before anything is made, naming the file and line.
    @Test func sizesAreConvertedOrReportedAndTablesLoadWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("locales"), to: folder.appendingPathComponent("locales"))
        let products = folder.appendingPathComponent("products.jsonl")
        try Data(#"{"sku": "SN-1", "brand": "Stride", "category": "footwear/sneakers", "type": "sneakers", "attributes": {"size": {"system": "EU", "value": "41"}}}"#.utf8)
            .write(to: products)
        func localize() throws -> CLIRunner.Result {
            try CLIRunner.run(["localize", products.path, "--markets", "US", "--json", "--locales", folder.appendingPathComponent("locales").path,
                               "--rules", Self.root.appendingPathComponent("rules").path,
                               "--market-definitions", Self.root.appendingPathComponent("locales/markets").path, "--date", "2026-11-30"])
        }
        let made = try localize()
        #expect(made.status == 0 && made.stdout.contains("localization/size-not-converted"), "\(made.stdout)\(made.stderr)")
        #expect(made.stdout.contains("EU 41 has no row in the footwear-men table (US listings use US sizes)"))
        let summary = try CLIRunner.run(["localize", products.path, "--markets", "US", "--locales", folder.appendingPathComponent("locales").path,
                                         "--rules", Self.root.appendingPathComponent("rules").path,
                                         "--market-definitions", Self.root.appendingPathComponent("locales/markets").path, "--date", "2026-11-30"])
        #expect(summary.stdout.hasPrefix("REVIEW SN-1-US  Stride Sneakers\n"), "the size is left out, never written as EU 41: \(summary.stdout)")
        let table = folder.appendingPathComponent("locales/sizes/footwear-kids.yaml")
        let text = try String(contentsOf: table, encoding: .utf8)
        try Data(text.replacingOccurrences(of: #"JP: "8.5""#, with: #"JP: "8,5""#).utf8).write(to: table)
        let broken = try localize()
        #expect(broken.status == 2 && broken.stderr.contains("nothing was made") && broken.stderr.contains("footwear-kids.yaml:"), "\(broken.stderr)")
        #expect(broken.stderr.contains("the JP size '8,5' must be a length in cm"))
    }

    @Test func messagesInTheMarketsLanguage() throws {
        let listing = Data(#"{"id": "m", "market": "CN", "title": "全网最低价 茶叶"}"#.utf8)
        let chinese = try check(["--format", "json", "--messages", "market"], stdin: listing)
        #expect(chinese.stdout.contains("“全网最低价”属于变相绝对化用语"), "\(chinese.stdout)")
        let english = try check(["--format", "json"], stdin: listing)
        #expect(english.stdout.contains("reads as an absolute claim"))
        let bad = try check(["--messages", "klingon!"], stdin: listing)
        #expect(bad.status == 2 && bad.stderr.contains("--messages 'klingon!'"))
    }

    @Test func jsonReportHasTheDesignShape() throws {
        let result = try check([Self.root.appendingPathComponent("examples/listings.jsonl").path, "--format", "json"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let tool = try #require(json["tool"] as? [String: Any])
        #expect(tool["icu"] as? String == "72.1")
        #expect((tool["rules"] as? String)?.contains("cn-advertising-law@") == true)
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary == ["listings": 7, "pass": 1, "review": 2, "block": 4], "the Nike mark blocks shoe-004")
        let results = try #require(json["results"] as? [[String: Any]])
        let cream = try #require(results.first { $0["id"] as? String == "cream-002" })
        #expect(cream["decision"] as? String == "block")
        let findings = try #require(cream["findings"] as? [[String: Any]])
        let email = try #require(findings.first { $0["rule"] as? String == "privacy/email-address" })
        #expect(email["field"] as? String == "description")
        #expect(email["match"] as? String == "shop@example.com")
        #expect(email["start"] as? Int == 17 && email["end"] as? Int == 33)
        #expect(email["utf8_start"] as? Int == 17 && email["utf8_end"] as? Int == 33)
        #expect(email["category"] as? String == "privacy")
        #expect((email["fingerprint"] as? String)?.count == 16)
        let shoe = try #require(results.first { $0["id"] as? String == "shoe-004" })
        let mark = try #require((shoe["findings"] as? [[String: Any]])?.first)
        #expect(mark["match"] as? String == "Ｎ.і.к.е")
        #expect(mark["start"] as? Int == 19 && mark["utf8_start"] as? Int == 19 && mark["utf8_end"] as? Int == 31)
        // A missing disclosure is about the listing; a claim the data contradicts is on its span.
        let blocks = try #require(results.first { $0["id"] as? String == "blocks-006" })
        let blockFindings = try #require(blocks["findings"] as? [[String: Any]])
        #expect(blockFindings.compactMap { $0["rule"] as? String } == ["us/ftc/made-in-usa-origin", "us/cpsc/choking-hazard-small-parts"])
        #expect(blockFindings[0]["field"] as? String == "bullets[1]" && blockFindings[0]["match"] as? String == "Made in USA")
        #expect(blockFindings[1]["field"] as? String == "listing" && blockFindings[1]["match"] as? String == "")
        let mug = try #require(results.first { $0["id"] as? String == "mug-007" })
        let mugFindings = (mug["findings"] as? [[String: Any]])?.filter { $0["severity"] as? String != "info" }
        #expect(mugFindings?.compactMap { $0["field"] as? String } == ["title"], "the French HTML description passes")
    }

    @Test func exitCodesFollowFailOn() throws {
        let clean = #"{"id": "a", "market": "GB", "title": "Desk lamp"}"#
        #expect(try check([], stdin: Data(clean.utf8)).status == 0)
        let review = #"{"id": "b", "market": "US", "title": "Replica of a Roman coin, bronze"}"#
        #expect(try check([], stdin: Data(review.utf8)).status == 0, "warn does not reach the default --fail-on block")
        #expect(try check(["--fail-on", "warn"], stdin: Data(review.utf8)).status == 1)
        #expect(try check(["--market", "XX"], stdin: Data(clean.utf8)).status == 2)
        #expect(try CLIRunner.run(["check", "--rules", "/nonexistent"], stdin: Data(clean.utf8)).status == 2)
    }

    @Test func aMalformedListingIsReportedAndTheOthersAreChecked() throws {
        let lines = [
            #"{"id": "ok-1", "market": "US", "title": "FDA approved cream"}"#,
            #"{"id": "bad", "market": "US", "title": "#,
            #"{"id": "ok-2", "market": "CN", "title": "最佳选择"}"#,
        ].joined(separator: "\n")
        let result = try check(["--format", "json"], stdin: Data(lines.utf8))
        #expect(result.status == 2)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((json["results"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["ok-1", "ok-2"])
        let errors = try #require(json["errors"] as? [String])
        #expect(errors.count == 1 && errors[0].hasPrefix("standard input:2: not valid JSON"))
    }

    @Test func checksACSVFileAndAMerchantFeed() throws {
        let csv = try check([Self.root.appendingPathComponent("examples/feeds/listings.csv").path, "--format", "json"])
        #expect(csv.status == 1, "an FDA approval claim and 最佳 block")
        #expect(csv.stderr.contains("ignoring unknown CSV columns: price"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(csv.stdout.utf8)) as? [String: Any])
        #expect(json["summary"] as? [String: Int] == ["listings": 3, "pass": 1, "review": 0, "block": 2])
        #expect((json["errors"] as? [String])?.isEmpty == true)
        let results = try #require(json["results"] as? [[String: Any]])
        let serum = try #require(results.first { $0["id"] as? String == "serum-101" })
        let fda = try #require((serum["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == "us/fda/approval-claim" })
        #expect(fda["field"] as? String == "description" && fda["match"] as? String == "FDA approved")
        let mug = try #require(results.first { $0["id"] as? String == "mug-102" })
        #expect((mug["findings"] as? [[String: Any]])?.contains { $0["match"] as? String == "最佳" } == true)

        let feed = try check([Self.root.appendingPathComponent("examples/feeds/merchant-feed.xml").path, "--market", "US", "--format", "json"])
        #expect(feed.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(feed.stdout.utf8)) as? [String: Any])
        #expect(report["summary"] as? [String: Int] == ["listings": 2, "pass": 1, "review": 0, "block": 1])
        let gel = try #require((report["results"] as? [[String: Any]])?.first { $0["id"] as? String == "gel-201" })
        #expect(gel["decision"] as? String == "block" && gel["market"] as? String == "US")

        let noMarket = try check([Self.root.appendingPathComponent("examples/feeds/merchant-feed.xml").path, "--format", "json"])
        #expect(noMarket.status == 2, "a feed's shipping country is not taken as the market")
    }

    @Test func inputFormatCanBeForcedAndStandardInputIsDetected() throws {
        let csv = "id;market;title\nx-1;US;FDA approved balm\n"
        let detected = try check(["--format", "json"], stdin: Data(csv.utf8))
        #expect(detected.status == 1)
        #expect(detected.stdout.contains(#""id":"x-1""#))
        let asText = try check(["--format", "json", "--input-format", "text", "--market", "US"], stdin: Data(csv.utf8))
        #expect(asText.status == 1)
        #expect(asText.stdout.contains(#""id":"stdin""#))
        let malformed = try check(["--format", "json", "--market", "US", "--input-format", "xml"], stdin: Data("<rss><channel>\n<item></rss>".utf8))
        #expect(malformed.status == 2)
        let errors = try #require((try JSONSerialization.jsonObject(with: Data(malformed.stdout.utf8)) as? [String: Any])?["errors"] as? [String])
        #expect(errors.count == 1 && errors[0].hasPrefix("standard input:2:"))
        #expect(try check(["--input-format", "yaml"], stdin: Data()).status == 2)
    }

    @Test func aBrokenPackStopsEverything() throws {
        let folder = try CLIRunner.temporaryDirectory()
        try Data("version: 1\npack: {id: x, name: x, version: '1'}\nrules:\n  - id: r\n    colour: red\n".utf8)
            .write(to: folder.appendingPathComponent("broken.yaml"))
        let result = try CLIRunner.run(["check", "--rules", folder.path, "--markets", Self.root.appendingPathComponent("locales/markets").path],
                                       stdin: Data(#"{"market": "US", "title": "x"}"#.utf8))
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken.yaml:5:5: a rule: unknown key 'colour'"))
        #expect(result.stdout.isEmpty)
    }

    @Test func aCatastrophicRegexIsStoppedAndReported() throws {
        let folder = try CLIRunner.temporaryDirectory()
        try Data("""
        version: 1
        pack: {id: evil, name: evil, version: '1'}
        rules:
          - id: evil/backtrack
            category: quality
            severity: warn
            check: {kind: pattern, regex: '(a+)+$', time_limit: 5}
            message: m
            citation: {law: l}
            examples: {match: ['⟦aaa⟧']}

        """.utf8).write(to: folder.appendingPathComponent("evil.yaml"))
        let lines = #"{"id": "ok", "market": "US", "title": "fine"}"# + "\n"
            + #"{"id": "slow", "market": "US", "title": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"}"#
        let result = try CLIRunner.run(["check", "--rules", folder.path, "--markets", Self.root.appendingPathComponent("locales/markets").path,
                                        "--format", "json"], stdin: Data(lines.utf8))
        #expect(result.status == 2)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((json["results"] as? [[String: Any]])?.count == 1)
        let errors = try #require(json["errors"] as? [String])
        #expect(errors == [#"listing 'slow': rule evil/backtrack on title: regular expression "(a+)+$" ran over its time limit (5) and was stopped"#])
    }

    @Test func rulesTestPassesOnTheShippedPacks() throws {
        let result = try CLIRunner.run(["rules", "test", "--rules", Self.root.appendingPathComponent("rules").path,
                                        "--markets", Self.root.appendingPathComponent("locales/markets").path])
        #expect(result.status == 0)
        #expect(result.stdout.contains(" passed, 0 failed"))
    }

    /// docs/rules is generated from rules/: a change to a pack without `clearance rules docs` fails here.
    @Test func checkedInRulePagesAreUpToDate() throws {
        let result = try CLIRunner.run(["rules", "docs", "--check", "--out", Self.root.appendingPathComponent("docs/rules").path,
                                        "--rules", Self.root.appendingPathComponent("rules").path,
                                        "--markets", Self.root.appendingPathComponent("locales/markets").path])
        #expect(result.status == 0, "\(result.stdout)")
        // And a stale page is noticed.
        let folder = try CLIRunner.temporaryDirectory()
        let options = ["--rules", Self.root.appendingPathComponent("rules").path, "--markets", Self.root.appendingPathComponent("locales/markets").path]
        #expect(try CLIRunner.run(["rules", "docs", "--out", folder.path] + options).status == 0)
        try Data("edited by hand\n".utf8).write(to: folder.appendingPathComponent("coverage.md"))
        let stale = try CLIRunner.run(["rules", "docs", "--check", "--out", folder.path] + options)
        #expect(stale.status == 1)
        #expect(stale.stdout.contains("coverage.md"))
    }

    @Test func rulesQualityCountsPerTopic() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let set = folder.appendingPathComponent("set.jsonl")
        try Data("""
        {"id":"a","market":"US","locale":"en-US","title":"FDA approved cream","expect":["regulatory"],"note":"fda"}
        {"id":"b","market":"US","locale":"en-US","title":"Desk lamp","expect":[],"note":"clean"}
        {"id":"c","market":"US","locale":"en-US","title":"Nike shoes","expect":[],"note":"mark not labelled"}
        {"id":"d","market":"CN","locale":"zh-CN","title":"最近上新","expect":["regulatory"],"note":"wrong label"}

        """.utf8).write(to: set)
        let options = ["--rules", Self.root.appendingPathComponent("rules").path, "--markets", Self.root.appendingPathComponent("locales/markets").path,
                       "--date", "2026-11-30"]
        let result = try CLIRunner.run(["rules", "quality", "--set", set.path, "--markdown", folder.appendingPathComponent("q.md").path] + options)
        #expect(result.status == 0)
        #expect(result.stdout.contains("| regulatory | 2 | 1 | 0 | 1 | 1.000 | 0.500 |"))
        #expect(result.stdout.contains("| trademark | 0 | 0 | 1 | 0 | 0.000 | – |"))
        #expect(result.stdout.contains("- missed: d (line 4): wrong label"))
        #expect(try String(contentsOf: folder.appendingPathComponent("q.md"), encoding: .utf8) == result.stdout)
        try Data(#"{"id":"x","market":"US","title":"t","expect":["legal"]}"#.utf8).write(to: set)
        let bad = try CLIRunner.run(["rules", "quality", "--set", set.path] + options)
        #expect(bad.status == 2 && bad.stderr.contains("set.jsonl:1: unknown topic 'legal'"))
    }

    /// The shipped packs on the labelled set: a change that loses precision or recall fails here.
    @Test func shippedPacksKeepTheirQualityOnTheLabelledSet() throws {
        let result = try CLIRunner.run(["rules", "quality", "--set", Self.root.appendingPathComponent("Tests/Quality/labelled.jsonl").path,
                                        "--rules", Self.root.appendingPathComponent("rules").path,
                                        "--markets", Self.root.appendingPathComponent("locales/markets").path, "--date", "2026-11-30"])
        #expect(result.status == 0)
        let floors: [String: (precision: Double, recall: Double)] = [
            "privacy": (0.95, 0.95), "trademark": (0.95, 0.95), "counterfeit": (0.95, 0.90), "regulatory": (0.95, 0.88),
        ]
        for (topic, floor) in floors {
            let row = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("| \(topic) |") }, "no row for \(topic)")
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let precision = try #require(Double(cells[cells.count - 2])), recall = try #require(Double(cells[cells.count - 1]))
            #expect(precision >= floor.precision, "\(topic) precision \(precision)")
            #expect(recall >= floor.recall, "\(topic) recall \(recall)")
        }
    }

    @Test func rulesShowDescribesARuleOrAPack() throws {
        let options = ["--rules", Self.root.appendingPathComponent("rules").path, "--markets", Self.root.appendingPathComponent("locales/markets").path]
        let rule = try CLIRunner.run(["rules", "show", "eu/ucpd/generic-environmental-claim"] + options)
        #expect(rule.status == 0)
        #expect(rule.stdout.contains("in force: from 2026-09-27"))
        #expect(rule.stdout.contains("applies: jurisdiction EU"))
        #expect(rule.stdout.contains("must not match:"))
        let pack = try CLIRunner.run(["rules", "show", "us-ftc-made-in-usa"] + options)
        #expect(pack.stdout.hasPrefix("pack us-ftc-made-in-usa "))
        #expect(pack.stdout.contains("consistency: terms Made in USA"))
        let missing = try CLIRunner.run(["rules", "show", "made-in"] + options)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("did you mean us/ftc/made-in-usa-origin?"))
    }

    @Test func reportsToFilesAndBaselines() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let sample = Self.root.appendingPathComponent("examples/listings.jsonl").path
        let baseline = folder.appendingPathComponent("baseline.json").path
        let first = try check([sample, "--format", "csv", "--report", "sarif:\(folder.path)/out.sarif",
                               "--report", "junit:\(folder.path)/out.xml", "--write-baseline", baseline])
        #expect(first.status == 1)
        #expect(first.stdout.hasPrefix("listing,market,decision,rule,"))
        let sarif = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("out.sarif"))) as? [String: Any]
        #expect(sarif?["version"] as? String == "2.1.0")
        let junit = try String(contentsOf: folder.appendingPathComponent("out.xml"), encoding: .utf8)
        #expect(junit.contains("<testsuite name=\"CN\""))
        let second = try check([sample, "--format", "json", "--baseline", baseline])
        #expect(second.status == 0, "every finding is in the baseline")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
        #expect((json["summary"] as? [String: Int])?["pass"] == 7)
        #expect(try check([sample, "--report", "pdf:x.pdf"]).status == 2)
        // Rewriting a baseline through itself keeps what is still found, and drops what is gone.
        let again = folder.appendingPathComponent("again.json").path
        _ = try check([sample, "--format", "json", "--baseline", baseline, "--write-baseline", again])
        #expect(try Data(contentsOf: URL(fileURLWithPath: again)) == Data(contentsOf: URL(fileURLWithPath: baseline)))
        let fewer = folder.appendingPathComponent("fewer.json").path
        _ = try check(["--baseline", baseline, "--write-baseline", fewer], stdin: Data(#"{"id": "x", "market": "US", "title": "FDA approved"}"#.utf8))
        let kept = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: fewer))) as? [String: Any]
        #expect((kept?["fingerprints"] as? [String])?.count == 1)
    }

    @Test func marketplacePacksApplyWhenSelected() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let config = folder.appendingPathComponent("clearance.yml")
        try Data("""
        version: 1
        rules: \(Self.root.appendingPathComponent("rules").path)
        markets: \(Self.root.appendingPathComponent("locales/markets").path)
        marketplaces: [ebay]

        """.utf8).write(to: config)
        let listing = Data(#"{"id": "mat", "market": "US", "title": "Yoga mat FREE SHIPPING"}"#.utf8)
        // Not selected: the Amazon pack is not applied.
        let plain = try check(["--format", "json"], stdin: listing)
        #expect(plain.status == 0)
        #expect(!plain.stdout.contains("marketplace-amazon@"))
        let amazon = try check(["--marketplace", "amazon", "--format", "json"], stdin: listing)
        #expect(amazon.status == 1)
        #expect(amazon.stdout.contains("marketplace/amazon/title-promotional-phrase"))
        // The file selects eBay; the option wins over it.
        let fromFile = try CLIRunner.run(["check", "--config", config.path, "--format", "json"], stdin: listing)
        #expect(fromFile.stdout.contains("marketplace-ebay@") && !fromFile.stdout.contains("marketplace-amazon@"))
        let overridden = try CLIRunner.run(["check", "--config", config.path, "--marketplace", "amazon", "--format", "json"], stdin: listing)
        #expect(overridden.stdout.contains("marketplace-amazon@") && !overridden.stdout.contains("marketplace-ebay@"))
        // An unknown marketplace stops the run, naming the known ones.
        let unknown = try check(["--marketplace", "amazn"], stdin: listing)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--marketplace: unknown marketplace 'amazn' (known: amazon, ebay, mercadolibre)"))
        // rules list marks packs of marketplaces not selected; rules show says so.
        let list = try CLIRunner.run(["rules", "list", "--config", config.path])
        #expect(list.stdout.contains("marketplace-amazon 2026.11.0: ") && list.stdout.contains("[marketplace amazon, not selected]"))
        #expect(list.stdout.contains("[marketplace ebay]\n"))
        let show = try CLIRunner.run(["rules", "show", "marketplace/amazon/title-length", "--config", config.path])
        #expect(show.stdout.contains("marketplace: amazon (not selected"))
    }

    @Test func aConfigurationFileAdjustsTheRun() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let config = folder.appendingPathComponent("clearance.yml")
        try Data("""
        version: 1
        rules: \(Self.root.appendingPathComponent("rules").path)
        markets: \(Self.root.appendingPathComponent("locales/markets").path)
        disable: [us/fda/approval-claim]
        severity: {cn/advertising-law/absolute-terms-named: warn}
        authorized_brands: [Nike]
        fail_on: warn
        colour: red

        """.utf8).write(to: config)
        let listings = [
            #"{"id": "cream", "market": "US", "title": "FDA approved cream"}"#,
            #"{"id": "shoe", "market": "US", "title": "Nike running shoes"}"#,
            #"{"id": "cn", "market": "CN", "title": "最佳选择"}"#,
        ].joined(separator: "\n")
        let result = try CLIRunner.run(["check", "--config", config.path, "--format", "json", "--date", "2026-11-30"], stdin: Data(listings.utf8))
        #expect(result.stderr.contains("clearance.yml:8:1: unknown key 'colour' ignored"))
        #expect(result.status == 1, "fail_on: warn from the configuration")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let results = try #require(json["results"] as? [[String: Any]])
        #expect(results.map { $0["decision"] as? String } == ["pass", "pass", "review"])
        // Options win over the file.
        let strict = try CLIRunner.run(["check", "--config", config.path, "--fail-on", "block", "--date", "2026-11-30"], stdin: Data(listings.utf8))
        #expect(strict.status == 0)
        // A broken configuration stops everything, naming its place.
        try Data("version: 1\nfail_on: fatal\n".utf8).write(to: config)
        let broken = try CLIRunner.run(["check", "--config", config.path], stdin: Data(listings.utf8))
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("clearance.yml:2:10: fail_on 'fatal' is not one of: info, warn, block"))
        #expect(broken.stdout.isEmpty)
    }
}
