import Testing
import TextEngine
@testable import ComplianceCore

@Suite struct MoreIdentifierTests {
    @Test(arguments: [
        ("1 85 05 78 006 084 91", Validation.valid),
        ("185057800608491", .valid),
        ("1 85 05 2A 006 084 35", .valid),       // Corsica: 2A counts as 19
        ("2 90 02 2B 123 456 08", .valid),       // 2B counts as 18
        ("1 85 05 78 006 084 92", .invalid),     // key
        ("1 85 05 2B 006 084 35", .invalid),     // 2B instead of 2A: key differs
        ("5 85 05 78 006 084 91", .invalid),     // no such first digit
        ("1 85 13 78 006 084 91", .invalid),     // month 13
        ("1 85 05 3A 006 084 91", .invalid),
    ])
    func frenchNIR(text: String, expected: Validation) {
        #expect(NationalIdentifier.frNIR.validate(Substring(text)) == expected, "\(text)")
    }

    @Test(arguments: [
        ("943 476 5919", Validation.plausible),   // NHS Digital's example number
        ("401 023 2137", .plausible),
        ("943 476 5918", .invalid),
        ("943 476 5991", .invalid),               // transposition
        ("111 111 1111", .invalid),
    ])
    func nhsNumbers(text: String, expected: Validation) {
        #expect(NationalIdentifier.gbNHS.validate(Substring(text)) == expected, "\(text)")
    }

    @Test(arguments: [
        ("000-12-3456", Validation.invalid), ("666-12-3456", .invalid), ("900-12-3456", .invalid),
        ("999-12-3456", .invalid), ("123-00-4567", .invalid), ("123-45-0000", .invalid), ("899-45-6789", .plausible),
    ])
    func ssnRanges(text: String, expected: Validation) {
        #expect(NationalIdentifier.usSSN.validate(Substring(text)) == expected, "\(text)")
    }

    @Test(arguments: [
        ("4111111111111111", PaymentCard.Network?.some(.visa)),
        ("4222222222222", .visa),                       // 13-digit Visa
        ("5555555555554444", .mastercard),
        ("2221000000000009", .mastercard),              // 2-series
        ("2720999999999996", .mastercard),
        ("2721000000000004", nil),                      // just past the 2-series
        ("378282246310005", .amex),
        ("37828224631000", nil),                        // Amex is 15 digits
        ("6011111111111117", .discover),
        ("6445644564456445", .discover),
        ("3530111333300000", .jcb),
        ("6200000000000005", .unionpay),
        ("36227206271667", .dinersClub),
        ("30569309025904", .dinersClub),
        ("6759649826438453", .maestro),
        ("5018000000000009", .maestro),
        ("2203426257398931", .mir),
        ("1234567890123452", nil),
        ("9111111111111111", nil),
    ])
    func issuerRanges(text: String, network: PaymentCard.Network?) {
        let digits = text.compactMap(\.wholeNumberValue)
        #expect(PaymentCard.network(of: digits) == network, "\(text)")
        if network != nil { #expect(PaymentCard.validate(Substring(text)) == .valid, "\(text)") }
    }

    @Test func ibanLengthsPerCountry() {
        #expect(IBAN.lengths["NO"] == 15 && IBAN.lengths["MT"] == 31 && IBAN.lengths["RU"] == 33)
        #expect(IBAN.validate("NO93 8601 1117 947") == .valid)
        #expect(IBAN.validate("NO93 8601 1117 9470") == .invalid)
    }
}

@Suite struct ObfuscatedEmailTests {
    @Test(arguments: [
        ("Mail: name [at] mail [dot] com please", "name [at] mail [dot] com"),
        ("name(at)mail(dot)com", "name(at)mail(dot)com"),
        ("write name AT mail DOT com", "name AT mail DOT com"),
        ("name@mail。com", "name@mail。com"),
        ("邮箱：名字 at 163 dot com", "名字 at 163 dot com"),
        ("shop (at) example (dot) co (dot) uk", "shop (at) example (dot) co (dot) uk"),
        ("info【at】shop【点】cn", "info【at】shop【点】cn"),
        ("ｓｈｏｐ（ａｔ）ｍａｉｌ（ｄｏｔ）ｃｏｍ", "ｓｈｏｐ（ａｔ）ｍａｉｌ（ｄｏｔ）ｃｏｍ"),
        ("j.doe@mail dot com", "j.doe@mail dot com"),
    ])
    func found(text: String, span: String) throws {
        #expect(try detected(.emailObfuscated, in: text) == [span])
    }

    @Test(arguments: [
        "shop@example.com",                     // plain: the email detector's
        "name＠mail．com",                       // NFKC folds it to a plain address
        "Available at amazon.com",
        "Look at the dot pattern",
        "Meet at home dot matrix",
        "5 at 20 dot points",
        "Made at factory. Com fort",
    ])
    func notFound(text: String) throws {
        #expect(try detected(.emailObfuscated, in: text).isEmpty, "\(text)")
    }
}
