import SafeXML
import Testing

/// The UTF-8 byte range of the `occurrence`-th (0-based) `needle` in `haystack`.
private func utf8Range(of needle: String, in haystack: String, occurrence: Int = 0) -> Range<Int>? {
    let bytes = Array(haystack.utf8), pattern = Array(needle.utf8)
    guard !pattern.isEmpty, pattern.count <= bytes.count else { return nil }
    var seen = 0
    for start in 0...(bytes.count - pattern.count) where bytes[start..<(start + pattern.count)].elementsEqual(pattern) {
        if seen == occurrence { return start..<(start + pattern.count) }
        seen += 1
    }
    return nil
}

/// The source HTML behind the `occurrence`-th `needle` of the extracted text.
private func source(of needle: String, in html: String, _ result: HTMLText, occurrence: Int = 0) -> String? {
    guard let range = utf8Range(of: needle, in: result.text, occurrence: occurrence) else { return nil }
    let mapped = result.sourceRange(ofUTF8: range)
    return String(decoding: Array(html.utf8)[mapped], as: UTF8.self)
}

/// Extracts `html` and checks the map: one offset per byte plus the end, never decreasing,
/// inside the source; every character of the text is its own bytes in the source, a reference
/// starting with `&`, a CRLF for a line feed, or a separator (a zero-width line break or space).
private func extract(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> HTMLText {
    let result = try HTMLText.extract(html)
    let sourceBytes = Array(html.utf8), textBytes = Array(result.text.utf8)
    #expect(result.sourceOffsets.count == textBytes.count + 1, sourceLocation: sourceLocation)
    #expect(zip(result.sourceOffsets, result.sourceOffsets.dropFirst()).allSatisfy { $0 <= $1 },
            "offsets decrease", sourceLocation: sourceLocation)
    #expect(result.sourceOffsets.allSatisfy { $0 >= 0 && Int($0) <= sourceBytes.count }, sourceLocation: sourceLocation)
    var offset = 0
    for scalar in result.text.unicodeScalars {
        let length = String(scalar).utf8.count
        let range = offset..<(offset + length)
        let mapped = result.sourceRange(ofUTF8: range)
        let original = Array(sourceBytes[mapped]), expected = Array(textBytes[range])
        let literal = original == expected
        let reference = original.first == UInt8(ascii: "&") && original.count > 2
        let crlf = expected == [0x0A] && original == [0x0D, 0x0A]
        let separator = mapped.isEmpty && (scalar == "\n" || scalar == " ")
        #expect(literal || reference || crlf || separator,
                "\(scalar.escaped(asASCII: true)) at \(range) maps to \(String(decoding: original, as: UTF8.self).debugDescription)",
                sourceLocation: sourceLocation)
        offset += length
    }
    return result
}

@Suite struct HTMLTextTests {
    @Test func inlineTagsAreRemovedAndSpansPointIntoTheSource() throws {
        let html = "<p>Best <b>quality</b> &amp; price</p>"
        let result = try extract(html)
        #expect(result.text == "Best quality & price")
        #expect(source(of: "quality", in: html, result) == "quality")
        #expect(source(of: "Best", in: html, result) == "Best")
        #expect(source(of: "quality & price", in: html, result) == "quality</b> &amp; price")
        #expect(result.sourceRange(ofUTF8: 5..<12) == 11..<18)
        #expect(result.sourceRange(ofUTF8: 3..<3) == 6..<6)
        #expect(Int(result.sourceOffsets.last!) == 34)  // just past "price"
    }

    @Test func entitiesAreDecodedAndSpansCoverTheWholeReference() throws {
        let html = "<p>caf&eacute; caf&#233; caf&#xE9; caf&#XE9 a&nbsp;b &lt;tag&gt; &quot;x&quot; &#128077;</p>"
        let result = try extract(html)
        #expect(result.text == "café café café café a\u{A0}b <tag> \"x\" 👍")
        #expect(source(of: "é", in: html, result, occurrence: 0) == "&eacute;")
        #expect(source(of: "é", in: html, result, occurrence: 1) == "&#233;")
        #expect(source(of: "é", in: html, result, occurrence: 2) == "&#xE9;")
        #expect(source(of: "é", in: html, result, occurrence: 3) == "&#XE9")
        #expect(source(of: "café", in: html, result) == "caf&eacute;")
        #expect(source(of: "\u{A0}", in: html, result) == "&nbsp;")
        #expect(source(of: "<tag>", in: html, result) == "&lt;tag&gt;")
        #expect(source(of: "👍", in: html, result) == "&#128077;")
        // Half of a decoded character still maps to the whole reference.
        let e = try #require(utf8Range(of: "é", in: result.text))
        #expect(result.sourceRange(ofUTF8: e.lowerBound..<(e.lowerBound + 1)) == 6..<14)
        #expect(Int(result.sourceOffsets[e.upperBound - 1]) == 6)
    }

