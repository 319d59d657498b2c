/// National identification numbers whose structure or check digits can be verified.
public enum NationalIdentifier: String, Sendable, CaseIterable, Codable {
    /// 中国居民身份证 (GB 11643-1999): 17 digits with a birth date, then an ISO 7064 MOD 11-2 check.
    case cnResidentID = "cn_resident_id"
    /// US Social Security number: area, group and serial outside the never-issued ranges.
    case usSSN = "us_ssn"
    /// Brazil CPF: 11 digits, two mod-11 check digits.
    case brCPF = "br_cpf"
    /// Brazil CNPJ: 14 digits, two weighted mod-11 check digits.
    case brCNPJ = "br_cnpj"
    /// Korea resident registration number: birth date, sex/century digit, mod-11 check (only
    /// for numbers issued before October 2020; later ones are `plausible`).
    case krRRN = "kr_rrn"
    /// Spain DNI (8 digits and a letter) or NIE (X/Y/Z, 7 digits, a letter), mod 23.
    case esDNI = "es_dni"
    /// Italy codice fiscale: 16 characters with the odd/even check character.
    case itCodiceFiscale = "it_codice_fiscale"
    /// UK National Insurance number: allocated prefix, 6 digits, suffix A-D.
    case gbNINO = "gb_nino"
    /// Germany Steuerliche Identifikationsnummer: 11 digits, digit-frequency rule, ISO 7064 MOD 11,10.
    case deTaxID = "de_tax_id"
    /// Japan My Number (個人番号): 12 digits with a weighted mod-11 check digit.
    case jpMyNumber = "jp_my_number"
    /// India Aadhaar: 12 digits, not starting with 0 or 1, Verhoeff check.
    case inAadhaar = "in_aadhaar"
    /// France NIR (numéro de sécurité sociale): sex, year, month, department (2A/2B for
    /// Corsica), commune, order number, then the key 97 - (number mod 97).
    case frNIR = "fr_nir"
    /// UK NHS number: 10 digits, mod-11 check digit (a check digit of 10 is never issued).
    /// Written as 3-3-4 digits, it collides with telephone numbers: `plausible`, so it needs a
    /// context word such as "NHS".
    case gbNHS = "gb_nhs"

    /// Validates `text`, written with the separators usual for the identifier.
    public func validate(_ text: Substring) -> Validation {
        switch self {
        case .cnResidentID: NationalIDChecks.cnResidentID(text)
        case .usSSN: NationalIDChecks.usSSN(text)
        case .brCPF: NationalIDChecks.brCPF(text)
        case .brCNPJ: NationalIDChecks.brCNPJ(text)
        case .krRRN: NationalIDChecks.krRRN(text)
        case .esDNI: NationalIDChecks.esDNI(text)
        case .itCodiceFiscale: NationalIDChecks.itCodiceFiscale(text)
        case .gbNINO: NationalIDChecks.gbNINO(text)
        case .deTaxID: NationalIDChecks.deTaxID(text)
        case .jpMyNumber: NationalIDChecks.jpMyNumber(text)
        case .inAadhaar: NationalIDChecks.inAadhaar(text)
        case .frNIR: NationalIDChecks.frNIR(text)
        case .gbNHS: NationalIDChecks.gbNHS(text)
        }
    }
}

/// The algorithms behind `NationalIdentifier`.
enum NationalIDChecks {
    static func cnResidentID(_ text: Substring) -> Validation {
        guard let chars = Digits.compact(text, allowing: [" "]), chars.count == 18 else { return .invalid }
        var digits: [Int] = []
        for c in chars.prefix(17) {
            guard c >= 0x30 && c <= 0x39 else { return .invalid }
            digits.append(Int(c - 0x30))
        }
        guard (1...8).contains(digits[0]),
              Digits.isDate(year: Digits.number(digits[6..<10]), month: Digits.number(digits[10..<12]),
                            day: Digits.number(digits[12..<14])),
              (1800...2100).contains(Digits.number(digits[6..<10])) else { return .invalid }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let check = Array("10X98765432".utf8)[sum % 11]
        return chars[17] == check ? .valid : .invalid
    }

    static func usSSN(_ text: Substring) -> Validation {
        guard let d = Digits.values(text, allowing: [" ", "-"]), d.count == 9 else { return .invalid }
        let area = Digits.number(d[0..<3]), group = Digits.number(d[3..<5]), serial = Digits.number(d[5..<9])
        guard area != 0, area != 666, area < 900, group != 0, serial != 0 else { return .invalid }
        return .plausible
    }

