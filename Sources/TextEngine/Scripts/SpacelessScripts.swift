/// Scripts whose words run into each other (or into particles) without spaces.
public enum SpacelessScripts {
    /// Whether `scalar` is Han, Hiragana, Katakana or Hangul: next to one, a term needs no word
    /// boundary (`耐克` in `耐克鞋`, `나이키` in `나이키를`).
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        !CharClass.of(scalar.value).isDisjoint(with: [.cjk, .hangul])
    }
}