    @Test func ampersandsThatAreNotReferencesStayLiteral() throws {
        let html = "R&D, AT&T; &foo; &amp &ampx; a&&b"
        let result = try extract(html)
        #expect(result.text == html)
        #expect(source(of: "&foo;", in: html, result) == "&foo;")
        // Invalid numeric references are dropped, as libxml2 does.
        #expect(try extract("x&#0;y&#xD800;z").text == "xyz")
    }

    @Test func blockElementsSeparateWords() throws {
        #expect(try extract("<ul><li>a</li><li>b</li></ul>").text == "a\nb")
        #expect(try extract("<div>one</div><div>two</div>").text == "one\ntwo")
        #expect(try extract("<h1>Title</h1><p>Body</p>").text == "Title\nBody")
        #expect(try extract("<p>a</p>\n<p>b</p>").text == "a\nb")
        #expect(try extract("<b>a</b><i>b</i>").text == "ab")  // inline elements join, as on screen
        #expect(try extract("<b>a</b> <i>b</i>").text == "a b")
        let table = "<table><tr><td>Price</td><td>$5</td></tr><tr><td>Tax</td></tr></table>"
        #expect(try extract(table).text == "Price $5\nTax")
        // A separator maps (zero-width) to the tag that caused it.
        let html = "<p>end</p><p>start</p>"
        let result = try extract(html)
        #expect(result.sourceRange(ofUTF8: 3..<4) == 6..<6)
        #expect(source(of: "end\nstart", in: html, result) == "end</p><p>start")
    }

    @Test func lineBreaks() throws {
        let html = "<p>one<br>two<br/>three<BR >four</p><hr>five"
        let result = try extract(html)
        #expect(result.text == "one\ntwo\nthree\nfour\nfive")
        #expect(source(of: "three", in: html, result) == "three")
        #expect(source(of: "five", in: html, result) == "five")
    }

    @Test func scriptsStylesCommentsAndHeadAreDropped() throws {
        let html = """
        <html><head><title>Best price</title><style>p { color: red }</style></head><body>
        <script>var claim = "</p>best</p>"; if (a < b) {}</script>
        <!-- cheapest ever --><p>Best <!-- hidden -->quality</p>
        <template>template text</template><noscript>enable JS</noscript><STYLE>x{}</STYLE>tail
        </body></html>
        """
        let result = try extract(html)
        #expect(!result.text.contains("price"))
        #expect(!result.text.contains("claim"))
        #expect(!result.text.contains("cheapest"))
        #expect(!result.text.contains("hidden"))
        #expect(!result.text.contains("template"))
        #expect(!result.text.contains("color"))
        #expect(result.text.contains("Best quality"))
        #expect(result.text.contains("enable JS"))
        #expect(result.text.contains("tail"))
        #expect(source(of: "Best", in: html, result) == "Best")
        #expect(source(of: "Best quality", in: html, result) == "Best <!-- hidden -->quality")
        #expect(source(of: "tail", in: html, result) == "tail")
    }

    @Test func attributesAreNotText() throws {
        let html = #"<p title="best ever">Hello <img alt="miracle cure" src='x.png'> <a href="/?a>b" title='x>y'>world</a></p>"#
        let result = try extract(html)
        #expect(result.text == "Hello  world")
        #expect(source(of: "world", in: html, result) == "world")
    }

    @Test func brokenHTMLIsRepaired() throws {
        let unclosed = "<div><p>unclosed <b>bold"
        let result = try extract(unclosed)
        #expect(result.text == "unclosed bold")
        #expect(source(of: "bold", in: unclosed, result) == "bold")
        let stray = "a</b>c</div>d<p>e"
        let strayResult = try extract(stray)
        #expect(strayResult.text.hasPrefix("acd"))
        #expect(source(of: "acd", in: stray, strayResult) == "a</b>c</div>d")
        let lessThan = "a < b and 1<2 <3 love"
        #expect(try extract(lessThan).text == lessThan)
        let mixed = "<p>x < y</p><p>if a<b>c</b></p>"
        #expect(try extract(mixed).text == "x < y\nif ac")
        #expect(try extract("<p>text<!-- unterminated").text == "text")
        #expect(try extract("<<p>>").text.contains(">"))
    }

    @Test func multiByteTextMapsByteForByte() throws {
        let html = "<p>最好的<b>质量</b></p><p>أفضل <i>جودة</i> &amp; سعر</p><p>Top 👍🏽 deal 🇩🇪</p>"
        let result = try extract(html)
        #expect(result.text == "最好的质量\nأفضل جودة & سعر\nTop 👍🏽 deal 🇩🇪")
        #expect(source(of: "质量", in: html, result) == "质量")
        #expect(source(of: "的质", in: html, result) == "的<b>质")
        #expect(source(of: "جودة", in: html, result) == "جودة")
        #expect(source(of: "👍🏽", in: html, result) == "👍🏽")
        #expect(source(of: "🇩🇪", in: html, result) == "🇩🇪")
        let range = try #require(utf8Range(of: "质量", in: result.text))
        #expect(range == 9..<15)
        #expect(result.sourceRange(ofUTF8: range) == 15..<21)
    }

