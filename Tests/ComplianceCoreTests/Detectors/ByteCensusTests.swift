import Testing
@testable import ComplianceCore

/// The one-pass census (run-skipping, three scans interleaved) answers what three plain scans,
/// written one byte at a time below as the reference, answer.
@Suite struct ByteCensusTests {
    static func check(_ bytes: [UInt8]) {
        let census = ByteCensus(bytes)
        #expect(census.longestDigitRun == Reference.longestDigitRun(bytes))
        let runs = Reference.alphanumericRuns(bytes)
        #expect(census.iban == runs.iban && census.codiceFiscale == runs.codiceFiscale)
        #expect(census.phone == Reference.phone(bytes))
    }

    enum Reference {
        /// The longest digit run with at most one separator (space - . /) between two digits.
        static func longestDigitRun(_ bytes: [UInt8]) -> Int {
            var longest = 0, run = 0, separators = 0
            for byte in bytes {
                if byte &- 0x30 < 10 {
                    run += 1
                    separators = 0
                    longest = max(longest, run)
                } else if separators == 0, run > 0, [0x20, 0x2D, 0x2E, 0x2F].contains(byte) {
                    separators = 1
                } else {
                    run = 0
                    separators = 0
                }
            }
            return longest
        }

        /// Codice fiscale: 16 letters and digits in a row with a digit; IBAN: 15 or more with
        /// single spaces between groups and eight digits.
        static func alphanumericRuns(_ bytes: [UInt8]) -> (iban: Bool, codiceFiscale: Bool) {
            var iban = false, codice = false
            var run = 0, digits = 0, spacedRun = 0, spacedDigits = 0, spaced = false
            for byte in bytes {
                let isDigit = byte &- 0x30 < 10
                if isDigit || (byte | 0x20) &- 0x61 < 26 {
                    run += 1; spacedRun += 1
                    if isDigit { digits += 1; spacedDigits += 1 }
                    spaced = false
                    if run >= 16 && digits >= 1 { codice = true }
                    if spacedRun >= 15 && spacedDigits >= 8 { iban = true }
                } else if byte == 0x20, !spaced, spacedRun > 0 {
                    spaced = true
                    run = 0; digits = 0
                } else {
                    run = 0; digits = 0; spacedRun = 0; spacedDigits = 0; spaced = false
                }
            }
            return (iban, codice)
        }

        /// Seven digits with at most three separator bytes between two of them; lead bytes of
        /// scripts that write digits of their own.
        static func phone(_ bytes: [UInt8]) -> PhoneNumber.Prescan {
            var numeralScript = false, run = 0, runStart = 0, gap = 0
            var clusters: [Range<Int>] = []
            for (i, b) in bytes.enumerated() {
                if b &- 0x30 < 10 {
                    if gap <= 3 && run > 0 { run += 1 } else { run = 1; runStart = i }
                    gap = 0
                    if run >= 7 { PhoneNumber.extendCluster(&clusters, start: runStart, end: i + 1) }
                } else if [0x20, 0x2D, 0x2E, 0x2F, 0x28, 0x29, 0x2B, 0x09].contains(b) {
                    gap += 1
                } else {
                    if PhoneNumber.isNumeralScriptLead(b) { numeralScript = true }
                    gap = 4
                }
            }
            return PhoneNumber.Prescan(numeralScript: numeralScript, clusters: clusters)
        }
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
