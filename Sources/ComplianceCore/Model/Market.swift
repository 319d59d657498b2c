import TextEngine

/// A market a listing is published in: its locales, the scripts its text is written in, the
/// jurisdictions whose packs apply (DE -> EU and DE), and what listings there are priced and
/// measured in.
public struct Market: Sendable, Equatable {
    public let id: String
    /// The market's name in English ("Germany").
    public let name: String
    /// BCP 47 locales, the first being the default for listings without one.
    public let locales: [String]
    public let scripts: Set<ScriptCode>
    public let jurisdictions: [String]
    /// ISO 4217 code of the currency prices are shown in (`EUR`), when known.
    public let currency: String?
    /// The measurement system listings state quantities in (`TextEngine.UnitSystem`).
    public let unitSystem: UnitSystem?
    /// The size system listings state clothing and shoe sizes in, when known.
    public let sizeSystem: SizeSystem?
    /// The locales listings are made in for this market (`localize` makes one listing per
    /// locale): a subset of `locales`, the first locale when the market says nothing.
    public let requiredLocales: [String]
    /// The step converted prices are rounded to where retail prices keep to one ("0.05" in
    /// Switzerland, "1" in Sweden and Taiwan), as a decimal text; nil: the currency's digits.
    public let priceStep: String?

    public init(id: String, name: String? = nil, locales: [String], scripts: Set<ScriptCode>, jurisdictions: [String],
                currency: String? = nil, unitSystem: UnitSystem? = nil, sizeSystem: SizeSystem? = nil, requiredLocales: [String]? = nil,
                priceStep: String? = nil) {
        self.id = id
        self.name = name ?? id
        self.locales = locales
        self.scripts = scripts
        self.jurisdictions = jurisdictions
        self.currency = currency
        self.unitSystem = unitSystem
        self.sizeSystem = sizeSystem
        self.requiredLocales = requiredLocales ?? Array(locales.prefix(1))
        self.priceStep = priceStep
    }

    /// The same market with `locale` first, so what is made for it defaults to that locale.
    public func preferring(_ locale: String) -> Market {
        Market(id: id, name: name, locales: [locale] + locales.filter { $0 != locale }, scripts: scripts, jurisdictions: jurisdictions,
               currency: currency, unitSystem: unitSystem, sizeSystem: sizeSystem, requiredLocales: requiredLocales,
               priceStep: priceStep)
    }
}
