import CICUShim

/// Region (country) names as CLDR writes them in a language, from system ICU.
public enum RegionNames {
    /// The name of `region` (ISO 3166 alpha-2 such as `PT`, or UN M.49 such as `419`) in the
    /// language of `locale`: `Portugal` in `de`, `ポルトガル` in `ja`, `البرتغال` in `ar`.
    /// - Throws: `TextEngineError.invalidArgument` when the code is not two letters or three
    ///   digits, or CLDR has no name for it.
    public static func name(of region: String, locale: String) throws -> String {
        do {
            return try ICUCall.string("clr_region_display_name", detail: region, initialCapacity: 64) { out, capacity, status in
                region.withCString { code in locale.withCString { clr_region_display_name(code, $0, out, capacity, status) } }
            }
        } catch let TextEngineError.icu(_, code, _, _) where code == Int32(CLR_ILLEGAL_ARGUMENT) {
            throw TextEngineError.invalidArgument("no region named \"\(region)\" in CLDR")
        }
    }
}
