import Testing
@testable import ComplianceCore

/// The one-pass census answers what each detector's own cheap scan answers.
@Suite struct ByteCensusTests {
    static func check(_ bytes: [UInt8]) {
        let census = ByteCensus(bytes)
        #expect(census.longestDigitRun == DetectorScanner.longestDigitRun(bytes))
        let runs = DetectorScanner.alphanumericRuns(bytes)
        #expect(census.iban == runs.iban && census.codiceFiscale == runs.codiceFiscale)
        #expect(census.phone == PhoneNumber.prescan(bytes))
    }

    @Test(arguments: [
        "", "call 0151 2345 6789 today", "IBAN DE89 3704 0044 0532 0130 00", "RSSMRA85T10A562S", "model KL-97096, 5532mAh",
        "電話 〇九〇-一二三四-五六七八", "1-2-3-4-5-6-7-8 (02) 1234-5678 +44 20 7946 0958", "ABCDEFGHIJKLMNOP1", "12 34 56 78 90 12 34",
    ])
    func agreesOnExamples(text: String) {
        Self.check(Array(text.utf8))
    }

    @Test func agreesOnRandomBytes() {
        var random = TestRandom(seed: 99)
        // Digits, letters, the separators each scan knows, and CJK lead bytes.
        let alphabet: [UInt8] = Array("0123456789aZx -./()+\t,:".utf8) + [0xE3, 0xE4, 0xE5, 0xE9, 0x80, 0xC3, 0xD9, 0xDB, 0xE0, 0xA0]
        for _ in 0..<3_000 {
            Self.check((0..<random.next(120)).map { _ in alphabet[random.next(alphabet.count)] })
        }
    }
}
