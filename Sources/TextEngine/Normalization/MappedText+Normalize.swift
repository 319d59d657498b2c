import CICUShim

/// Normalization of UTF-8 buffers through the shim.
enum ICUNormalizer {
    /// The output of one normalization: bytes, and when asked for, each byte's source range.
    struct Output {
        var bytes: [UInt8]
        var start: [Int32]
        var end: [Int32]
    }

    /// Normalizes `source` (valid UTF-8). With `mapped`, `start`/`end` give each output byte's
    /// source byte range; otherwise they are empty.
    static func normalize(_ source: UnsafeBufferPointer<UInt8>, form: NormalizationForm, mapped: Bool) -> Output {
        let n = source.count
        var capacity = n + n / 2 + 16
        while true {
            var status: Int32 = 0
            var produced = 0
            var output = Output(bytes: [], start: [], end: [])
            let mapCapacity = mapped ? capacity : 0
            output.start = [Int32](unsafeUninitializedCapacity: mapCapacity) { s, sCount in
                output.end = [Int32](unsafeUninitializedCapacity: mapCapacity) { e, eCount in
                    output.bytes = [UInt8](unsafeUninitializedCapacity: capacity) { out, count in
                        produced = source.withMemoryRebound(to: CChar.self) { src in
                            out.withMemoryRebound(to: CChar.self) { out in
                                Int(clr_normalize_utf8(form.shimValue, src.baseAddress, Int32(n), out.baseAddress,
                                                       Int32(capacity), mapped ? s.baseAddress : nil,
                                                       mapped ? e.baseAddress : nil, &status))
                            }
                        }
                        count = status <= 0 ? produced : 0
                    }
                    eCount = mapped && status <= 0 ? produced : 0
                }
                sCount = mapped && status <= 0 ? produced : 0
            }
            if status == Int32(CLR_BUFFER_OVERFLOW) {
                capacity = produced
                continue
            }
            // Normalizing valid UTF-8 with a built-in normalizer fails only when memory runs out.
            precondition(status <= 0, "ICU normalization failed: \(String(cString: clr_error_name(status)))")
            return output
        }
    }
}

extension String {
    /// This text in the given normalization form (system ICU).
    public func normalized(_ form: NormalizationForm) -> String {
        var text = self
        let output = text.withUTF8 { ICUNormalizer.normalize($0, form: form, mapped: false) }
        return String(decoding: output.bytes, as: UTF8.self)
    }
}

extension MappedText {
    /// `text` normalized with ICU, mapped to `text`.
    static func normalizing(_ text: String, form: NormalizationForm) -> MappedText {
        var source = text
        let output = source.withUTF8 { ICUNormalizer.normalize($0, form: form, mapped: true) }
        return MappedText(original: text, utf8: output.bytes, originStart: output.start, originEnd: output.end)
    }

    /// `view` normalized with ICU, keeping the map to the original.
    static func normalizing(_ view: MappedText, form: NormalizationForm) -> MappedText {
        let output = view.utf8.withUnsafeBufferPointer { ICUNormalizer.normalize($0, form: form, mapped: true) }
        if view.isIdentity {
            return MappedText(original: view.original, utf8: output.bytes, originStart: output.start, originEnd: output.end)
        }
        let start = output.start.map { view.originStart[Int($0)] }
        let end = output.end.map { view.originEnd[Int($0) - 1] }
        return MappedText(original: view.original, utf8: output.bytes, originStart: start, originEnd: end)
    }
}
