import TextEngine

/// The listings of the standard corpus in memory: one contiguous UTF-8 buffer for the C
/// reference and the same texts as Swift strings for the engine.
struct BenchCorpus: Sendable {
    let bytes: [UInt8]
    let offsets: [Int64]
    let lengths: [Int32]
    let texts: [String]
    var totalBytes: Int { lengths.reduce(0) { $0 + Int($1) } }

    init(data: some Collection<UInt8>, limit: Int?) throws {
        let text = try UTF8Validation.decode(data)
        var offsets: [Int64] = []
        var lengths: [Int32] = []
        var texts: [String] = []
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let limit, texts.count >= limit { break }
            let length = line.utf8.count
            if length > 0 {
                offsets.append(Int64(offset))
                lengths.append(Int32(length))
                texts.append(String(line))
            }
            offset += length + 1
        }
        self.bytes = Array(text.utf8)
        self.offsets = offsets
        self.lengths = lengths
        self.texts = texts
    }
}
