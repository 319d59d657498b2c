import ComplianceCore
import Foundation
import Testing
@testable import Formats

@Suite struct ListingInputTests {
    /// Everything a stream over `bytes` yields, in order, with the batch sizes and warnings.
    struct Read {
        var listings: [Listing] = []
        var errors: [ListingInputError] = []
        var warnings: [ListingInputError] = []
        var batches: [Int] = []
        var order: [String] = []
    }

    static func read(_ bytes: Data, name: String = "in", format: ListingInputFormat = .auto, fileExtension: String? = nil,
                     batchSize: Int = 512, chunkSize: Int = 1 << 20, deferParsing: Bool = false) throws -> Read {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("clearance-input-\(UUID().uuidString)")
        try bytes.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try #require(FileHandle(forReadingAtPath: url.path))
        let stream = ListingStream(handle: handle, source: name, batchSize: batchSize, format: format,
                                   fileExtension: fileExtension, chunkSize: chunkSize, deferParsing: deferParsing)
        var read = Read()
        try stream.forEachBatch(warning: { read.warnings.append($0) }) { items in
            read.batches.append(items.count)
            for given in items {
                guard let item = given.resolved() else { continue }
                switch item {
                case let .listing(listing):
                    read.listings.append(listing)
                    read.order.append(listing.id)
                case let .error(error):
                    read.errors.append(error)
                    read.order.append("error@\(error.line)")
                case .unparsed:
                    Issue.record("resolved() left a line unparsed")
                }
            }
        }
        return read
    }

    static func read(_ text: String, name: String = "in", format: ListingInputFormat = .auto, fileExtension: String? = nil,
                     batchSize: Int = 512, chunkSize: Int = 1 << 20) throws -> Read {
        try read(Data(text.utf8), name: name, format: format, fileExtension: fileExtension, batchSize: batchSize, chunkSize: chunkSize)
    }

    // MARK: CSV

    @Test func csvQuotesEmbeddedNewlinesBOMAndCRLF() throws {
        let csv = "\u{FEFF}id,market,title,description,bullets\r\n"
            + "a-1,US,\"Cream, 50 ml\",\"Says \"\"FDA approved\"\"\r\non two lines\",\"Soft\r\nScented\"\r\n"
            + "a-2,DE,T-Shirt,,\r\n"
        let read = try Self.read(csv, name: "in.csv")
        #expect(read.errors.isEmpty)
        #expect(read.listings.count == 2)
        let first = try #require(read.listings.first)
        #expect(first.id == "a-1" && first.market == "US")
        #expect(first.title == "Cream, 50 ml")
        #expect(first.description == "Says \"FDA approved\"\non two lines")
        #expect(first.bullets == ["Soft", "Scented"])
        #expect(first.origin == ListingOrigin(source: "in.csv", line: 2))
        let second = read.listings[1]
        #expect(second.description == nil, "an empty cell is absent")
        #expect(second.bullets.isEmpty)
        #expect(second.origin?.line == 5, "the first record spans lines 2 to 4")
    }

    @Test func semicolonAndTabSeparatedHeadersAreRecognised() throws {
        let semicolons = try Self.read("id;title;description\nx;Lampe, warmweiß;\"Mit; Dimmer\"\n")
        #expect(semicolons.listings.map(\.title) == ["Lampe, warmweiß"])
        #expect(semicolons.listings.first?.description == "Mit; Dimmer")
        let tabs = try Self.read("id\ttitle\tbrand\ny\tDesk lamp, 40 cm\tBrightway\n")
        #expect(tabs.listings.first?.title == "Desk lamp, 40 cm")
        #expect(tabs.listings.first?.brand == "Brightway")
        #expect(ListingInputFormat.detect(Data("title;description\n".utf8)) == .csv)
        #expect(ListingInputFormat.detect(Data("Just some text, about a lamp\n".utf8)) == .text)
        #expect(ListingInputFormat.detect(Data("<rss/>".utf8)) == .xml)
        #expect(ListingInputFormat.detect(Data("{\"title\": \"x\"}\n{}".utf8)) == .jsonl)
        #expect(ListingInputFormat.detect(Data("[]".utf8)) == .json)
    }

    @Test func numberedBulletsJSONBulletsAndAttributeColumns() throws {
        let csv = """
        id,title,bullets.2,bullets.1,bullet_3,attributes.origin,attributes.small_parts,search_terms,colour
        n-1,Toy car,second,first,third,CN,true,car toy,red
        n-2,Toy boat,,,,,,,
        """
        let read = try Self.read(csv)
        #expect(read.errors.isEmpty)
        let car = try #require(read.listings.first)
        #expect(car.bullets == ["first", "second", "third"])
        #expect(car.attributes == ["origin": "CN", "small_parts": "true"])
        #expect(car.searchTerms == "car toy")
        #expect(read.listings[1].bullets.isEmpty && read.listings[1].attributes.isEmpty)
        #expect(read.warnings.count == 1 && read.warnings[0].message.contains("colour"), "unknown columns are remembered")
        let json = try Self.read("title,bullets\nMug,\"[\"\"Holds 350 ml\"\", \"\"Dishwasher safe\"\"]\"\n")
        #expect(json.listings.first?.bullets == ["Holds 350 ml", "Dishwasher safe"])
        #expect(CSVListingMapper.column("Bullet_2") == .bullet(2))
        #expect(CSVListingMapper.column("attributes.Age_Min") == .attribute("Age_Min"))
    }

