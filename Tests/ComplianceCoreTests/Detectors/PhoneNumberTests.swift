import Testing
import TextEngine
@testable import ComplianceCore

/// The texts a detector reports in `text`, with their validation.
func detected(_ kind: DetectorKind, in text: String, regions: [PhoneRegion] = []) throws -> [String] {
    let scanner = try DetectorScanner(kind: kind, regions: regions)
    return try scanner.scan(TextView.normalized.of(text)).map { value in
        value.span.text + (value.validation == .plausible ? " ?" : "")
    }
}

@Suite struct PhoneNumberTests {
    /// Per region: a number that fits the plan (national and international), the region expected.
    @Test(arguments: [
        ("(212) 555-0123", PhoneRegion.US), ("+1 212 555 0123", .US), ("1-416-555-0199", .CA),
        ("07911 123456", .GB), ("+44 20 7946 0958", .GB), ("+44 (0) 20 7946 0958", .GB),
        ("0151 27384916", .DE), ("+49 30 1234567", .DE),
        ("06 12 34 56 78", .FR), ("+33 1 42 68 53 00", .FR),
        ("347 123 4567", .IT), ("+39 06 1234 5678", .IT),
        ("612 345 678", .ES), ("+34 912 345 678", .ES),
        ("06-12345678", .NL), ("+31 20 123 4567", .NL),
        ("+48 512 345 678", .PL), ("070-123 45 67", .SE), ("+46 8 123 456 78", .SE),
        ("090-3921-4476", .JP), ("+81 3-1234-5678", .JP),
        ("138 1234 5678", .CN), ("010-6552 9988", .CN), ("+86 755 1234 5678", .CN),
        ("010-3847-2291", .KR), ("+82 2-123-4567", .KR),
        ("(11) 91234-5678", .BR), ("+55 21 2597-3410", .BR),
        ("+52 55 1234 5678", .MX), ("0412 345 678", .AU), ("+61 2 9876 5432", .AU),
        ("98450 21376", .IN), ("+91 22 2345 6789", .IN),
        ("050 123 4567", .AE), ("+971 4 123 4567", .AE),
        ("055 123 4567", .SA), ("+966 11 234 5678", .SA),
        ("081 234 5678", .TH), ("+66 2 123 4567", .TH),
        ("0532 123 45 67", .TR), ("+65 8123 4567", .SG), ("+852 9123 4567", .HK), ("0912 345 678", .TW),
        ("079 123 45 67", .CH), ("+43 664 1234567", .AT), ("0470 12 34 56", .BE), ("087 123 4567", .IE),
        ("912 345 678", .PT), ("+45 20 12 34 56", .DK), ("+47 412 34 567", .NO), ("8 (912) 384-21-07", .RU),
        ("0812-3847-2210", .ID), ("012-384 2107", .MY), ("0912 345 678", .VN), ("0917 123 4567", .PH),
        ("021 123 4567", .NZ), ("082 123 4567", .ZA), ("050-123-4567", .IL),
    ])
    func validPerRegion(text: String, region: PhoneRegion) throws {
        let match = PhoneNumber.validate(Substring(text), regions: [region])
        #expect(match?.region == region, "\(text)")
        #expect(match?.validation != .invalid, "\(text)")
        // The detector finds the whole number inside a sentence.
        #expect(try detected(.phone, in: "Call: \(text) today", regions: [region]).map { $0.replacingSuffix(" ?") } == [text])
    }

    /// Numbers that break their region's plan: wrong length, leading digits or trunk.
    @Test(arguments: [
        ("(123) 555-0123", PhoneRegion.US),     // area code cannot start with 1
        ("(212) 055-0123", .US),                // exchange cannot start with 0
        ("07611 123456", .GB),                  // 076 is pagers, not mobiles
        ("+44 7911 12345", .GB),                // one digit short
        ("06 12 34 56 7", .FR),                 // 8 digits
        ("+33 0 12 34 56 78", .FR),             // national number cannot start with 0
        ("512 345 678", .ES),                   // 5 is no Spanish range
        ("128 1234 5678", .CN),                 // 12x is no mobile range
        ("138 1234 567", .CN),                  // 10 digits
        ("090-1234-567", .JP),
        ("+49 0151 2345", .DE),
        ("(11) 01234-5678", .BR),
        ("+971 60 123 4567", .AE),
        ("+91 98765 4321", .IN),                // nine digits
        ("138 1234 5678", .US),                 // NANP digits, but not a NANP grouping
    ])
    func invalidPerRegion(text: String, region: PhoneRegion) {
        #expect(PhoneNumber.validate(Substring(text), regions: [region]) == nil, "\(text)")
    }

