import TextEngine

/// A detector candidate that passed its validation, on the original text.
public struct DetectedValue: Sendable, Equatable {
    public let span: TextSpan
    public let validation: Validation
    /// What the detector recognised, when it says more than the validation (a phone region).
    public var detail: String? = nil
}

/// Finds identifiers in a text: a loose pattern on the normalized view (full-width digits and
/// case folded) proposes candidates, the checksum validator decides, and context words nearby
/// raise or lower confidence.
public struct DetectorScanner: Sendable {
    public let kind: DetectorKind
    /// For `phone`: the regions whose plans apply (empty: all).
    public let regions: [PhoneRegion]
    private let candidates: ICURegex

    /// Candidate patterns over NFKC case-folded text; validators make the decision.
    static func pattern(for kind: DetectorKind) -> String {
        switch kind {
        case .paymentCard: #"(?<![\d])\d(?:[ -]?\d){11,18}(?![\d])"#
        case .iban: #"(?<![a-z0-9])[a-z]{2}\d{2}(?: ?[a-z0-9]){11,30}"#
        case .email: #"(?<![a-z0-9._%+-])[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![a-z0-9-])"#
        case .emailObfuscated: EmailObfuscation.pattern
        case .phone: "[0-9]"   // not used: the phone scanner tokenizes
        case let .nationalID(id):
            switch id {
            case .cnResidentID: #"(?<![\d])\d{17}[\dx](?![\dx])"#
            case .usSSN: #"(?<![\d])\d{3}[- ]\d{2}[- ]\d{4}(?![\d])"#
            case .brCPF: #"(?<![\d])\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![\d])"#
            case .brCNPJ: #"(?<![\d])\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2}(?![\d])"#
            case .krRRN: #"(?<![\d])\d{6}-?\d{7}(?![\d])"#
            case .esDNI: #"(?<![a-z0-9])[xyz]?-?\d{7,8}-?[a-z](?![a-z0-9])"#
            case .itCodiceFiscale:
                #"(?<![a-z0-9])[a-z]{6}[0-9lmnpqrstuv]{2}[a-z][0-9lmnpqrstuv]{2}[a-z][0-9lmnpqrstuv]{3}[a-z](?![a-z0-9])"#
            case .gbNINO: #"(?<![a-z0-9])[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d](?![a-z0-9])"#
            case .deTaxID: #"(?<![\d])\d{2} ?\d{3} ?\d{3} ?\d{3}(?![\d])"#
            case .jpMyNumber, .inAadhaar: #"(?<![\d])\d{4}[ -]?\d{4}[ -]?\d{4}(?![\d])"#
            case .frNIR: #"(?<![a-z0-9])[1-478][ .-]?\d{2}[ .-]?\d{2}[ .-]?(?:\d{2}|2[ab])[ .-]?\d{3}[ .-]?\d{3}[ .-]?\d{2}(?![a-z0-9])"#
            case .gbNHS: #"(?<![\d])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d])"#
            }
        }
    }

    public init(kind: DetectorKind, regions: [PhoneRegion] = []) throws {
        self.kind = kind
        self.regions = regions
        candidates = try ICURegex(Self.pattern(for: kind))
    }

    /// Validates one candidate as written.
    func validate(_ candidate: Substring) -> Validation {
        switch kind {
        case .paymentCard: PaymentCard.validate(candidate)
        case .iban: IBAN.validate(candidate)
        case .email: .valid
        case .emailObfuscated: EmailObfuscation.validate(candidate)
        case .phone: PhoneNumber.validate(candidate, regions: regions)?.validation ?? .invalid
        case let .nationalID(id): id.validate(candidate)
        }
    }

    /// The fewest ASCII digits a text needs to hold a value of this kind (after NFKC, which
    /// folds full-width and other decimal digits that are compatibility forms).
    var minimumDigits: Int {
        switch kind {
        case .paymentCard: 12
        case .iban: 2
        case .email, .emailObfuscated: 0
        case .phone: 7
        case let .nationalID(id):
            switch id {
            case .cnResidentID: 17
            case .usSSN: 9
            case .brCPF: 11
            case .brCNPJ: 14
            case .krRRN: 13
            case .esDNI: 7
            case .itCodiceFiscale: 0
            case .gbNINO: 6
            case .deTaxID: 11
            case .jpMyNumber, .inAadhaar: 12
            case .frNIR: 8   // 2A/2B interrupt the digits: eight still run together after them
            case .gbNHS: 10
            }
        }
    }

