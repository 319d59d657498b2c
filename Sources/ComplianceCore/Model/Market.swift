import TextEngine

/// A market a listing is published in: its locales, the scripts its text is written in, and
/// the jurisdictions whose packs apply (DE -> EU and DE).
public struct Market: Sendable, Equatable {
    public let id: String
    /// BCP 47 locales, the first being the default for listings without one.
    public let locales: [String]
    public let scripts: Set<ScriptCode>
    public let jurisdictions: [String]

    public init(id: String, locales: [String], scripts: Set<ScriptCode>, jurisdictions: [String]) {
        self.id = id
        self.locales = locales
        self.scripts = scripts
        self.jurisdictions = jurisdictions
    }
}
