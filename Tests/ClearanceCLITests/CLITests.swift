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