    @Test func chineseNumeralsAndSplitDigits() throws {
        #expect(try detected(.phone, in: "手机一三八一二三四五六七八联系") == ["一三八一二三四五六七八"])
        #expect(try detected(.phone, in: "加我 1 3 8 1 2 3 4 5 6 7 8") == ["1 3 8 1 2 3 4 5 6 7 8"])
        #expect(try detected(.phone, in: "电话：１３８－１２３４－５６７８") == ["１３８－１２３４－５６７８"])
        #expect(try detected(.phone, in: "電話０９０ー1234-5678").isEmpty == false)
        #expect(try detected(.phone, in: "0033 6 12 34 56 78") == ["0033 6 12 34 56 78"])
        #expect(try detected(.phone, in: "Tel 0612345678 / 0698765432") == ["0612345678", "0698765432"])
    }

    /// Digits NFKC leaves alone: Thai, Arabic-Indic and extended Arabic-Indic.
    @Test func digitsOfOtherScripts() throws {
        #expect(try detected(.phone, in: "สอบถาม โทร ๐๘๑-๒๓๔-๕๖๗๘ ได้ตลอด") == ["๐๘๑-๒๓๔-๕๖๗๘"])
        #expect(try detected(.phone, in: "هاتف: +٩٦٦ ٥٠ ١٦٦ ٣٠٧١") == ["+٩٦٦ ٥٠ ١٦٦ ٣٠٧١"])
        #expect(PhoneNumber.digitValue("๕") == 5 && PhoneNumber.digitValue("٧") == 7 && PhoneNumber.digitValue("۳") == 3
                && PhoneNumber.digitValue("९") == 9 && PhoneNumber.digitValue("ก") == nil)
        // Thai text with ordinary numbers is not a phone number.
        #expect(try detected(.phone, in: "เสื้อยืด ผ้าฝ้าย ๑๐๐% ไซส์ ๔๒").isEmpty)
    }

    @Test(arguments: [
        "Samsung Galaxy S21 SM-G991B/DS", "Sony WH-1000XM4 headphones", "EAN 4006381333931", "UPC 036000291452",
        "ISBN 978-3-16-148410-0", "ISBN 0-306-40615-2", "Resolution 1920x1080", "Size 30 x 40 x 50 cm",
        "Input 220-240V 50/60Hz", "AC 100-240 V", "Price 1.234.567,89 €", "Price $1,299.99", "Only 12800 元",
        "Released 2024-05-12", "Date 12.05.2024", "Firmware v2.3.1", "Order 10000 pcs", "MOQ 1000000 units",
        "Sizes 6 7 8 9 10 11 12", "Sets of 100 200 300 400", "Years 2019 2020 2021 2022", "Stock 1 2 3 4 5 6 7 8 9 10",
        "Capacity 5000mAh 128GB 8GB", "Order 20240512001", "0000000000", "1234567890", "一二三四五六七八九十",
        "Part #0612345678", "HDMI 2.1 3840 x 2160 120Hz",
    ])
    func hardNegatives(text: String) throws {
        #expect(try detected(.phone, in: text).isEmpty, "\(text)")
    }

    @Test func openPlansAndShortPlansNeedContext() throws {
        // German fixed lines have open lengths: plausible only, a context word decides.
        #expect(try detected(.phone, in: "030 1234567", regions: [.DE]) == ["030 1234567 ?"])
        // Eight-digit plans without a trunk prefix.
        #expect(try detected(.phone, in: "6677 8899", regions: [.HK]) == ["6677 8899 ?"])
        #expect(try detected(.phone, in: "+852 6677 8899", regions: [.HK]) == ["+852 6677 8899"])
        // Without separators a NANP number is only plausible; 3-3-4 groups make it a phone.
        #expect(try detected(.phone, in: "2125550123", regions: [.US]) == ["2125550123 ?"])
        #expect(try detected(.phone, in: "212-555-0123", regions: [.US]) == ["212-555-0123"])
    }

    @Test func regionsRestrictThePlans() throws {
        #expect(try detected(.phone, in: "138 1234 5678", regions: [.US, .GB]).isEmpty)
        #expect(try detected(.phone, in: "+86 138 1234 5678", regions: [.GB]).isEmpty)
        #expect(try detected(.phone, in: "+86 138 1234 5678", regions: [.CN]) == ["+86 138 1234 5678"])
    }

    @Test func spansOnTheOriginalText() throws {
        let text = "🎁 Ｔｅｌ：＋４４ ７９１１ １２３４５６ now"
        let scanner = try DetectorScanner(kind: .phone)
        let values = try scanner.scan(TextView.normalized.of(text))
        #expect(values.map(\.span.text) == ["＋４４ ７９１１ １２３４５６"])
        #expect(values.first?.detail == "GB international")
    }
}

@Suite struct ContextWordTests {
    @Test func wordsStandAloneInSpacedScripts() {
        #expect(DetectorContext.mentions("call tel: 0612", "tel"))
        #expect(!DetectorContext.mentions("hotel room 0612", "tel"))
        #expect(!DetectorContext.mentions("clean 4006381333931", "ean"))
        #expect(DetectorContext.mentions("ean: 4006381333931", "EAN"))
        #expect(DetectorContext.mentions("联系电话13812345678", "电话"))
        #expect(DetectorContext.mentions("hersteller: acme gmbh", "Hersteller"))
    }
}

extension String {
    func replacingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
