import SafeXML

/// Derives the common view of an XLIFF 2.0 or 1.2 document from its lossless tree.
struct XLIFFReader {
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    let version: XLIFFVersion
    /// The namespace of the core elements as the document uses it (nil for old 1.x without one).
    let namespace: String?
    let source: String

    /// The version of a document whose root is `root`.
    static func version(of root: XMLTreeElement, source: String) throws(XLIFFError) -> XLIFFVersion {
        guard root.name.local == "xliff" else {
            throw XLIFFError(source: source, line: root.line, message: "the root element is <\(root.name.qualified)>, not <xliff>")
        }
        let declared = root.attribute("version")
        if root.name.namespace == XLIFFVersion.v2.namespace { return .v2 }
        if root.name.namespace == XLIFFVersion.v1_2.namespace { return .v1_2 }
        if root.name.namespace == nil, let declared, ["1.0", "1.1", "1.2"].contains(declared) { return .v1_2 }
        throw XLIFFError(source: source, line: root.line,
                         message: "XLIFF version \(declared ?? "(none)") in namespace \(root.name.namespace ?? "(none)") is not read (2.0 and 1.2 are)")
    }

    func isCore(_ element: XMLTreeElement, _ local: String) -> Bool {
        element.name.local == local && element.name.namespace == namespace
    }

    func child(_ element: XMLTreeElement, _ local: String) -> (index: Int, element: XMLTreeElement)? {
        element.childElements.first { isCore($0.element, local) }
    }

    func files(_ root: XMLTreeElement) throws(XLIFFError) -> [XLIFFFile] {
        var files: [XLIFFFile] = []
        for (index, element) in root.childElements where isCore(element, "file") {
            var file: XLIFFFile
            switch version {
            case .v2:
                file = XLIFFFile(id: element.attribute("id"), original: element.attribute("original"),
                                 sourceLanguage: root.attribute("srcLang"), targetLanguage: root.attribute("trgLang"),
                                 notes: notes(of: element), groups: [], units: [], line: element.line)
                try walk(element, path: [index], group: nil, into: &file)
            case .v1_2:
                file = XLIFFFile(id: nil, original: element.attribute("original"), sourceLanguage: element.attribute("source-language"),
                                 targetLanguage: element.attribute("target-language"),
                                 notes: child(element, "header").map { notes(of: $0.element) } ?? [], groups: [], units: [], line: element.line)
                if let body = child(element, "body") {
                    try walk(body.element, path: [index, body.index], group: nil, into: &file)
                }
            }
            files.append(file)
        }
        return files
    }

    /// Notes of an element: 2.0 `<notes><note>`, 1.2 `<note>` children.
    func notes(of element: XMLTreeElement) -> [XLIFFNote] {
        let list: [XMLTreeElement]
        switch version {
        case .v2: list = child(element, "notes").map { $0.element.childElements.map(\.element).filter { isCore($0, "note") } } ?? []
        case .v1_2: list = element.childElements.map(\.element).filter { isCore($0, "note") }
        }
        return list.map { note in
            XLIFFNote(id: note.attribute("id"), text: note.textContent,
                      category: note.attribute(version == .v2 ? "category" : "from"),
                      priority: note.attribute("priority").flatMap { Int($0) },
                      appliesTo: note.attribute(version == .v2 ? "appliesTo" : "annotates"))
        }
    }

    func walk(_ container: XMLTreeElement, path: [Int], group: Int?, into file: inout XLIFFFile) throws(XLIFFError) {
        for (index, element) in container.childElements {
            if isCore(element, "group") {
                file.groups.append(XLIFFGroup(id: element.attribute("id"), name: element.attribute(version == .v2 ? "name" : "resname"),
                                              notes: notes(of: element), parent: group, line: element.line))
                try walk(element, path: path + [index], group: file.groups.count - 1, into: &file)
            } else if isCore(element, version == .v2 ? "unit" : "trans-unit") {
                file.units.append(try unit(element, path: path + [index], group: group))
            }
        }
    }

    func unit(_ element: XMLTreeElement, path: [Int], group: Int?) throws(XLIFFError) -> XLIFFUnit {
        guard let id = element.attribute("id") else {
            throw XLIFFError(source: source, line: element.line, message: "<\(element.name.qualified)> has no id")
        }
        return XLIFFUnit(id: id, name: element.attribute(version == .v2 ? "name" : "resname"), translate: element.attribute("translate") != "no",
                         notes: notes(of: element), parts: try parts(of: element, path: path), group: group, line: element.line, path: path)
    }

