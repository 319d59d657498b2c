import CICUShim

/// UTS #39 confusable detection: skeletons and confusable pairs.
public enum Confusables {
    /// The confusable skeleton of `text`: strings that look alike have equal skeletons, so
    /// `skeleton("раypal")` (Cyrillic р and а) equals `skeleton("paypal")`.
    /// - Throws: `TextEngineError.icu` if ICU's confusable data cannot be loaded.
    public static func skeleton(_ text: String) throws -> String {
        try ICUCall.withUTF8(text) { bytes, length in
            try ICUCall.string("clr_spoof_skeleton_utf8", initialCapacity: Int(length) + 16) { out, capacity, status in
                clr_spoof_skeleton_utf8(bytes, length, out, capacity, status)
            }
        }
    }

    /// How `a` and `b` are confusable; empty when they are not.
    /// - Throws: `TextEngineError.icu` if ICU's confusable data cannot be loaded.
    public static func confusability(_ a: String, _ b: String) throws -> ConfusableKinds {
        var status: Int32 = 0
        let flags = ICUCall.withUTF8(a) { aBytes, aLength in
            ICUCall.withUTF8(b) { bBytes, bLength in
                clr_spoof_confusable_utf8(aBytes, aLength, bBytes, bLength, &status)
            }
        }
        try ICUCall.check(status, "clr_spoof_confusable_utf8")
        return ConfusableKinds(rawValue: flags)
    }

    /// Whether `a` and `b` look alike (their skeletons are equal).
    public static func areConfusable(_ a: String, _ b: String) throws -> Bool {
        !(try confusability(a, b)).isEmpty
    }
}

/// The ways two strings are confusable (UTS #39 section 4).
public struct ConfusableKinds: OptionSet, Sendable, Hashable {
    public let rawValue: Int32

    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// Both strings are in the same single script ("rn" and "m").
    public static let singleScript = ConfusableKinds(rawValue: Int32(CLR_CONFUSABLE_SINGLE_SCRIPT))
    /// The strings are not in the same script ("раypal" and "paypal").
    public static let mixedScript = ConfusableKinds(rawValue: Int32(CLR_CONFUSABLE_MIXED_SCRIPT))
    /// Each string is in a single script, but not the same one ("раура" in Cyrillic and "paypa").
    public static let wholeScript = ConfusableKinds(rawValue: Int32(CLR_CONFUSABLE_WHOLE_SCRIPT))
}
