import ComplianceCore
import Foundation
import Testing
@testable import Formats

/// The direct JSONL reader gives what the Foundation path gives, or steps aside.
@Suite struct ListingJSONFastPathTests {
    static func fast(_ line: String) -> Listing? {
        Array(line.utf8).withUnsafeBytes { ListingJSONFastPath.listing($0, fallbackID: "line-7") }
    }

    static func foundation(_ line: String) throws -> Listing {
        try ListingReader.listing(try JSONSerialization.jsonObject(with: Data(line.utf8)), fallbackID: "line-7")
    }

    @Test(arguments: [
        #"{"id": "a1", "market": "DE", "title": "Schuhe", "description": "Leder"}"#,
        #"{"title": "no id"}"#,
        #"{"id": null, "title": "null id", "brand": null, "bullets": null, "attributes": null}"#,
        #"  {"description":"x","bullets":["one","two",""],"category":"toys/blocks"}  "#,
        #"{"id":"e","title":"esc \" \\ \/ \b \f \n \r \t \u00e9 \u4E2D \ud83d\ude00 end"}"#,
        #"{"id":"u","title":"déjà vu 最佳 🎉","search_terms":"a b"}"#,
        #"{"id":"at","title":"t","attributes":{"material":"cotton","small_parts":true,"eco":false,"colors":["red",true]}}"#,
        #"{"id":"ig","title":"t","lang":"de","violations":[{"rule":"x","n":-1.5e3},0,null,[],{}],"score":12}"#,
        #"{"id":"nul","title":"a\u0000b"}"#,
        #"{}"# + "\n",
    ])
    func agreesWithFoundation(line: String) throws {
        guard let fast = Self.fast(line) else {
            // Only the last sample (no title or description) steps aside, for Foundation's error.
            #expect(throws: (any Error).self) { try Self.foundation(line) }
            return
        }
        #expect(fast == (try Self.foundation(line)))
    }

    @Test(arguments: [
        #"{"id": 12, "title": "a number id is Foundation's to format"}"#,
        #"{"id": "d", "title": "a", "title": "repeated key"}"#,
        #"{"id": "n", "title": "t", "attributes": {"size": 3}}"#,
        #"{"id": "o", "title": "t", "attributes": {"dims": {"w": "1"}}}"#,
        #"{"id": "b", "title": 5}"#,
        #"{"id": "l", "title": "t", "bullets": ["a", 1]}"#,
        #"{"id": "s", "title": "lone \ud800 surrogate"}"#,
        "{\"id\": \"c\", \"title\": \"raw\ttab\"}",
        #"{"id": "x", "title": "t"} trailing"#,
        #"{"id": "x", "title": "t",}"#,
        #"["not", "an object"]"#,
        #"{"id": "x", "title": "t", "n": 01}"#,
        #"{"id": "x", "title": "unterminated}"#,
    ])
    func stepsAsideForFoundation(line: String) {
        #expect(Self.fast(line) == nil)
    }

    @Test func invalidUTF8StepsAside() {
        let bytes: [UInt8] = Array(#"{"title": ""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        #expect(bytes.withUnsafeBytes { ListingJSONFastPath.listing($0, fallbackID: "x") } == nil)
    }

    @Test func deepNestingStepsAside() {
        let line = #"{"title": "t", "x": "# + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "}"
        #expect(Self.fast(line) == nil)
    }
}