    func parts(of unit: XMLTreeElement, path: [Int]) throws(XLIFFError) -> [XLIFFSegment] {
        switch version {
        case .v2:
            var parts: [XLIFFSegment] = []
            for (index, element) in unit.childElements where isCore(element, "segment") || isCore(element, "ignorable") {
                guard let source = child(element, "source")?.element else {
                    throw XLIFFError(source: self.source, line: element.line, message: "<\(element.name.qualified)> has no <source>")
                }
                let target = child(element, "target")?.element
                parts.append(XLIFFSegment(id: element.attribute("id"), isIgnorable: element.name.local == "ignorable",
                                          source: inline(source.children), target: target.map { inline($0.children) },
                                          state: element.attribute("state"), targetLanguage: target?.attribute("lang", namespace: Self.xmlNamespace),
                                          sourceLine: source.line, targetLine: target?.line, path: path + [index]))
            }
            return parts
        case .v1_2:
            guard let source = child(unit, "source")?.element else {
                throw XLIFFError(source: self.source, line: unit.line, message: "<\(unit.name.qualified)> has no <source>")
            }
            let target = child(unit, "target")?.element
            let state = target?.attribute("state"), language = target?.attribute("lang", namespace: Self.xmlNamespace)
            if let segmented = child(unit, "seg-source")?.element, segmented.childElements.contains(where: { isSegmentMarker($0.element) }) {
                return segments(of: segmented, target: target, state: state, language: language, path: path)
            }
            return [XLIFFSegment(id: nil, isIgnorable: false, source: inline(source.children), target: target.map { inline($0.children) },
                                 state: state, targetLanguage: language, sourceLine: source.line, targetLine: target?.line, path: path)]
        }
    }

    func isSegmentMarker(_ element: XMLTreeElement) -> Bool {
        isCore(element, "mrk") && element.attribute("mtype") == "seg"
    }

    /// 1.2 segments: the `<mrk mtype="seg">` of `seg-source`, with what lies between them as
    /// ignorable parts; each target is the target's marker with the same `mid`.
    func segments(of segmented: XMLTreeElement, target: XMLTreeElement?, state: String?, language: String?, path: [Int]) -> [XLIFFSegment] {
        var parts: [XLIFFSegment] = []
        var between: [XMLTreeNode] = []
        func flush() {
            guard !between.isEmpty else { return }
            parts.append(XLIFFSegment(id: nil, isIgnorable: true, source: inline(between), target: nil, state: nil, targetLanguage: nil,
                                      sourceLine: segmented.line, targetLine: nil, path: path))
            between = []
        }
        for node in segmented.children {
            guard case let .element(element) = node, isSegmentMarker(element) else {
                between.append(node)
                continue
            }
            flush()
            let mid = element.attribute("mid")
            let translated = target?.childElements.map(\.element).first { isSegmentMarker($0) && $0.attribute("mid") == mid }
            parts.append(XLIFFSegment(id: mid, isIgnorable: false, source: inline(element.children), target: translated.map { inline($0.children) },
                                      state: state, targetLanguage: language, sourceLine: element.line, targetLine: translated?.line, path: path))
        }
        flush()
        return parts
    }

    /// Inline content from the children of a source, target, pair or marker.
    func inline(_ nodes: [XMLTreeNode]) -> [XLIFFInline] {
        nodes.map { node in
            guard case let .element(element) = node, element.name.namespace == namespace else {
                if case let .text(text) = node { return .text(text) }
                return .other(node)
            }
            var empty = element
            empty.children = []
            switch (version, element.name.local) {
            case (.v2, "ph"), (.v2, "sc"), (.v2, "ec"),
                 (.v1_2, "x"), (.v1_2, "bx"), (.v1_2, "ex"), (.v1_2, "ph"), (.v1_2, "bpt"), (.v1_2, "ept"), (.v1_2, "it"):
                return .code(XLIFFCode(element: element))
            case (.v2, "pc"), (.v1_2, "g"):
                return .pair(XLIFFCode(element: empty), inline(element.children))
            case (_, "mrk"):
                return .marker(XLIFFMarker(element: empty), inline(element.children))
            case (.v2, "sm"):
                return .markerStart(XLIFFMarker(element: element))
            case (.v2, "em"):
                return .markerEnd(XLIFFMarker(element: element))
            case (.v2, "cp"):
                let scalar = element.attribute("hex").flatMap { UInt32($0, radix: 16) }.flatMap(Unicode.Scalar.init)
                return .character(scalar, element)
            default:
                return .other(node)
            }
        }
    }
}
