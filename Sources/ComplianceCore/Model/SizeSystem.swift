/// A clothing and shoe size system: the column of a size table a size is given in, and the one a
/// market's listings state sizes in (`locales/markets/<ID>.yaml`, `size_system`).
public enum SizeSystem: String, Sendable, Codable, CaseIterable {
    /// Continental European sizes (Paris points for shoes, EN 13402 style numbers for clothing).
    case eu = "EU"
    /// United States sizes (separate men's, women's and children's scales).
    case us = "US"
    /// United Kingdom sizes.
    case uk = "UK"
    /// Japanese sizes (JIS S 5037: foot length in centimetres for shoes; JIS 号 for clothing).
    case jp = "JP"
    /// Chinese sizes (GB/T 43293 Mondopoint millimetres for shoes; GB/T 1335 号型 for clothing).
    case cn = "CN"
    /// Korean sizes (millimetres for shoes; Korean numbers for clothing).
    case kr = "KR"
}
