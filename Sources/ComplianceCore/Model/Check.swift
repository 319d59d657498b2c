import TextEngine

/// What a rule looks for: a closed set of check kinds; a new kind is a new case, a decoding
/// branch and its engine code, and every `switch` over it must handle it.
public enum Check: Sendable, Equatable {
    /// Terms matched on the folded views (see `TermMatcher`).
    case terms(TermsCheck)
    /// An ICU regular expression with a time limit per match.
    case pattern(PatternCheck)
    /// A built-in detector with checksum validation.
    case detector(DetectorCheck)
    /// A field longer than the marketplace allows, counted in its unit.
    case length(LengthCheck)
    /// Characters outside the expected scripts, bidi controls, invisible characters.
    case script(ScriptCheck)
    /// A disclosure that must appear somewhere in the rule's fields when the rule applies.
    case required(RequiredCheck)
    /// Text that is not in the language(s) the market requires.
    case language(LanguageCheck)
    /// A claim in the text that the product data contradicts ("Made in USA", origin CN).
    case consistency(ConsistencyCheck)

    /// The kind's name as written in packs.
    public var kind: String {
        switch self {
        case .terms: "terms"
        case .pattern: "pattern"
        case .detector: "detector"
        case .length: "length"
        case .script: "script"
        case .required: "required"
        case .language: "language"
        case .consistency: "consistency"
        }
    }
}

public struct TermsCheck: Sendable, Equatable {
    /// Terms by language (`*` for any language); in trademark rules the keys may be marks,
    /// each with its aliases (authorizing the mark removes the whole list).
    public let terms: [String: [String]]
    public let allow: [String]
    public let boundary: BoundaryPolicy
    /// A stronger severity when a finding of other categories lies close to the match.
    public let escalate: Escalation?
    /// A milder severity when the match is named as what a product fits ("compatible with").
    public let nominative: NominativeUse?

    public init(terms: [String: [String]], allow: [String], boundary: BoundaryPolicy,
                escalate: Escalation? = nil, nominative: NominativeUse? = nil) {
        self.terms = terms
        self.allow = allow
        self.boundary = boundary
        self.escalate = escalate
        self.nominative = nominative
    }

    /// The same check with other terms (options kept).
    public func with(terms: [String: [String]]) -> TermsCheck {
        TermsCheck(terms: terms, allow: allow, boundary: boundary, escalate: escalate, nominative: nominative)
    }
}

/// `escalate: {near: [trademark], within: 40, severity: block}`: a match with a finding of one
/// of the `near` categories in the same field, at most `within` Unicode scalars away (counted
/// in the field as given, between the two spans), is reported with `severity`.
public struct Escalation: Sendable, Equatable {
    public let near: [FindingCategory]
    public let within: Int
    public let severity: Severity

    public init(near: [FindingCategory], within: Int, severity: Severity) {
        self.near = near
        self.within = within
        self.severity = severity
    }
}

/// `nominative: {phrases: [compatible with, ...], following: [対応], categories: [electronics], severity: warn}`:
/// in a listing whose category is one of `categories` (prefix match), a match right after one
/// of `phrases`, or right before one of `following`, with only spaces and punctuation between
/// (compared on the NFKC case-folded text), names what the product fits and is reported with
/// `severity`.
public struct NominativeUse: Sendable, Equatable {
    public let phrases: [String]
    public let following: [String]
    public let categories: [String]
    public let severity: Severity

    public init(phrases: [String], following: [String] = [], categories: [String], severity: Severity) {
        self.phrases = phrases
        self.following = following
        self.categories = categories
        self.severity = severity
    }
}

public struct PatternCheck: Sendable, Equatable {
    public let regex: String
    public let caseInsensitive: Bool
    public let unicodeWordBoundaries: Bool
    /// ICU time-limit units (about a millisecond each) per match attempt.
    public let timeLimit: Int
    /// Whether the regex runs on the text as written (case and width kept: "a capitalized
    /// word") instead of the NFKC case-folded view.
    public let onOriginal: Bool
    /// Literal strings (NFKC case-folded) of which the normalized text must hold at least one
    /// for the regex to run at all: a cheap byte search in front of an expensive pattern.
    public let prefilter: [String]
    /// Bytes on each side of a prefilter hit the regex is run on (0: the whole text). For
    /// costly patterns whose matches lie near a prefilter string.
    public let window: Int

    public init(regex: String, caseInsensitive: Bool, unicodeWordBoundaries: Bool, timeLimit: Int, onOriginal: Bool = false,
                prefilter: [String] = [], window: Int = 0) {
        self.regex = regex
        self.caseInsensitive = caseInsensitive
        self.unicodeWordBoundaries = unicodeWordBoundaries
        self.timeLimit = timeLimit
        self.onOriginal = onOriginal
        self.prefilter = prefilter.map { $0.normalized(.nfkcCaseFold) }
        self.window = window
    }

    /// Whether `normalized` (the NFKC case-folded text) may hold a match.
    public func mayMatch(normalized: [UInt8]) -> Bool {
        guard !prefilter.isEmpty else { return true }
        return prefilter.contains { normalized.firstRange(of: Array($0.utf8)) != nil }
    }
}

/// The built-in detectors.
public enum DetectorKind: Sendable, Equatable, Hashable {
    case paymentCard
    case iban
    case email
    /// E-mail addresses written to dodge filters: `name [at] mail [dot] com`, `name@mail。com`.
    case emailObfuscated
    /// Telephone numbers of the regions in the check's `regions` (all supported when empty).
    case phone
    case nationalID(NationalIdentifier)

