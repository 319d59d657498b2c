import CICUShim

/// An ICU transform such as "Any-Latin; Latin-ASCII", "Han-Latin" or "Cyrillic-Latin".
///
/// Transforms are opened once per id and shared for the life of the process; each call works on
/// its own clone, so one `Transliterator` can be used from many tasks at once.
public struct Transliterator: Sendable {
    /// The ICU transform id this transliterator was created with.
    public let id: String
    private let handle: ShimHandle

    /// Opens (or reuses) the transform `id`.
    /// - Throws: `TextEngineError.invalidArgument` naming the id when ICU does not know it.
    public init(id: String) throws {
        var status: Int32 = 0
        let pointer = ICUCall.withUTF8(id) { bytes, length in clr_translit_get(bytes, length, &status) }
        guard status <= 0, let pointer else {
            let name = String(cString: clr_error_name(status))
            throw TextEngineError.invalidArgument("unknown transliterator id \"\(id)\" (\(name))")
        }
        self.id = id
        self.handle = ShimHandle(pointer)
    }

    /// Transliterates `text`.
    /// - Throws: `TextEngineError.icu` if the transform fails.
    public func transliterate(_ text: String) throws -> String {
        let pointer = handle.pointer
        return try ICUCall.withUTF8(text) { bytes, length in
            try ICUCall.string("clr_translit_utf8", detail: id, initialCapacity: Int(length) * 2) { out, capacity, status in
                clr_translit_utf8(pointer, bytes, length, out, capacity, status)
            }
        }
    }
}

/// A shim object that lives for the whole process and is safe to use from any thread.
final class ShimHandle: @unchecked Sendable {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }
}
