// The numbering plans the phone detector (PhoneNumber.swift) knows: regions, ranges of national
// significant numbers, and the plan of each region.

/// A region with a numbering plan.
public enum PhoneRegion: String, Sendable, CaseIterable, Codable, Comparable {
    case US, CA, GB, DE, FR, IT, ES, NL, PL, SE, JP, CN, KR, BR, MX, AU, IN, AE, SA, TH
    case TR, SG, HK, TW, CH, AT, BE, IE, PT, DK, NO, RU, ID, MY, VN, PH, NZ, ZA, IL

    public static func < (a: PhoneRegion, b: PhoneRegion) -> Bool { a.rawValue < b.rawValue }
}

/// One range of a numbering plan: national significant numbers that start with `lead` (a tiny
/// pattern: digits, `[a-b]` or `[abc]` classes, `|` between alternatives) and have one of the
/// `lengths`.
struct PhoneRange: Sendable {
    enum Kind: Sendable { case mobile, fixed, other }
    let lead: [[Set<Int>]]
    let lengths: ClosedRange<Int>
    let kind: Kind
    /// Whether the range is written nationally without the trunk prefix (Chinese and Indian
    /// mobiles, Brazilian numbers with the area code in parentheses).
    let bareNational: Bool
    /// Whether the range is open (area codes and subscriber numbers of varying length, as in
    /// German fixed lines): written nationally it is only `plausible`, needing a context word.
    let open: Bool

    init(_ lead: String, _ lengths: ClosedRange<Int>, _ kind: Kind, bare: Bool = false, open: Bool = false) {
        self.lead = lead.split(separator: "|").map(PhoneRange.parse)
        self.lengths = lengths
        self.kind = kind
        bareNational = bare
        self.open = open
    }

    static func parse(_ pattern: Substring) -> [Set<Int>] {
        var out: [Set<Int>] = []
        var chars = Array(pattern)[...]
        while let c = chars.popFirst() {
            if c == "[" {
                var set = Set<Int>()
                var previous: Int?
                while let d = chars.popFirst(), d != "]" {
                    if d == "-", let p = previous, let next = chars.popFirst()?.wholeNumberValue {
                        for v in p...next { set.insert(v) }
                        previous = nil
                    } else if let v = d.wholeNumberValue {
                        set.insert(v)
                        previous = v
                    }
                }
                out.append(set)
            } else if let v = c.wholeNumberValue {
                out.append([v])
            }
        }
        return out
    }

    func matches(_ digits: ArraySlice<Int>) -> Bool {
        guard lengths.contains(digits.count) else { return false }
        return lead.contains { pattern in
            pattern.count <= digits.count && zip(pattern, digits).allSatisfy { $0.0.contains($0.1) }
        }
    }
}

/// A region's numbering plan.
struct PhonePlan: Sendable {
    let countryCode: [Int]
    /// The national trunk prefix (`0`, `1` in NANP, `8` in Russia), if the region has one.
    let trunk: [Int]?
    let ranges: [PhoneRange]
    /// Whether national numbers of this region are short and unstructured enough that only a
    /// context word makes them a phone number (8-digit plans without a trunk prefix).
    let weakNational: Bool

    init(_ cc: String, trunk: String?, weak: Bool = false, _ ranges: [PhoneRange]) {
        countryCode = cc.compactMap(\.wholeNumberValue)
        self.trunk = trunk.map { $0.compactMap(\.wholeNumberValue) }
        self.ranges = ranges
        weakNational = weak
    }

    func range(for nsn: ArraySlice<Int>) -> PhoneRange? {
        ranges.first { $0.matches(nsn) }
    }
}

extension PhoneNumber {
    static let nanp = PhonePlan("1", trunk: "1", [
        // Area code NXX (no N9X, no N11), exchange NXX.
        PhoneRange("[2-9][0-8][0-9][2-9]", 10...10, .other, bare: true),
    ])

