import CICUShim

/// A per-code-point replacement table computed from ICU once per process.
///
/// Lookups cost one array read for the Basic Multilingual Plane (which includes ASCII) and a
/// dictionary read beyond it.
final class FoldTable: Sendable {
    /// For each BMP code point: 0 when it maps to itself, else `(poolStart + 1) << 8 | length`.
    private let bmp: [UInt32]
    private let supplementary: [UInt32: UInt32]
    /// The UTF-8 of every replacement, back to back.
    let pool: [UInt8]
    /// The number of code points that change.
    let count: Int

    /// Diacritics removed (Latin, Greek, Cyrillic, Armenian, Georgian, Arabic, Hebrew).
    static let diacritics = FoldTable(kind: Int32(CLR_FOLD_DIACRITICS), keep: { _ in false })
    /// UTS #39 confusable skeleton per code point, case folded. ASCII digits are left alone: the
    /// leetspeak view folds them, and only inside words.
    static let confusables = FoldTable(kind: Int32(CLR_FOLD_CONFUSABLE), keep: { (0x30...0x39).contains($0) })

    private init(kind: Int32, keep: (UInt32) -> Bool) {
        var entries = 8192
        var poolCapacity = 65536
        var codepoints: [Int32] = []
        var ends: [Int32] = []
        var raw: [UInt8] = []
        var produced = 0
        while true {
            codepoints = [Int32](repeating: 0, count: entries)
            ends = [Int32](repeating: 0, count: entries)
            raw = [UInt8](repeating: 0, count: poolCapacity)
            var needed: Int32 = 0
            var status: Int32 = 0
            produced = Int(raw.withUnsafeMutableBufferPointer { pool in
                pool.withMemoryRebound(to: CChar.self) {
                    clr_fold_table(kind, &codepoints, &ends, Int32(entries), $0.baseAddress, Int32(poolCapacity), &needed, &status)
                }
            })
            if status == Int32(CLR_BUFFER_OVERFLOW) {
                entries = max(entries, produced)
                poolCapacity = max(poolCapacity, Int(needed))
                continue
            }
            precondition(status <= 0, "ICU could not build fold table \(kind): \(String(cString: clr_error_name(status)))")
            break
        }
        var bmp = [UInt32](repeating: 0, count: 0x10000)
        var supplementary: [UInt32: UInt32] = [:]
        var start = 0
        var kept = 0
        for i in 0..<produced {
            let end = Int(ends[i])
            let scalar = UInt32(codepoints[i])
            defer { start = end }
            if keep(scalar) { continue }
            let packed = UInt32(start + 1) << 8 | UInt32(end - start)
            if scalar < 0x10000 { bmp[Int(scalar)] = packed } else { supplementary[scalar] = packed }
            kept += 1
        }
        self.bmp = bmp
        self.supplementary = supplementary
        self.pool = Array(raw[0..<start])
        self.count = kept
    }

    /// The replacement of `scalar` as a range of `pool`, or nil when it maps to itself.
    @inline(__always)
    func replacement(_ scalar: UInt32) -> Range<Int>? {
        let packed = scalar < 0x10000 ? bmp[Int(scalar)] : (supplementary[scalar] ?? 0)
        if packed == 0 { return nil }
        let start = Int(packed >> 8) - 1
        return start..<(start + Int(packed & 0xFF))
    }
}
