import SafeXML

/// The XLIFF versions read and written.
public enum XLIFFVersion: String, Sendable, CaseIterable {
    case v2 = "2.0"
    case v1_2 = "1.2"

    /// The namespace of the version's core elements.
    public var namespace: String {
        switch self {
        case .v2: "urn:oasis:names:tc:xliff:document:2.0"
        case .v1_2: "urn:oasis:names:tc:xliff:document:1.2"
        }
    }
}

/// A `<file>` of an XLIFF document, as the common view of 2.0 and 1.2 sees it.
public struct XLIFFFile: Sendable, Equatable {
    /// 2.0 `id`; nil in 1.2, whose files have none.
    public var id: String?
    /// `original`: the resource the file was extracted from.
    public var original: String?
    /// 2.0 `srcLang` of the document, 1.2 `source-language` of the file.
    public var sourceLanguage: String?
    /// 2.0 `trgLang` of the document, 1.2 `target-language` of the file.
    public var targetLanguage: String?
    public var notes: [XLIFFNote]
    /// The groups, outermost first, in document order.
    public var groups: [XLIFFGroup]
    /// The units (1.2 `trans-unit`s) in document order, inside groups or not.
    public var units: [XLIFFUnit]
    public var line: Int
}

/// A `<group>`.
public struct XLIFFGroup: Sendable, Equatable {
    public var id: String?
    /// 2.0 `name`, 1.2 `resname`.
    public var name: String?
    public var notes: [XLIFFNote]
    /// The position in `XLIFFFile.groups` of the group around this one.
    public var parent: Int?
    public var line: Int
}

/// A note, at file, group or unit level.
public struct XLIFFNote: Sendable, Equatable {
    public var id: String?
    public var text: String
    /// 2.0 `category`; 1.2 `from`.
    public var category: String?
    /// 1 (highest) to 10.
    public var priority: Int?
    /// 2.0 `appliesTo`, 1.2 `annotates`: `source`, `target` or (1.2) `general`.
    public var appliesTo: String?

    public init(id: String? = nil, text: String, category: String? = nil, priority: Int? = nil, appliesTo: String? = nil) {
        self.id = id
        self.text = text
        self.category = category
        self.priority = priority
        self.appliesTo = appliesTo
    }
}

/// A unit (1.2 `trans-unit`): one text to translate, in one or more segments.
public struct XLIFFUnit: Sendable, Equatable {
    public var id: String
    /// 2.0 `name`, 1.2 `resname`: the name of the resource in the original.
    public var name: String?
    /// False when the unit is marked `translate="no"`.
    public var translate: Bool
    public var notes: [XLIFFNote]
    /// Segments and the ignorable parts between them, in order.
    public var parts: [XLIFFSegment]
    /// The position in `XLIFFFile.groups` of the innermost group around the unit.
    public var group: Int?
    public var line: Int
    /// The path from the root element to the unit's element.
    public var path: [Int]

    /// The name the unit is known by: `name` when there is one, else `id`.
    public var key: String { name ?? id }

    /// The segments to translate, without the ignorable parts.
    public var segments: [XLIFFSegment] { parts.filter { !$0.isIgnorable } }
}

/// A segment or an ignorable part of a unit, with its source and its target.
public struct XLIFFSegment: Sendable, Equatable {
    /// 2.0 segment `id`, 1.2 `mid` of the segment marker.
    public var id: String?
    /// True for 2.0 `<ignorable>` and, in 1.2, the text between segment markers.
    public var isIgnorable: Bool
    public var source: [XLIFFInline]
    /// Nil when there is no target.
    public var target: [XLIFFInline]?
    /// 2.0 segment `state`, 1.2 target `state`.
    public var state: String?
    /// The target's own `xml:lang`, when it has one.
    public var targetLanguage: String?
    public var sourceLine: Int
    public var targetLine: Int?
    /// The path from the root element to the 2.0 `<segment>`/`<ignorable>`, or to the 1.2 `<trans-unit>`.
    public var path: [Int]
}