    /// The mod-11 check digit used by CPF and CNPJ.
    private static func brCheck(_ digits: ArraySlice<Int>, weights: [Int]) -> Int {
        let r = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11
        return r < 2 ? 0 : 11 - r
    }

    static func brCPF(_ text: Substring) -> Validation {
        guard let d = Digits.values(text), d.count == 11, Set(d).count > 1 else { return .invalid }
        guard brCheck(d[0..<9], weights: Array((2...10).reversed())) == d[9],
              brCheck(d[0..<10], weights: Array((2...11).reversed())) == d[10] else { return .invalid }
        return .valid
    }

    static func brCNPJ(_ text: Substring) -> Validation {
        guard let d = Digits.values(text), d.count == 14, Set(d).count > 1 else { return .invalid }
        guard brCheck(d[0..<12], weights: [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) == d[12],
              brCheck(d[0..<13], weights: [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) == d[13] else { return .invalid }
        return .valid
    }

    static func krRRN(_ text: Substring) -> Validation {
        guard let d = Digits.values(text, allowing: [" ", "-"]), d.count == 13 else { return .invalid }
        let century: Int
        switch d[6] {
        case 1, 2, 5, 6: century = 1900
        case 3, 4, 7, 8: century = 2000
        case 9, 0: century = 1800
        default: return .invalid
        }
        guard Digits.isDate(year: century + Digits.number(d[0..<2]), month: Digits.number(d[2..<4]),
                            day: Digits.number(d[4..<6])) else { return .invalid }
        let weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        let sum = zip(d.prefix(12), weights).reduce(0) { $0 + $1.0 * $1.1 }
        if (11 - sum % 11) % 10 == d[12] { return .valid }
        // Numbers issued since October 2020 carry a random last digit: born 2020 or later.
        return century + Digits.number(d[0..<2]) >= 2020 ? .plausible : .invalid
    }

    static func esDNI(_ text: Substring) -> Validation {
        guard var chars = Digits.compact(text), chars.count == 9 else { return .invalid }
        switch chars[0] {
        case UInt8(ascii: "X"): chars[0] = UInt8(ascii: "0")
        case UInt8(ascii: "Y"): chars[0] = UInt8(ascii: "1")
        case UInt8(ascii: "Z"): chars[0] = UInt8(ascii: "2")
        default: break
        }
        var number = 0
        for c in chars.prefix(8) {
            guard c >= 0x30 && c <= 0x39 else { return .invalid }
            number = number * 10 + Int(c - 0x30)
        }
        return Array("TRWAGMYFPDXBNJZSQVHLCKE".utf8)[number % 23] == chars[8] ? .valid : .invalid
    }

    /// Values of characters in odd positions (1st, 3rd, ...) of a codice fiscale, A-Z and 0-9 alike.
    private static let cfOdd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]

    static func itCodiceFiscale(_ text: Substring) -> Validation {
        guard let chars = Digits.compact(text, allowing: [" "]), chars.count == 16 else { return .invalid }
        // Surname and name letters, birth year, month letter, day, place, check: digits of the
        // year, day and place may be replaced by letters (omocodia), so only the shape of the
        // letter positions is fixed.
        let letterPositions = [0, 1, 2, 3, 4, 5, 8, 11, 15]
        for i in letterPositions where !(chars[i] >= 0x41 && chars[i] <= 0x5A) { return .invalid }
        guard "ABCDEHLMPRST".utf8.contains(chars[8]) else { return .invalid }
        var sum = 0
        for (i, c) in chars.prefix(15).enumerated() {
            let index: Int
            if c >= 0x30 && c <= 0x39 { index = Int(c - 0x30) } else if c >= 0x41 && c <= 0x5A { index = Int(c - 0x41) } else { return .invalid }
            sum += i % 2 == 0 ? cfOdd[index] : index
        }
        return chars[15] == UInt8(0x41 + sum % 26) ? .valid : .invalid
    }

    static func gbNINO(_ text: Substring) -> Validation {
        guard let c = Digits.compact(text, allowing: [" "]), c.count == 9 else { return .invalid }
        let first = Character(Unicode.Scalar(c[0])), second = Character(Unicode.Scalar(c[1]))
        guard first.isLetter, second.isLetter, !"DFIQUV".contains(first), !"DFIOQUV".contains(second),
              !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].contains(String([first, second])),
              c[2..<8].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), "ABCD".utf8.contains(c[8]) else { return .invalid }
        return .plausible
    }

    static func deTaxID(_ text: Substring) -> Validation {
        guard let d = Digits.values(text, allowing: [" "]), d.count == 11, d[0] != 0 else { return .invalid }
        // Among the first ten digits exactly one digit repeats, two or three times.
        var counts = [Int](repeating: 0, count: 10)
        for digit in d.prefix(10) { counts[digit] += 1 }
        let repeated = counts.filter { $0 > 1 }
        guard repeated.count == 1, repeated[0] <= 3 else { return .invalid }
        var product = 10
        for digit in d.prefix(10) {
            var sum = (digit + product) % 10
            if sum == 0 { sum = 10 }
            product = (sum * 2) % 11
        }
        var check = 11 - product
        if check == 10 { check = 0 }
        return check == d[10] ? .valid : .invalid
    }

    static func jpMyNumber(_ text: Substring) -> Validation {
        guard let d = Digits.values(text, allowing: [" ", "-"]), d.count == 12 else { return .invalid }
        // Weights by position n counted from the right of the first 11 digits: n + 1 up to 6, n - 5 after.
        var sum = 0
        for n in 1...11 {
            let digit = d[11 - n]
            sum += digit * (n <= 6 ? n + 1 : n - 5)
        }
        let r = sum % 11
        // One check digit over twelve: one random number in eleven passes, and twelve-digit
        // product codes (UPC-A) are everywhere in listings. Reported only with a context word.
        return (r <= 1 ? 0 : 11 - r) == d[11] ? .plausible : .invalid
    }

    private static let verhoeffD: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]
    private static let verhoeffP: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ]

    /// Whether the Verhoeff check holds over all digits (check digit included).
    static func verhoeff(_ digits: [Int]) -> Bool {
        var c = 0
        for (i, digit) in digits.reversed().enumerated() { c = verhoeffD[c][verhoeffP[i % 8][digit]] }
        return c == 0
    }

    static func inAadhaar(_ text: Substring) -> Validation {
        guard let d = Digits.values(text, allowing: [" ", "-"]), d.count == 12, d[0] >= 2 else { return .invalid }
        // Verhoeff lets one random twelve-digit number in ten through: needs a context word.
        return verhoeff(d) ? .plausible : .invalid
    }

    static func frNIR(_ text: Substring) -> Validation {
        guard let c = Digits.compact(text, allowing: [" ", "-", "."]), c.count == 15 else { return .invalid }
        // Corsica: département 2A counts as 19, 2B as 18 in the key.
        var digits: [Int] = []
        for (i, ch) in c.enumerated() {
            if ch >= 0x30 && ch <= 0x39 { digits.append(Int(ch - 0x30)); continue }
            guard i == 6, c[5] == UInt8(ascii: "2"), ch == UInt8(ascii: "A") || ch == UInt8(ascii: "B") else { return .invalid }
            digits.append(-1)
        }
        let corsica: Int? = digits[6] == -1 ? (c[6] == UInt8(ascii: "A") ? 19 : 18) : nil
        guard [1, 2, 3, 4, 7, 8].contains(digits[0]) else { return .invalid }
        let month = Digits.number(digits[3..<5])
        // Months 01-12; 20 and 30-42 and 50-99 are used when the month of birth is unknown.
        guard (1...12).contains(month) || month == 20 || (30...42).contains(month) || (50...99).contains(month) else { return .invalid }
        var number = 0
        if let corsica {
            number = Digits.number(digits[0..<5]) * 100 + corsica
            number = number * 1_000_000 + Digits.number(digits[7..<13])
        } else {
            let department = Digits.number(digits[5..<7])
            guard department != 0, department != 20 else { return .invalid }
            number = Digits.number(digits[0..<13])
        }
        let key = Digits.number(digits[13..<15])
        return key == 97 - number % 97 ? .valid : .invalid
    }

    static func gbNHS(_ text: Substring) -> Validation {
        guard let d = Digits.values(text, allowing: [" ", "-"]), d.count == 10, Set(d).count > 1 else { return .invalid }
        let sum = zip(d.prefix(9), (2...10).reversed()).reduce(0) { $0 + $1.0 * $1.1 }
        let check = 11 - sum % 11
        if check == 10 { return .invalid }
        return (check == 11 ? 0 : check) == d[9] ? .plausible : .invalid
    }
}