    /// The name as written in packs: `payment_card`, `iban`, or a national identifier's name.
    public var name: String {
        switch self {
        case .paymentCard: "payment_card"
        case .iban: "iban"
        case .email: "email"
        case .emailObfuscated: "email_obfuscated"
        case .phone: "phone"
        case let .nationalID(kind): kind.rawValue
        }
    }

    public init?(name: String) {
        switch name {
        case "payment_card": self = .paymentCard
        case "iban": self = .iban
        case "email": self = .email
        case "email_obfuscated": self = .emailObfuscated
        case "phone": self = .phone
        default:
            guard let kind = NationalIdentifier(rawValue: name) else { return nil }
            self = .nationalID(kind)
        }
    }

    /// Every detector name, for error messages.
    public static var allNames: [String] {
        ["payment_card", "iban", "email", "email_obfuscated", "phone"] + NationalIdentifier.allCases.map(\.rawValue)
    }
}

public struct DetectorCheck: Sendable, Equatable {
    public let detector: DetectorKind
    /// Words near a candidate that make it personal data ("card", "卡号").
    public let raise: [String]
    /// Words near a candidate that make it something else ("model", "SKU", "型号").
    public let lower: [String]
    /// For `phone`: the regions whose numbering plans apply (empty: all supported).
    public let regions: [PhoneRegion]
    /// How many bytes on each side of a candidate `raise` and `lower` words are looked for.
    public let window: Int

    public static let defaultWindow = 48

    public init(detector: DetectorKind, raise: [String], lower: [String], regions: [PhoneRegion] = [],
                window: Int = DetectorCheck.defaultWindow) {
        self.detector = detector
        self.raise = raise
        self.lower = lower
        self.regions = regions
        self.window = window
    }
}

/// The unit a marketplace counts a length limit in.
public enum LengthUnit: String, Sendable, Codable, CaseIterable {
    case graphemes
    case utf8Bytes = "utf8_bytes"
    case utf16Units = "utf16_units"

    /// The length of `text` in this unit (graphemes by ICU's rules for `locale`).
    /// - Throws: `TextEngineError.icu` when ICU cannot segment the text.
    public func count(in text: String, locale: String) throws -> Int {
        switch self {
        case .utf8Bytes: text.utf8.count
        case .utf16Units: text.utf16.count
        case .graphemes: try Segmenter(locale: locale).graphemes(in: text).count
        }
    }
}

public struct LengthCheck: Sendable, Equatable {
    public let maximum: Int
    public let unit: LengthUnit

    public init(maximum: Int, unit: LengthUnit) {
        self.maximum = maximum
        self.unit = unit
    }
}

public struct ScriptCheck: Sendable, Equatable {
    /// ISO 15924 codes the text may use besides Common and Inherited (empty: any).
    public let allowed: [String]
    public let bidiControls: Bool
    public let invisibleCharacters: Bool

    public init(allowed: [String], bidiControls: Bool, invisibleCharacters: Bool) {
        self.allowed = allowed
        self.bidiControls = bidiControls
        self.invisibleCharacters = invisibleCharacters
    }
}

/// Text to look for, as terms (matched like a `terms` check, with every evasion defeated) or an
/// ICU regular expression on the normalized text, or both (either counts).
public struct TextEvidence: Sendable, Equatable {
    /// Terms by language (`*` for any language); may be empty when `regex` is given.
    public let terms: [String: [String]]
    public let boundary: BoundaryPolicy
    public let regex: PatternCheck?

    public init(terms: [String: [String]], boundary: BoundaryPolicy = .auto, regex: PatternCheck? = nil) {
        self.terms = terms
        self.boundary = boundary
        self.regex = regex
    }

    /// Every term, languages in order.
    public var allTerms: [String] { terms.keys.sorted().flatMap { terms[$0]! } }
}

public struct RequiredCheck: Sendable, Equatable {
    /// What satisfies the requirement when found in any of the rule's fields.
    public let evidence: TextEvidence

    public init(evidence: TextEvidence) {
        self.evidence = evidence
    }
}

public struct LanguageCheck: Sendable, Equatable {
    /// Language codes the text may be in (`de`, `fr`); empty: the languages of the market's locales.
    public let languages: [String]
    /// Fields with fewer words than this are not judged (model names, short titles).
    public let minimumWords: Int

    public init(languages: [String], minimumWords: Int) {
        self.languages = languages
        self.minimumWords = minimumWords
    }
}

public struct ConsistencyCheck: Sendable, Equatable {
    /// The claim in the text.
    public let claim: TextEvidence
    /// The attribute the claim must agree with (`origin`).
    public let attribute: String
    /// Values of the attribute that agree with the claim (compared ignoring case).
    public let expected: [String]
    /// Whether a claim with the attribute absent is reported (it cannot be verified).
    public let reportWhenMissing: Bool
    /// Whether every value of the attribute must agree (`100 % cotton` against
    /// `cotton, elastane`), rather than one of them.
    public let allValuesMustAgree: Bool

    public init(claim: TextEvidence, attribute: String, expected: [String], reportWhenMissing: Bool, allValuesMustAgree: Bool = false) {
        self.claim = claim
        self.attribute = attribute
        self.expected = expected
        self.reportWhenMissing = reportWhenMissing
        self.allValuesMustAgree = allValuesMustAgree
    }
}
