import CICUShim

/// A Unicode normalization form, as ICU implements it.
public enum NormalizationForm: String, Sendable, CaseIterable, Codable {
    case nfc, nfd, nfkc, nfkd
    /// NFKC_Casefold: NFKC, full case folding, default-ignorable characters removed.
    case nfkcCaseFold = "nfkc_cf"

    var shimValue: Int32 {
        switch self {
        case .nfc: Int32(CLR_NFC)
        case .nfd: Int32(CLR_NFD)
        case .nfkc: Int32(CLR_NFKC)
        case .nfkd: Int32(CLR_NFKD)
        case .nfkcCaseFold: Int32(CLR_NFKC_CF)
        }
    }
}
