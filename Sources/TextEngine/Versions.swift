import CICUShim

/// Versions of the ICU library and data the engine runs on, for reports and `clearance version`.
public struct ICUVersions: Sendable, Equatable, Codable {
    /// ICU library version, e.g. "72.1".
    public let icu: String
    /// CLDR locale data version, e.g. "42.0".
    public let cldr: String
    /// Unicode character data version, e.g. "15.0".
    public let unicode: String

    /// Reads the versions from the linked ICU.
    public static let current: ICUVersions = {
        var icu = [CChar](repeating: 0, count: 32)
        var cldr = [CChar](repeating: 0, count: 32)
        var unicode = [CChar](repeating: 0, count: 32)
        var status: Int32 = 0
        clr_icu_version(&icu)
        clr_cldr_version(&cldr, &status)
        clr_unicode_version(&unicode)
        return ICUVersions(icu: decodeCString(icu), cldr: status > 0 ? "unknown" : decodeCString(cldr),
                           unicode: decodeCString(unicode))
    }()
}

/// Decodes a NUL-terminated C buffer as UTF-8.
func decodeCString(_ buffer: [CChar]) -> String {
    let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    return String(decoding: bytes, as: UTF8.self)
}