    @Test func carriageReturns() throws {
        let html = "<p>line one\r\nline two</p>\r\n<p>three\rfour</p>"
        let result = try extract(html)
        // libxml2 may keep or normalize CR; either way spans cover the source line break.
        let text = result.text
        #expect(text == "line one\r\nline two\r\nthree\rfour" || text == "line one\nline two\nthree\nfour")
        #expect(source(of: "two", in: html, result) == "two")
        #expect(source(of: "four", in: html, result) == "four")
        let lineBreak = text.contains("\r\n") ? "one\r\nline" : "one\nline"
        #expect(source(of: lineBreak, in: html, result) == "one\r\nline")
    }

    @Test func metaCharsetDoesNotSwitchFromUTF8() throws {
        let html = #"<meta charset="ISO-8859-1"><p>Qualität für 5 €</p>"#
        let result = try extract(html)
        #expect(result.text == "Qualität für 5 €")
        #expect(source(of: "€", in: html, result) == "€")
    }

    @Test func plainTextAndEmptyInput() throws {
        #expect(try extract("Just plain text.").text == "Just plain text.")
        let empty = try extract("")
        #expect(empty.text == "" && empty.sourceOffsets == [0])
        #expect(empty.sourceRange(ofUTF8: 0..<5) == 0..<0)
        #expect(try extract("  \n ").text == "")
        #expect(try extract("<p></p><br>").text == "")
    }

    @Test func looksLikeHTML() {
        for html in ["<p>Best</p>", "a<br>b", "a<br/>b", "line<BR />", "</div>", "<b>bold</b>", #"<div class="x">"#,
                     "<!-- note -->", "Tom &amp; Jerry", "it&#39;s", "caf&#xE9;", "caf&eacute;", "<li>one"] {
            #expect(HTMLText.looksLikeHTML(html), "\(html)")
        }
        for text in ["a < b", "1<2", "I <3 it", "R&D", "AT&T", "x<y and y>z", "<unknown>", "Tom & Jerry",
                     "&foo;", "a &amp b", "<p", "", "plain text", "i<b"] {
            #expect(!HTMLText.looksLikeHTML(text), "\(text)")
        }
    }

    @Test func sizeLimit() throws {
        let html = String(repeating: "<p>x</p>", count: 20)
        #expect(throws: XMLParseError.self) { try HTMLText.extract(html, maximumBytes: 100) }
        do {
            _ = try HTMLText.extract(html, maximumBytes: 100)
        } catch {
            #expect(error.message.contains("160 bytes") && error.message.contains("100"))
        }
        #expect(try HTMLText.extract(html, maximumBytes: 160).text.hasPrefix("x\nx"))
        #expect(HTMLText.defaultMaximumBytes == 1 << 20)
    }

    @Test func deepNestingKeepsAllText() throws {
        let depth = 10_000
        let html = String(repeating: "<div>", count: depth) + "deep <b>text</b>" + String(repeating: "</div>", count: depth)
            + "<p>after</p>"
        let result = try extract(html)
        #expect(result.text == "deep text\nafter")
        #expect(source(of: "text", in: html, result) == "text")
        // Unclosed inline elements nest too; none of their text is lost.
        let unclosed = String(repeating: "<b>x", count: 50_000)
        let unclosedResult = try HTMLText.extract(unclosed)
        #expect(unclosedResult.text == String(repeating: "x", count: 50_000))
        #expect(unclosedResult.sourceRange(ofUTF8: 49_999..<50_000) == 199_999..<200_000)
    }

    @Test func largeInputIsLinear() throws {
        let unit = "<p>Best <b>quality</b> &amp; price caf&eacute; 最好的</p>\n"
        let html = String(repeating: unit, count: (HTMLText.defaultMaximumBytes / unit.utf8.count) - 1)
        let result = try HTMLText.extract(html)
        let last = try #require(utf8Range(of: "price", in: String(result.text.suffix(30))))
        #expect(last.count == 5)
        #expect(Int(result.sourceOffsets.last!) == html.utf8.count)  // the last line break is text
    }

    /// Random mixes of fragments never crash and always keep the map's invariants.
    @Test func randomFragmentsKeepTheInvariants() throws {
        let fragments = ["<p>", "</p>", "<b>", "</b>", "<div>", "</div>", "<br>", "<li>", "text", " ", "\n", "\r\n",
                         "&amp;", "&eacute;", "&#233;", "&#x1F44D;", "&bogus;", "&", "<", ">", "a < b", "<!-- c -->",
                         "<script>s<p></script>", "<style>t</style>", "<title>u</title>", "最好", "👍🏽", "جودة",
                         "<td>", "<table>", "</tr>", "<img alt=x>", "\"", "'", "<a href='>'>", "</", "<!", "\u{1}"]
        var state = SplitMix64(state: 42)
        for _ in 0..<2000 {
            var html = ""
            for _ in 0..<Int.random(in: 1...40, using: &state) {
                html += fragments[Int.random(in: 0..<fragments.count, using: &state)]
            }
            _ = try extract(html)
        }
    }
}

/// A small deterministic generator (SplitMix64) so the random test is repeatable.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
