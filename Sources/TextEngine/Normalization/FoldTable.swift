import CICUShim

/// A per-code-point replacement table computed from ICU once per process.
///
/// Lookups cost one read for the Basic Multilingual Plane (which includes ASCII) and a
/// dictionary read beyond it. Tables live for the whole process, so their storage is allocated
/// once and never freed.
final class FoldTable: Sendable {
    /// For each BMP code point: 0 when it maps to itself, else `(poolStart + 1) << 8 | length`.
    nonisolated(unsafe) private let bmp: UnsafeBufferPointer<UInt32>
    private let supplementary: [UInt32: UInt32]
    /// The UTF-8 of every replacement, back to back.
    nonisolated(unsafe) let pool: UnsafeBufferPointer<UInt8>
    /// The code points that change, in ascending order.
    let keys: [UInt32]
    /// For each ASCII byte, whether the table changes it (a tight loop skips the others).
    nonisolated(unsafe) let asciiChanges: UnsafeBufferPointer<Bool>
    /// For each BMP code point: 0 when a character stage must look at it (it changes, or is a
    /// mark or invisible), else `passThroughBase` or `passThroughOther` (whether it is a letter
    /// of a script whose marks are diacritics). One read decides most characters.
    nonisolated(unsafe) let passThrough: UnsafeBufferPointer<UInt8>
    static let passThroughBase: UInt8 = 2
    static let passThroughOther: UInt8 = 1

    /// Diacritics removed (Latin, Greek, Cyrillic, Armenian, Georgian, Arabic, Hebrew).
    static let diacritics = FoldTable(icuKind: Int32(CLR_FOLD_DIACRITICS), keep: { _ in false })
    /// UTS #39 confusable skeleton per code point, case folded. ASCII digits are left alone: the
    /// leetspeak view folds them, and only inside words.
    static let confusables = FoldTable(icuKind: Int32(CLR_FOLD_CONFUSABLE), keep: { (0x30...0x39).contains($0) })
    /// Diacritics removed, then the confusable skeleton: the two steps in one lookup.
    static let diacriticsThenConfusables = FoldTable(composing: diacritics, confusables)

    private convenience init(icuKind kind: Int32, keep: (UInt32) -> Bool) {
        var entries = 8192
        var poolCapacity = 65536
        while true {
            var codepoints = [Int32](repeating: 0, count: entries)
            var ends = [Int32](repeating: 0, count: entries)
            var raw = [UInt8](repeating: 0, count: poolCapacity)
            var needed: Int32 = 0
            var status: Int32 = 0
            let produced = Int(raw.withUnsafeMutableBufferPointer { pool in
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
            var mapping: [(UInt32, ArraySlice<UInt8>)] = []
            var start = 0
            for i in 0..<produced {
                let end = Int(ends[i])
                defer { start = end }
                if !keep(UInt32(codepoints[i])) { mapping.append((UInt32(codepoints[i]), raw[start..<end])) }
            }
            self.init(mapping)
            return
        }
    }

    /// `first`, then `second` on each scalar of the result.
    private convenience init(composing first: FoldTable, _ second: FoldTable) {
        let keys = Set(first.keys).union(second.keys).sorted()
        var mapping: [(UInt32, ArraySlice<UInt8>)] = []
        for key in keys {
            let afterFirst = first.replacement(key).map { Array(first.pool[$0]) } ?? Array(String(Unicode.Scalar(key)!).utf8)
            var result: [UInt8] = []
            for scalar in String(decoding: afterFirst, as: UTF8.self).unicodeScalars {
                if let r = second.replacement(scalar.value) { result += second.pool[r] } else { result += String(scalar).utf8 }
            }
            if result != Array(String(Unicode.Scalar(key)!).utf8) { mapping.append((key, result[...])) }
        }
        self.init(mapping)
    }

    private init(_ mapping: [(UInt32, ArraySlice<UInt8>)]) {
        let table = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: 0x10000)
        table.initialize(repeating: 0)
        let pool = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: mapping.reduce(0) { $0 + $1.1.count })
        var supplementary: [UInt32: UInt32] = [:]
        var used = 0
        for (scalar, bytes) in mapping {
            _ = UnsafeMutableBufferPointer(rebasing: pool[used..<(used + bytes.count)]).initialize(from: bytes)
            precondition(bytes.count < 256 && used < 1 << 23, "fold table entry out of range")
            let packed = UInt32(used + 1) << 8 | UInt32(bytes.count)
            if scalar < 0x10000 { table[Int(scalar)] = packed } else { supplementary[scalar] = packed }
            used += bytes.count
        }
        self.bmp = UnsafeBufferPointer(table)
        self.pool = UnsafeBufferPointer(pool)
        self.supplementary = supplementary
        self.keys = mapping.map(\.0)
        let ascii = UnsafeMutableBufferPointer<Bool>.allocate(capacity: 128)
        for byte in 0..<128 { ascii[byte] = table[byte] != 0 }
        self.asciiChanges = UnsafeBufferPointer(ascii)
        let passThrough = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 0x10000)
        for c in 0..<0x10000 {
            let classes = CharClass.of(UInt32(c))
            if table[c] != 0 || !classes.isDisjoint(with: [.mark, .invisible]) {
                passThrough[c] = 0
            } else {
                passThrough[c] = classes.contains(.diacriticBase) ? FoldTable.passThroughBase : FoldTable.passThroughOther
            }
        }
        self.passThrough = UnsafeBufferPointer(passThrough)
    }

    /// The replacement of `scalar` as a range of `pool`, or nil when it maps to itself.
    @inline(__always)
    func replacement(_ scalar: UInt32) -> Range<Int>? {
        let packed = scalar < 0x10000 ? bmp[Int(scalar)] : (supplementary[scalar] ?? 0)
        if packed == 0 { return nil }
        let start = Int(packed >> 8) &- 1
        return start..<(start &+ Int(packed & 0xFF))
    }

    /// The replacement of `scalar` as bytes, or nil when it maps to itself.
    @inline(__always)
    func replacementBytes(_ scalar: UInt32) -> UnsafeBufferPointer<UInt8>? {
        replacement(scalar).map { UnsafeBufferPointer(rebasing: pool[$0]) }
    }
}
