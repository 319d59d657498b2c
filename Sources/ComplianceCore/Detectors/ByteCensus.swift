/// The cheap tests of the detectors, answered in one pass over a field's normalized bytes:
/// - the longest run of digits with at most one separator (space - . /) between two of them,
///   which cards and national ids compare with the digits a value needs;
/// - the alphanumeric runs: a codice fiscale is 16 letters and digits in a row with a digit
///   among them (seven digit positions all written as letters, omocodia, is left to chance: it
///   is vanishingly rare, and long words are not); an IBAN 15 or more, in groups with single
///   spaces, with at least eight digits;
/// - where seven digits come close for phone numbers (`PhoneNumber.Prescan`).
/// The engine computes it once per field; a detector used alone computes its own.
struct ByteCensus: Sendable {
    var longestDigitRun = 0
    var iban = false
    var codiceFiscale = false
    var phone = PhoneNumber.Prescan()

    /// What a byte is to the scans, as bits.
    private static let digit: UInt8 = 1, letter: UInt8 = 2, runSeparator: UInt8 = 4, phoneSeparator: UInt8 = 8, numeralLead: UInt8 = 16

    private static let classes: [UInt8] = (0..<256).map { byte in
        var bits: UInt8 = 0
        if byte >= 0x30 && byte <= 0x39 { bits |= digit }
        if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { bits |= letter }
        if [0x20, 0x2D, 0x2E, 0x2F].contains(byte) { bits |= runSeparator }
        if [0x20, 0x2D, 0x2E, 0x2F, 0x28, 0x29, 0x2B, 0x09].contains(byte) { bits |= phoneSeparator }
        if PhoneNumber.isNumeralScriptLead(UInt8(byte)) { bits |= numeralLead }
        return bits
    }

    init(_ bytes: [UInt8]) {
        // Digit run with single separators.
        var run = 0, separators = 0, longest = 0
        // Alphanumeric runs: without spaces (codice fiscale), with single spaces (IBAN).
        var alnumRun = 0, alnumDigits = 0, spacedRun = 0, spacedDigits = 0, spaced = false
        var iban = false, codice = false
        // Phone: digits with at most three separator bytes between two of them.
        var phoneRun = 0, phoneRunStart = 0, gap = 0, numeralScript = false
        var clusters: [Range<Int>] = []
        Self.classes.withUnsafeBufferPointer { classes in
        bytes.withUnsafeBufferPointer { bytes in
            let n = bytes.count
            var i = 0
            while i < n {
                let byte = bytes[i]
                let kind = classes[Int(byte)]
                // Runs of ASCII letters and of non-ASCII bytes (most of any text) in tight loops:
                // each byte of a run does the same to every scan, so the run is applied at once.
                if kind & Self.letter != 0 {
                    var j = i &+ 1
                    while j < n, classes[Int(bytes[j])] & Self.letter != 0 { j &+= 1 }
                    run = 0; separators = 0
                    alnumRun &+= j &- i; spacedRun &+= j &- i
                    spaced = false
                    if alnumRun >= 16 && alnumDigits >= 1 { codice = true }
                    if spacedRun >= 15 && spacedDigits >= 8 { iban = true }
                    gap = 4
                    i = j
                    continue
                }
                if byte >= 0x80 {
                    var j = i
                    var lead = false
                    while j < n, bytes[j] >= 0x80 {
                        lead = lead || classes[Int(bytes[j])] & Self.numeralLead != 0
                        j &+= 1
                    }
                    if lead { numeralScript = true }
                    run = 0; separators = 0
                    alnumRun = 0; alnumDigits = 0; spacedRun = 0; spacedDigits = 0; spaced = false
                    gap = 4
                    i = j
                    continue
                }
                defer { i &+= 1 }
                if kind & Self.digit != 0 {
                    run &+= 1
                    separators = 0
                    if run > longest { longest = run }
                    alnumRun &+= 1; spacedRun &+= 1; alnumDigits &+= 1; spacedDigits &+= 1
                    spaced = false
                    if alnumRun >= 16 && alnumDigits >= 1 { codice = true }
                    if spacedRun >= 15 && spacedDigits >= 8 { iban = true }
                    if gap <= 3 && phoneRun > 0 { phoneRun &+= 1 } else { phoneRun = 1; phoneRunStart = i }
                    gap = 0
                    if phoneRun >= 7 { PhoneNumber.extendCluster(&clusters, start: phoneRunStart, end: i + 1) }
                    continue
                }
                if separators == 0, run > 0, kind & Self.runSeparator != 0 {
                    separators = 1
                } else {
                    run = 0
                    separators = 0
                }
                if kind & Self.letter != 0 {
                    alnumRun &+= 1; spacedRun &+= 1
                    spaced = false
                    if alnumRun >= 16 && alnumDigits >= 1 { codice = true }
                    if spacedRun >= 15 && spacedDigits >= 8 { iban = true }
                } else if byte == 0x20, !spaced, spacedRun > 0 {
                    spaced = true
                    alnumRun = 0; alnumDigits = 0
                } else {
                    alnumRun = 0; alnumDigits = 0; spacedRun = 0; spacedDigits = 0; spaced = false
                }
                if kind & Self.phoneSeparator != 0 {
                    gap &+= 1
                } else {
                    if kind & Self.numeralLead != 0 { numeralScript = true }
                    gap = 4
                }
            }
        }}
        longestDigitRun = longest
        self.iban = iban
        codiceFiscale = codice
        phone = PhoneNumber.Prescan(numeralScript: numeralScript, clusters: clusters)
    }

    /// Whether a detector's cheap test holds: at least `digitRun` digits in a row, or the run an
    /// IBAN or a codice fiscale (`alphanumeric`) needs.
    func passes(digitRun: Int?, alphanumeric: DetectorKind?) -> Bool {
        if let kind = alphanumeric { return kind == .iban ? iban : codiceFiscale }
        if let needed = digitRun { return longestDigitRun >= needed }
        return true
    }
}