    /// A cheap test that rules out most texts before the regex runs: an `@` for email, a run of
    /// enough digits (single separators allowed) for the numeric identifiers.
    func mightMatch(_ bytes: [UInt8]) -> Bool {
        if kind == .email { return bytes.contains(UInt8(ascii: "@")) }
        if kind == .emailObfuscated { return !EmailObfuscation.windows(bytes).isEmpty }
        if minimumDigits == 0 && alphanumericRequirement == nil { return true }
        // Digits of one value run together, with at most one separator between two of them.
        return ByteCensus(bytes).passes(digitRun: minimumDigits, alphanumeric: alphanumericRequirement)
    }

    /// The values in `normalized` (a `TextView.normalized` view) that pass validation, on the
    /// original text.
    /// The digits in a row a value needs, when that is all the cheap test asks (cards and most
    /// national identifiers): the engine then answers it once per field for all of them
    /// (`ByteCensus`).
    public var digitRunRequirement: Int? {
        switch kind {
        case .paymentCard: minimumDigits
        case .nationalID(.itCodiceFiscale): nil
        case .nationalID: minimumDigits
        default: nil
        }
    }

    /// Which shared cheap test this detector's candidates need, if one: IBANs and codici fiscali
    /// need an alphanumeric run (`ByteCensus`).
    public var alphanumericRequirement: DetectorKind? {
        kind == .iban || kind == .nationalID(.itCodiceFiscale) ? kind : nil
    }

    public func scan(_ normalized: MappedText) throws -> [DetectedValue] {
        try scan(normalized, prefiltered: false)
    }

    /// The values in `normalized`; `prefiltered` when the caller already ran the cheap test.
    public func scan(_ normalized: MappedText, prefiltered: Bool) throws -> [DetectedValue] {
        try scan(normalized, prefiltered: prefiltered, phonePrescan: nil)
    }

    /// The values in `normalized`; for phone numbers, with the cheap scan the caller already ran.
    func scan(_ normalized: MappedText, prefiltered: Bool, phonePrescan: PhoneNumber.Prescan?) throws -> [DetectedValue] {
        if kind == .phone {
            let prescan = phonePrescan ?? ByteCensus(normalized.utf8).phone
            return PhoneNumber.scan(normalized.utf8, regions: regions, prescan: prescan).map { range, match in
                DetectedValue(span: normalized.originalSpan(ofUTF8: range), validation: match.validation,
                              detail: match.region.rawValue + (match.international ? " international" : " national"))
            }
        }
        let ranges: [Range<Int>]
        if kind == .emailObfuscated {
            // The pattern is costly to try at every position of long text: run it only around
            // what reads as an at sign (no window: no candidate, the cheap test).
            ranges = try ByteWindows.matches(of: candidates, in: normalized.utf8, windows: EmailObfuscation.windows(normalized.utf8),
                                             timeLimit: ICURegex.defaultTimeLimit)
        } else {
            guard prefiltered || mightMatch(normalized.utf8) else { return [] }
            ranges = try candidates.matches(in: normalized.text)
        }
        var found: [DetectedValue] = []
        for range in ranges {
            let bytes = normalized.utf8[range]
            var candidate = Substring(String(decoding: bytes, as: UTF8.self))
            var end = range.upperBound
            if kind == .iban {
                // The loose pattern may run into the next word: keep the country's length.
                guard let trimmed = Self.ibanPrefix(candidate) else { continue }
                end = range.lowerBound + trimmed.utf8.count
                candidate = trimmed
            }
            let validation = validate(candidate)
            guard validation != .invalid else { continue }
            found.append(DetectedValue(span: normalized.originalSpan(ofUTF8: range.lowerBound..<end), validation: validation))
        }
        return found
    }

    /// The leading part of an IBAN candidate that has its country's length, if it has one.
    static func ibanPrefix(_ candidate: Substring) -> Substring? {
        let country = candidate.prefix(2).uppercased()
        guard let length = IBAN.lengths[country] else { return nil }
        var count = 0
        var index = candidate.startIndex
        while index < candidate.endIndex, count < length {
            if candidate[index] != " " { count += 1 }
            index = candidate.index(after: index)
        }
        return count == length ? candidate[..<index] : nil
    }
}