    /// Numbering plans (ITU-T E.164 national plans as published by the regulators; main ranges only).
    static let plans: [PhoneRegion: PhonePlan] = [
        .US: nanp,
        .CA: nanp,
        .GB: PhonePlan("44", trunk: "0", [
            PhoneRange("7[1-57-9]", 10...10, .mobile),
            PhoneRange("1", 9...10, .fixed), PhoneRange("2", 10...10, .fixed),
            PhoneRange("3[0347]", 10...10, .other), PhoneRange("80[08]", 9...10, .other),
            PhoneRange("8[47]", 10...10, .other),
        ]),
        .DE: PhonePlan("49", trunk: "0", [
            PhoneRange("15|16|17", 10...11, .mobile),
            PhoneRange("[2-9]", 6...11, .fixed, open: true),
        ]),
        .FR: PhonePlan("33", trunk: "0", [
            PhoneRange("6|7[3-9]", 9...9, .mobile),
            PhoneRange("[1-5]|9", 9...9, .fixed), PhoneRange("8", 9...9, .other),
        ]),
        .IT: PhonePlan("39", trunk: nil, [
            PhoneRange("3[1-9]", 9...10, .mobile),
            PhoneRange("0", 6...11, .fixed, open: true), PhoneRange("80", 9...10, .other),
        ]),
        .ES: PhonePlan("34", trunk: nil, [
            PhoneRange("6|7[1-4]", 9...9, .mobile),
            PhoneRange("[89][1-8]", 9...9, .fixed), PhoneRange("90", 9...9, .other),
        ]),
        .NL: PhonePlan("31", trunk: "0", [
            PhoneRange("6[1-58]", 9...9, .mobile),
            PhoneRange("[1-57]", 9...9, .fixed), PhoneRange("8[58]", 9...9, .other),
        ]),
        .PL: PhonePlan("48", trunk: nil, [
            PhoneRange("45|5[0137]|6[069]|7[2389]|88", 9...9, .mobile),
            PhoneRange("[1-9]", 9...9, .fixed),
        ]),
        .SE: PhonePlan("46", trunk: "0", [
            PhoneRange("7[02369]", 9...9, .mobile),
            PhoneRange("[1-689]", 7...9, .fixed, open: true),
        ]),
        .JP: PhonePlan("81", trunk: "0", [
            PhoneRange("[789]0", 10...10, .mobile),
            PhoneRange("[1-9][1-9]", 9...9, .fixed), PhoneRange("50", 10...10, .other),
        ]),
        .CN: PhonePlan("86", trunk: "0", [
            PhoneRange("1[3-9]", 11...11, .mobile, bare: true),
            PhoneRange("10|2", 10...10, .fixed), PhoneRange("[3-9]", 10...11, .fixed, open: true),
            PhoneRange("400|800", 10...10, .other, bare: true),
        ]),
        .KR: PhonePlan("82", trunk: "0", [
            PhoneRange("10", 10...10, .mobile), PhoneRange("1[16-9]", 9...10, .mobile),
            PhoneRange("2", 8...9, .fixed), PhoneRange("[3-6][1-5]", 9...10, .fixed),
            PhoneRange("70", 10...10, .other),
            PhoneRange("1[5-9][0-9][0-9]", 8...8, .other, bare: true),
        ]),
        .BR: PhonePlan("55", trunk: "0", [
            PhoneRange("[1-9][1-9]9", 11...11, .mobile, bare: true),
            PhoneRange("[1-9][1-9][2-5]", 10...10, .fixed, bare: true),
        ]),
        .MX: PhonePlan("52", trunk: nil, [
            PhoneRange("[2-9]", 10...10, .other),
            PhoneRange("1[2-9]", 11...11, .mobile),   // the former mobile prefix after +52
        ]),
        .AU: PhonePlan("61", trunk: "0", [
            PhoneRange("4", 9...9, .mobile),
            PhoneRange("[2378]", 9...9, .fixed), PhoneRange("1[38]00", 10...10, .other, bare: true),
        ]),
        .IN: PhonePlan("91", trunk: "0", [
            PhoneRange("[6-9]", 10...10, .mobile, bare: true),
            PhoneRange("[1-8]", 10...10, .fixed), PhoneRange("1800", 10...11, .other, bare: true),
        ]),
        .AE: PhonePlan("971", trunk: "0", [
            PhoneRange("5[024-8]", 9...9, .mobile),
            PhoneRange("[2-4679]", 8...8, .fixed), PhoneRange("800", 5...12, .other),
        ]),
        .SA: PhonePlan("966", trunk: "0", [
            PhoneRange("5", 9...9, .mobile),
            PhoneRange("1[1-9]", 9...9, .fixed), PhoneRange("800", 10...10, .other, bare: true),
            PhoneRange("92", 9...9, .other, bare: true),
        ]),
        .TH: PhonePlan("66", trunk: "0", [
            PhoneRange("[689]", 9...9, .mobile),
            PhoneRange("[2-7]", 8...8, .fixed),
        ]),
        .TR: PhonePlan("90", trunk: "0", [
            PhoneRange("5[0-5]", 10...10, .mobile),
            PhoneRange("[2-4]", 10...10, .fixed), PhoneRange("8[05]0", 10...10, .other),
        ]),
        .SG: PhonePlan("65", trunk: nil, weak: true, [
            PhoneRange("[89]", 8...8, .mobile), PhoneRange("6", 8...8, .fixed),
            PhoneRange("1800", 11...11, .other),
        ]),
        .HK: PhonePlan("852", trunk: nil, weak: true, [
            PhoneRange("[4-79]", 8...8, .mobile), PhoneRange("[23]", 8...8, .fixed),
        ]),
        .TW: PhonePlan("886", trunk: "0", [
            PhoneRange("9", 9...9, .mobile), PhoneRange("[2-8]", 8...9, .fixed),
        ]),
        .CH: PhonePlan("41", trunk: "0", [
            PhoneRange("7[5-9]", 9...9, .mobile), PhoneRange("[2-6]|8", 9...9, .fixed),
        ]),
        .AT: PhonePlan("43", trunk: "0", [
            PhoneRange("6[5-9]", 9...12, .mobile), PhoneRange("1", 6...12, .fixed, open: true),
            PhoneRange("[2-57]", 7...12, .fixed, open: true),
        ]),
        .BE: PhonePlan("32", trunk: "0", [
            PhoneRange("4[5-9]", 9...9, .mobile), PhoneRange("[1-9]", 8...8, .fixed),
        ]),
        .IE: PhonePlan("353", trunk: "0", [
            PhoneRange("8[35-9]", 9...9, .mobile), PhoneRange("1", 8...8, .fixed),
            PhoneRange("[2-79]", 8...9, .fixed, open: true),
        ]),
        .PT: PhonePlan("351", trunk: nil, [
            PhoneRange("9[1236]", 9...9, .mobile), PhoneRange("2", 9...9, .fixed),
            PhoneRange("80[08]", 9...9, .other),
        ]),
        .DK: PhonePlan("45", trunk: nil, weak: true, [PhoneRange("[2-9]", 8...8, .other)]),
        .NO: PhonePlan("47", trunk: nil, weak: true, [
            PhoneRange("[49]", 8...8, .mobile), PhoneRange("[2-37]|5", 8...8, .fixed),
        ]),
        .RU: PhonePlan("7", trunk: "8", [
            PhoneRange("9", 10...10, .mobile), PhoneRange("[3-8]", 10...10, .fixed),
        ]),
        .ID: PhonePlan("62", trunk: "0", [
            PhoneRange("8[1-9]", 9...12, .mobile), PhoneRange("[2-7]", 8...11, .fixed, open: true),
        ]),
        .MY: PhonePlan("60", trunk: "0", [
            PhoneRange("1[0-46-9]", 9...10, .mobile), PhoneRange("[3-9]", 8...9, .fixed),
        ]),
        .VN: PhonePlan("84", trunk: "0", [
            PhoneRange("[35789]", 9...9, .mobile), PhoneRange("2", 10...10, .fixed),
        ]),
        .PH: PhonePlan("63", trunk: "0", [
            PhoneRange("9", 10...10, .mobile), PhoneRange("[2-8]", 8...10, .fixed, open: true),
        ]),
        .NZ: PhonePlan("64", trunk: "0", [
            PhoneRange("2", 8...10, .mobile), PhoneRange("[3-79]", 8...8, .fixed),
            PhoneRange("800", 9...10, .other),
        ]),
        .ZA: PhonePlan("27", trunk: "0", [
            PhoneRange("[6-8]", 9...9, .mobile), PhoneRange("[1-5]", 9...9, .fixed),
        ]),
        .IL: PhonePlan("972", trunk: "0", [
            PhoneRange("5", 9...9, .mobile), PhoneRange("[2-489]", 8...8, .fixed),
        ]),
    ]
}