    @Test func aBrokenRecordIsReportedAtItsStartLineAndTheOthersAreRead() throws {
        let csv = """
        id,title,description
        ok-1,Lamp,"Warm
        white"
        short,Only two
        ,,
        no-text,,
        ok-2,Mug,Holds 350 ml
        bad-quote,"Never closed,x
        ok-3,Bottle,750 ml
        """
        let read = try Self.read(csv, name: "f.csv")
        #expect(read.order == ["ok-1", "error@4", "error@5", "error@6", "ok-2", "error@8", "ok-3"])
        #expect(read.errors[0].description == "f.csv:4: the record has 2 fields, the header 3")
        #expect(read.errors[1].message == "listing 'line-5' has neither a title nor a description")
        #expect(read.errors[2].message == "listing 'no-text' has neither a title nor a description")
        #expect(read.errors[3].message.contains("not closed"))
        #expect(read.listings.last?.origin?.line == 9)
    }

    @Test func anUnclosedQuoteCostsOneRecordEvenBeforeTheEnd() {
        var parser = CSVRecordParser(separator: UInt8(ascii: ","), maximumRecordBytes: 40)
        var records: [CSVRecordParser.Record] = []
        let text = "a,\"open\nb,1\nc,2\nd,3\ne,4\nf,5\ng,6\nh,7\ni,8\nj,9\nk,10\n"
        for byte in Array(text.utf8) { parser.feed([byte], into: &records) }
        parser.finish(into: &records)
        #expect(records.first?.line == 1 && records.first?.error?.contains("40 bytes") == true)
        #expect(records.dropFirst().map(\.line) == Array(2...11))
        #expect(records.last?.fields == [Array("k".utf8), Array("10".utf8)])
    }

    @Test func aMissingIDFallsBackToTheLine() throws {
        let read = try Self.read("title\nFirst\n\nThird\n")
        #expect(read.listings.map(\.id) == ["line-2", "line-4"], "blank lines are skipped, not errors")
    }

    @Test func csvStreamsAcrossChunkBoundaries() throws {
        var csv = "id,title,description\n"
        for i in 1...200 {
            csv += "p-\(i),\"Title \(i), with comma\",\"Line one\nline \"\"two\"\" of \(i)\"\r\n"
        }
        for chunkSize in [1, 2, 3, 7, 64] {
            let read = try Self.read(csv, chunkSize: chunkSize)
            #expect(read.errors.isEmpty, "chunk size \(chunkSize)")
            #expect(read.listings.count == 200)
            #expect(read.listings[41].title == "Title 42, with comma")
            #expect(read.listings[41].description == "Line one\nline \"two\" of 42")
            #expect(read.listings[41].origin?.line == 2 + 41 * 2)
        }
        let batched = try Self.read(csv, batchSize: 64, chunkSize: 100)
        #expect(batched.batches == [64, 64, 64, 8])
    }

    @Test func headerErrorsStopTheFile() throws {
        let noText = try Self.read("id,brand\nx,Acme\n", format: .csv)
        #expect(noText.listings.isEmpty)
        #expect(noText.errors.map(\.description) == ["in:1: the CSV header has neither a 'title' nor a 'description' column"])
        let byExtension = try Self.read("sku,name\n1,Lamp\n", fileExtension: "csv")
        #expect(byExtension.errors.count == 1 && byExtension.listings.isEmpty)
    }

    // MARK: Merchant Center feeds

