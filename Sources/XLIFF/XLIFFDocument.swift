import SafeXML

/// An XLIFF 2.0 or 1.2 document: the lossless tree it was read from and the common view
/// derived from it. Writing goes through the tree, so whatever the view does not model
/// (extensions, metadata, `alt-trans`, comments, other tools' attributes) is written back as read.
/// Changing a target changes that target in the tree, then derives the view again.
public struct XLIFFDocument: Sendable, Equatable {
    public private(set) var tree: XMLDocument
    public let version: XLIFFVersion
    /// The file or stream the document came from, for messages.
    public let source: String
    public private(set) var files: [XLIFFFile]

    /// Reads a document with SafeXML's limits: no network, no DTD, no entity declarations.
    /// - Throws: `XLIFFError` with the line and column of malformed XML, or naming what is
    ///   missing (a root other than `<xliff>`, a unit without id, a segment without source).
    public init(parsing bytes: [UInt8], source: String, maximumBytes: Int = SafeXML.defaultMaximumBytes) throws(XLIFFError) {
        let tree: XMLDocument
        do {
            tree = try SafeXML.parseDocument(bytes, source: source, maximumBytes: maximumBytes)
        } catch let error as XMLParseError {
            throw XLIFFError(error)
        } catch {
            throw XLIFFError(source: source, line: 0, message: "\(error)")
        }
        try self.init(tree: tree, source: source)
    }

    /// The view of a tree (one built by an exporter, or one parsed elsewhere).
    public init(tree: XMLDocument, source: String) throws(XLIFFError) {
        self.tree = tree
        self.source = source
        version = try XLIFFReader.version(of: tree.root, source: source)
        files = try XLIFFReader(version: version, namespace: tree.root.name.namespace, source: source).files(tree.root)
    }

    /// The document as XML text.
    public func written() -> String {
        XMLTreeWriter.write(tree)
    }

    /// Sets the target of part `part` (an index of `parts`) of unit `unit` of file `file`, and its
    /// state when `state` is given (2.0 segment `state`, 1.2 target `state`). Nothing else changes.
    /// - Throws: `XLIFFError` when there is no such part, or a 1.2 target lacks the segment marker.
    public mutating func setTarget(file: Int, unit: Int, part: Int, to content: [XLIFFInline], state: String? = nil) throws(XLIFFError) {
        let segment = try locate(file: file, unit: unit, part: part)
        let reader = XLIFFReader(version: version, namespace: tree.root.name.namespace, source: source)
        var failure: String?
        tree.root.modifyElement(at: segment.path[...]) { element in
            switch version {
            case .v2:
                Self.replaceTarget(in: &element, reader: reader, content: XLIFFInline.nodes(content))
                if let state, !segment.isIgnorable { element.setAttribute(XMLQName("state"), state) }
            case .v1_2:
                if let id = segment.id {
                    failure = Self.replaceSegmentTarget(in: &element, reader: reader, mid: id, content: XLIFFInline.nodes(content))
                } else {
                    Self.replaceTarget(in: &element, reader: reader, content: XLIFFInline.nodes(content))
                }
                if let state, let index = element.childElements.first(where: { reader.isCore($0.element, "target") })?.index {
                    element.modifyElement(at: [index]) { $0.setAttribute(XMLQName("state"), state) }
                }
            }
        }
        if let failure { throw XLIFFError(source: source, line: segment.sourceLine, message: failure) }
        files = try reader.files(tree.root)
    }

    /// Sets the state of a segment (2.0) or of its unit's target (1.2), leaving the rest as it is.
    /// - Parameter subState: a 2.0 `subState` (`clearance:qa-error`) set with the state; 1.2 has none.
    /// - Throws: `XLIFFError` when there is no such part, or (1.2) the unit has no target.
    public mutating func setState(file: Int, unit: Int, part: Int, to state: String, subState: String? = nil) throws(XLIFFError) {
        let segment = try locate(file: file, unit: unit, part: part)
        let reader = XLIFFReader(version: version, namespace: tree.root.name.namespace, source: source)
        var done = false
        tree.root.modifyElement(at: segment.path[...]) { element in
            switch version {
            case .v2:
                element.setAttribute(XMLQName("state"), state)
                if let subState { element.setAttribute(XMLQName("subState"), subState) }
                done = true
            case .v1_2:
                guard let index = element.childElements.first(where: { reader.isCore($0.element, "target") })?.index else { return }
                element.modifyElement(at: [index]) { $0.setAttribute(XMLQName("state"), state) }
                done = true
            }
        }
        guard done else { throw XLIFFError(source: source, line: segment.sourceLine, message: "no target to set the state of") }
        files = try reader.files(tree.root)
    }

    private func locate(file: Int, unit: Int, part: Int) throws(XLIFFError) -> XLIFFSegment {
        guard files.indices.contains(file), files[file].units.indices.contains(unit), files[file].units[unit].parts.indices.contains(part) else {
            throw XLIFFError(source: source, line: 0, message: "no part \(part) of unit \(unit) of file \(file)")
        }
        return files[file].units[unit].parts[part]
    }

    /// Replaces the children of the `<target>` of `element`, or adds a target after the source
    /// (after `seg-source` in 1.2), with the source's `xml:space`.
    private static func replaceTarget(in element: inout XMLTreeElement, reader: XLIFFReader, content: [XMLTreeNode]) {
        if let index = element.childElements.first(where: { reader.isCore($0.element, "target") })?.index {
            element.modifyElement(at: [index]) { $0.children = content }
            return
        }
        let anchor = element.childElements.last { reader.isCore($0.element, "seg-source") || reader.isCore($0.element, "source") }
        var target = XMLTreeElement(name: XMLQName("target", prefix: anchor?.element.name.prefix, namespace: reader.namespace), children: content)
        let space = XMLQName("space", prefix: "xml", namespace: XLIFFReader.xmlNamespace)
        if let preserve = anchor?.element.attribute("space", namespace: XLIFFReader.xmlNamespace) { target.setAttribute(space, preserve) }
        element.children.insert(.element(target), at: (anchor?.index ?? element.children.count - 1) + 1)
    }

    /// 1.2 with `seg-source`: replaces the children of the target's segment marker `mid`; a
    /// missing target is first made from `seg-source` with every segment marker emptied.
    private static func replaceSegmentTarget(in unit: inout XMLTreeElement, reader: XLIFFReader, mid: String, content: [XMLTreeNode]) -> String? {
        if !unit.childElements.contains(where: { reader.isCore($0.element, "target") }),
           let segmented = unit.childElements.first(where: { reader.isCore($0.element, "seg-source") })?.element {
            let emptied = segmented.children.map { node -> XMLTreeNode in
                guard case var .element(marker) = node, reader.isSegmentMarker(marker) else { return node }
                marker.children = []
                return .element(marker)
            }
            replaceTarget(in: &unit, reader: reader, content: emptied)
        }
        guard let target = unit.childElements.first(where: { reader.isCore($0.element, "target") }),
              let marker = target.element.childElements.first(where: { reader.isSegmentMarker($0.element) && $0.element.attribute("mid") == mid })
        else { return "the target has no segment marker mid=\"\(mid)\"" }
        unit.modifyElement(at: [target.index, marker.index]) { $0.children = content }
        return nil
    }
}
