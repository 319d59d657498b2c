import Testing
@testable import ComplianceCore

/// Published example numbers (valid by their issuers' rules) and near misses: one digit
/// changed, one digit transposed, or a structure rule broken.
@Suite struct ValidatorTests {
    @Test(arguments: [
        ("4111 1111 1111 1111", Validation.valid),     // Visa test number
        ("5555-5555-5555-4444", .valid),               // Mastercard test number
        ("3782 822463 10005", .valid),                 // American Express test number
        ("6011111111111117", .valid),                  // Discover test number
        ("4111 1111 1111 1112", .invalid),             // Luhn fails
        ("1234 5678 9012 3456", .invalid),             // no issuer
        ("0000 0000 0000 0000", .invalid),
        ("4111-1111-1111-111x", .invalid),
    ])
    func paymentCards(text: String, expected: Validation) {
        #expect(PaymentCard.validate(Substring(text)) == expected, "\(text)")
    }

    @Test(arguments: [
        ("GB82 WEST 1234 5698 7654 32", Validation.valid),   // ISO 13616 example
        ("DE89 3704 0044 0532 0130 00", .valid),
        ("FR14 2004 1010 0505 0001 3M02 606", .valid),
        ("GB82 WEST 1234 5698 7654 33", .invalid),           // check fails
        ("DE89 3704 0044 0532 0130 0", .invalid),            // length for DE is 22
        ("XX82 WEST 1234 5698 7654 32", .invalid),           // no such country
    ])
    func ibans(text: String, expected: Validation) {
        #expect(IBAN.validate(Substring(text)) == expected, "\(text)")
    }

    @Test(arguments: [
        (NationalIdentifier.cnResidentID, "11010519491231002X", Validation.valid),
        (.cnResidentID, "110105194912310021", .invalid),      // check character
        (.cnResidentID, "11010519491331002X", .invalid),      // month 13
        (.usSSN, "123-45-6789", .plausible),
        (.usSSN, "666-45-6789", .invalid),
        (.usSSN, "912-45-6789", .invalid),
        (.usSSN, "123-00-6789", .invalid),
        (.brCPF, "529.982.247-25", .valid),
        (.brCPF, "529.982.247-26", .invalid),
        (.brCPF, "111.111.111-11", .invalid),
        (.brCNPJ, "11.222.333/0001-81", .valid),
        (.brCNPJ, "11.222.333/0001-82", .invalid),
        (.krRRN, "900101-1234568", .valid),
        (.krRRN, "900101-1234567", .invalid),
        (.krRRN, "901301-1234568", .invalid),                 // month 13
        (.krRRN, "210315-3123456", .plausible),               // born 2021: random last digit
        (.esDNI, "12345678Z", .valid),
        (.esDNI, "12345678A", .invalid),
        (.esDNI, "X1234567L", .valid),
        (.esDNI, "X-1234567-T", .invalid),
        (.itCodiceFiscale, "RSSMRA85T10A562S", .valid),
        (.itCodiceFiscale, "RSSMRA85T10A562T", .invalid),
        (.itCodiceFiscale, "RSSMRA85Z10A562S", .invalid),     // Z is no month letter
        (.gbNINO, "AB 12 34 56 C", .plausible),
        (.gbNINO, "QQ123456C", .invalid),                     // Q is never a first letter
        (.gbNINO, "GB123456A", .invalid),                     // GB prefix is not allocated
        (.gbNINO, "AB123456E", .invalid),
        (.deTaxID, "86095742719", .valid),
        (.deTaxID, "86095742718", .invalid),
        (.deTaxID, "12345678901", .invalid),                  // no repeated digit
        (.jpMyNumber, "123456789018", .plausible),   // one check digit over twelve: reported with a context word only
        (.jpMyNumber, "123456789012", .invalid),
        (.inAadhaar, "234123412346", .plausible),    // Verhoeff: as above
        (.inAadhaar, "234123412347", .invalid),
        (.inAadhaar, "123412341234", .invalid),               // cannot start with 1
    ])
    func nationalIdentifiers(kind: NationalIdentifier, text: String, expected: Validation) {
        #expect(kind.validate(Substring(text)) == expected, "\(kind) \(text)")
    }

    @Test func luhnAndVerhoeffCatchSingleDigitErrorsAndTranspositions() {
        let card = [4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
        #expect(PaymentCard.luhn(card))
        for i in card.indices {
            var changed = card
            changed[i] = (changed[i] + 3) % 10
            #expect(!PaymentCard.luhn(changed))
        }
        let aadhaar = [2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 6]
        #expect(NationalIDChecks.verhoeff(aadhaar))
        for i in 0..<(aadhaar.count - 1) where aadhaar[i] != aadhaar[i + 1] {
            var swapped = aadhaar
            swapped.swapAt(i, i + 1)
            #expect(!NationalIDChecks.verhoeff(swapped), "transposition at \(i)")
        }
    }
}

@Suite struct AlphanumericRunTests {
    /// The one-pass cheap test for IBAN and codice fiscale candidates.
    @Test(arguments: [
        ("IBAN DE89 3704 0044 0532 0130 00 please", true, false),   // spaced groups: no 16 in a row
        ("CF RSSMRA85T10A562S", false, true),
        ("Donaudampfschifffahrtsgesellschaft", false, false),
        ("GB82WEST12345698765432", true, true),
        ("short 12345", false, false),
        ("de89 3704 0044", false, false),
        ("", false, false),
    ])
    func onePassTest(_ text: String, iban: Bool, codiceFiscale: Bool) {
        let runs = ByteCensus(Array(text.lowercased().utf8))
        #expect(runs.iban == iban)
        #expect(runs.codiceFiscale == codiceFiscale)
    }
}