    static let rss = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">
      <channel>
        <title>Store</title>
        <item>
          <g:id>gel-1</g:id>
          <g:title>Aloe gel</g:title>
          <description>FDA-approved gel &amp; more.</description>
          <g:brand>Verdant</g:brand>
          <g:product_type>Health &gt; Skin care</g:product_type>
          <g:google_product_category>Health &amp; Beauty</g:google_product_category>
          <g:price>12.99 USD</g:price>
          <g:gtin>0012345678905</g:gtin>
          <g:color>green</g:color>
          <g:product_highlight>Pure aloe</g:product_highlight>
          <g:product_highlight>Non-sticky</g:product_highlight>
          <g:product_detail>
            <g:section_name>General</g:section_name>
            <g:attribute_name>origin</g:attribute_name>
            <g:attribute_value>MX</g:attribute_value>
          </g:product_detail>
          <g:target_country>US</g:target_country>
          <g:shipping><g:country>US</g:country></g:shipping>
        </item>
        <item>
          <g:id>empty-2</g:id>
          <g:price>1.00 USD</g:price>
        </item>
        <item>
          <title>Water bottle</title>
          <g:google_product_category>Water Bottles</g:google_product_category>
        </item>
      </channel>
    </rss>
    """

    @Test func merchantRSSFeedMapsGoogleFields() throws {
        let read = try Self.read(Self.rss, name: "feed.xml")
        #expect(read.order == ["gel-1", "error@25", "line-29"])
        let gel = try #require(read.listings.first)
        #expect(gel.title == "Aloe gel")
        #expect(gel.description == "FDA-approved gel & more.")
        #expect(gel.brand == "Verdant")
        #expect(gel.category == "Health > Skin care")
        #expect(gel.bullets == ["Pure aloe", "Non-sticky"])
        #expect(gel.attributes == ["gtin": "0012345678905", "color": "green", "origin": "MX"])
        #expect(gel.market == nil, "target and shipping countries are not guessed into a market")
        #expect(gel.origin == ListingOrigin(source: "feed.xml", line: 5))
        #expect(read.errors[0].description == "feed.xml:25: feed item 'empty-2' has neither a title nor a description")
        #expect(read.listings[1].category == "Water Bottles")
    }

    @Test func merchantAtomFeed() throws {
        let atom = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:g="http://base.google.com/ns/1.0">
          <title>Store</title>
          <entry>
            <g:id>cup-1</g:id>
            <title>国家级品质保温杯</title>
            <summary>本品是最佳选择</summary>
            <g:product_highlight>保温 12 小时</g:product_highlight>
            <g:material>不锈钢</g:material>
          </entry>
        </feed>
        """
        let read = try Self.read(atom, format: .xml)
        #expect(read.errors.isEmpty)
        let cup = try #require(read.listings.first)
        #expect(cup.id == "cup-1" && cup.title == "国家级品质保温杯" && cup.description == "本品是最佳选择")
        #expect(cup.bullets == ["保温 12 小时"] && cup.attributes == ["material": "不锈钢"])
    }

    @Test func aMalformedFeedIsOneErrorWithLineAndColumn() throws {
        let read = try Self.read("<rss xmlns:g=\"http://base.google.com/ns/1.0\">\n<channel><item>\n<g:title>x</g:id>\n</item></channel></rss>",
                                 name: "bad.xml")
        #expect(read.listings.isEmpty)
        #expect(read.errors.count == 1)
        let error = try #require(read.errors.first)
        #expect(error.line == 3 && error.column > 0)
        #expect(error.description.hasPrefix("bad.xml:3:\(error.column): not a well-formed XML feed"))
        let other = try Self.read("<catalog><product/></catalog>", name: "c.xml")
        #expect(other.errors.first?.message.contains("not a Merchant Center feed") == true)
    }

    @Test func feedsDeclaringEntitiesAreRefused() throws {
        let xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <rss xmlns:g="http://base.google.com/ns/1.0"><channel><item><g:title>&x;</g:title></item></channel></rss>
        """
        let read = try Self.read(xxe, name: "xxe.xml")
        #expect(read.listings.isEmpty)
        #expect(read.errors.count == 1 && read.errors[0].message.contains("entity"))
    }

    // MARK: Text and JSON

    @Test func plainTextIsOneDescription() throws {
        let read = try Self.read("Just a note about an FDA approved cream\n", name: "note")
        #expect(read.listings.map(\.id) == ["note"])
        #expect(read.listings.first?.description == "Just a note about an FDA approved cream\n")
        let forced = try Self.read("{\"title\": \"x\"}", format: .text)
        #expect(forced.listings.first?.description == "{\"title\": \"x\"}")
        let invalid = try Self.read(Data([0x61, 0xC3, 0x28]), format: .text)
        #expect(invalid.errors.first?.message.contains("invalid UTF-8") == true)
    }

    @Test func jsonShapesStillStreamAndKeepTheirLines() throws {
        let jsonl = "{\"id\": \"a\", \"title\": \"x\"}\n{\"id\": \"b\"\n{\"id\": \"c\", \"title\": \"y\"}\n"
        let read = try Self.read(jsonl, chunkSize: 5)
        #expect(read.order == ["a", "error@2", "c"])
        let array = try Self.read("[{\"title\": \"x\"}, {\"description\": \"y\"}]", chunkSize: 3)
        #expect(array.listings.map(\.id) == ["listing-1", "listing-2"])
        let garbage = try Self.read("not json\n{\"title\": \"x\"}\n", fileExtension: "jsonl")
        #expect(garbage.order == ["error@1", "line-2"], "a .jsonl file stays JSON Lines whatever its first line")
    }

    /// The CLI defers parsing JSON Lines to its workers: the items come out the same.
    @Test func deferredParsingGivesTheSameItems() throws {
        let text = "{\"id\": \"a\", \"title\": \"x\"}\n\n{\"id\": \"b\", \"title\": 3}\n{bad\n{\"id\": \"c\", \"description\": \"y\"}\n"
        for chunkSize in [3, 1 << 20] {
            let eager = try Self.read(Data(text.utf8), chunkSize: chunkSize)
            let deferred = try Self.read(Data(text.utf8), chunkSize: chunkSize, deferParsing: true)
            #expect(deferred.order == eager.order)
            #expect(deferred.order == ["a", "error@3", "error@4", "c"])
            #expect(deferred.errors == eager.errors)
        }
    }
}
