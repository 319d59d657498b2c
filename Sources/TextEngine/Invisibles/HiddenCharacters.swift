import CICUShim

/// A character a reader cannot see, or one that reorders what they see.
public struct HiddenCharacter: Sendable, Equatable, Codable {
    /// What kind of hiding it does.
    public enum Kind: String, Sendable, Codable {
        /// Bidi_Control: overrides, embeddings, isolates and marks that reorder text (Trojan Source).
        case bidiControl = "bidi_control"
        /// Zero-width, format or blank look-alike characters.
        case invisible
    }

    public let kind: Kind
    /// The code point, e.g. U+200B.
    public let scalar: UInt32
    /// Its Unicode name, e.g. "ZERO WIDTH SPACE".
    public let name: String
    public let span: TextSpan

    /// The code point written as `U+200B`.
    public var codePoint: String {
        let hex = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

/// Detection of hidden characters in a text as written.
public enum HiddenCharacters {
    /// Every bidi control and invisible character in `text`, in order.
    public static func find(in text: String) -> [HiddenCharacter] {
        // Most texts hold none: a byte scan with the class table rules that out first.
        var text = text
        let any = text.withUTF8 { bytes -> Bool in
            let reader = ScalarReader(bytes: bytes)
            let classes = CharClass.table
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    if !classes.of(UInt32(byte)).isDisjoint(with: [.bidiControl, .invisible]) { return true }
                    i &+= 1
                    continue
                }
                let (scalar, length) = reader.scalar(at: i)
                if !classes.of(scalar).isDisjoint(with: [.bidiControl, .invisible]) { return true }
                i &+= length
            }
            return false
        }
        guard any else { return [] }
        var found: [HiddenCharacter] = []
        var offset = 0
        var index = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            defer { offset += width; index += 1 }
            if scalar.value < 0x80 && scalar.value >= 0x20 { continue }
            let classes = CharClass.of(scalar.value)
            let kind: HiddenCharacter.Kind
            if classes.contains(.bidiControl) {
                kind = .bidiControl
            } else if classes.contains(.invisible) {
                kind = .invisible
            } else {
                continue
            }
            found.append(HiddenCharacter(kind: kind, scalar: scalar.value, name: name(of: scalar.value),
                                         span: TextSpan(utf8Range: offset..<(offset + width), scalarRange: index..<(index + 1),
                                                         text: String(scalar))))
        }
        return found
    }

    /// Whether a scalar is a bidi control or an invisible character.
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        !CharClass.of(scalar.value).isDisjoint(with: [.bidiControl, .invisible])
    }

    /// The Unicode name (or alias) of a code point; empty when it has none.
    public static func name(of scalar: UInt32) -> String {
        (try? ICUCall.string("clr_char_name", initialCapacity: 96) { out, capacity, status in
            clr_char_name(Int32(bitPattern: scalar), out, capacity, status)
        }) ?? ""
    }
}
