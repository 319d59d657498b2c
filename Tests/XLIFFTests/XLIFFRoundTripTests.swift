import SafeXML
import Testing
import XLIFF

@Suite struct XLIFFRoundTripTests {
    static let fixtures = ["okapi-2.0.xlf", "crowdin-2.0.xlf", "trados-1.2.xlf", "memoq-1.2.xlf"]

    func load(_ name: String) throws -> XLIFFDocument {
        try XLIFFDocument(parsing: Array(try Fixture.text("xliff/" + name).utf8), source: name)
    }

    /// The view with every line number set to 0: writing lays a document out anew.
    func positionless(_ files: [XLIFFFile]) -> [XLIFFFile] {
        files.map { file in
            var file = file
            file.line = 0
            file.groups = file.groups.map { var group = $0; group.line = 0; return group }
            file.units = file.units.map { unit in
                var unit = unit
                unit.line = 0
                unit.parts = unit.parts.map { var part = $0; part.sourceLine = 0; part.targetLine = part.targetLine.map { _ in 0 }; return part }
                return unit
            }
            return file
        }
    }

    @Test(arguments: fixtures)
    func treeAndViewSurviveWriting(_ name: String) throws {
        let document = try load(name)
        let again = try XLIFFDocument(parsing: Array(document.written().utf8), source: name)
        let sameTree = again.tree == document.tree
        #expect(sameTree)
        let sameView = positionless(again.files) == positionless(document.files)
        #expect(sameView)
        #expect(again.files.map(\.units.count) == document.files.map(\.units.count))
        #expect(again.version == document.version)
    }

    @Test func okapiStyleTwoPointZeroKeepsEveryUnitNoteSegmentAndCode() throws {
        let document = try load("okapi-2.0.xlf")
        #expect(document.version == .v2)
        #expect(document.files.map(\.id) == ["f1", "f2"])
        #expect(document.files.map(\.targetLanguage) == ["de", "de"])
        let file = document.files[0]
        #expect(file.notes == [XLIFFNote(id: nil, text: "Apparel catalog, spring & summer", category: "context", priority: 2, appliesTo: nil)])
        #expect(file.groups.map(\.name) == ["TS-001"])
        #expect(file.groups[0].notes.map(\.text) == ["Crew neck T-shirt"])
        #expect(file.units.map(\.key) == ["TS-001/description", "TS-001/features/1"])
        #expect(file.units.allSatisfy { $0.group == 0 })
        #expect(document.files[1].units.map(\.key) == ["u3"])
        let unit = file.units[0]
        #expect(unit.notes.map(\.text) == ["max 200 graphemes", "Keep \"Acme\" as it is."])
        #expect(unit.notes.map(\.appliesTo) == [nil, "target"])
        #expect(unit.parts.map(\.isIgnorable) == [false, true, false])
        #expect(unit.parts.map(\.state) == ["translated", nil, "initial"])
        let first = unit.parts[0]
        #expect(XLIFFInline.plainText(first.source) == "Soft combed cotton by Acme.")
        #expect(XLIFFInline.plainText(first.target ?? []) == "Weiche gekämmte Baumwolle von Acme.")
        #expect(XLIFFInline.codes(first.source).map(\.key) == ["pc#1", "pc#2"])
        guard case let .marker(marker, inner)? = first.source.dropLast().last else {
            Issue.record("the brand is not a marker: \(first.source)")
            return
        }
        #expect(marker.translate == false && marker.id == "m1" && inner == [.text("Acme")])
        #expect(XLIFFInline.codes(unit.parts[2].source).map(\.key) == ["ph#3"])
        #expect(unit.parts[2].target == nil)
        #expect(XLIFFInline.codes(file.units[1].parts[0].source).map(\.key) == ["sc#4", "ec#4"])
        let walls = document.files[1].units[0].parts[0].source
        #expect(XLIFFInline.plainText(walls) == "Keeps drinks cold for 24 hours \u{2014} 6\u{00A0}mm walls")
    }

    @Test func tradosStyleOnePointTwoReadsSegmentsNotesAndCodes() throws {
        let document = try load("trados-1.2.xlf")
        #expect(document.version == .v1_2)
        #expect(document.files.map(\.original) == ["catalog.json", "other.json"])
        #expect(document.files.map(\.targetLanguage) == ["ja-JP", "ja-JP"])
        let file = document.files[0]
        #expect(file.notes.map(\.category) == ["PM"])
        #expect(file.groups.map(\.name) == ["HP-011"])
        #expect(file.groups[0].notes.map(\.text) == ["type: headphones"])
        #expect(file.units.map(\.key) == ["HP-011/description", "HP-011/features/3"])
        let unit = file.units[0]
        #expect(unit.notes.map(\.appliesTo) == ["source"])
        #expect(unit.parts.map(\.id) == ["0", nil])
        #expect(unit.parts.map(\.isIgnorable) == [false, true])
        #expect(unit.parts[0].state == "translated")
        #expect(unit.parts[0].targetLanguage == "ja-JP")
        #expect(XLIFFInline.plainText(unit.parts[0].target ?? []) == "Auralisのワイヤレスオーバーイヤーヘッドホン、40時間のバッテリー。")
        #expect(XLIFFInline.codes(unit.parts[0].source).map(\.key) == ["g#1"])
        #expect(XLIFFInline.codes(unit.parts[1].source).map(\.key) == ["x#2"])
        let feature = file.units[1]
        #expect(XLIFFInline.codes(feature.parts[0].source).map(\.key) == ["bpt#5", "ept#5", "ph#6"])
        #expect(XLIFFInline.plainText(feature.parts[0].source) == "Fold-flat design with padded travel case ")
        #expect(feature.parts[0].state == "needs-review-translation")
        let other = document.files[1].units[0]
        #expect(XLIFFInline.codes(other.parts[0].source).map(\.key) == ["it#7", "ph#8"])
    }

    @Test func memoQStyleSegmentsPairWithTheirTargets() throws {
        let unit = try load("memoq-1.2.xlf").files[0].units[0]
        #expect(unit.segments.map(\.id) == ["1", "2"])
        #expect(unit.segments.map { XLIFFInline.plainText($0.target ?? []) } == ["Hält Getränke 24 Stunden kalt.", "Heiß für 12 Stunden."])
        #expect(unit.parts.map(\.isIgnorable) == [false, true, false])
    }

    /// The tree after a change equals the tree before it with only the element at `path` replaced.
    func expectOnlyChanged(_ before: XLIFFDocument, _ after: XLIFFDocument, at path: [Int]) throws {
        var expected = before.tree
        let changed = try #require(after.tree.root.element(at: path))
        expected.root.modifyElement(at: path[...]) { $0 = changed }
        #expect(expected == after.tree)
        #expect(before.tree != after.tree)
    }

    @Test func settingATwoPointZeroTargetChangesOnlyThatSegment() throws {
        let before = try load("okapi-2.0.xlf")
        var after = before
        let source = before.files[0].units[0].parts[2].source
        try after.setTarget(file: 0, unit: 0, part: 2, to: [.text("Bei 40 °C waschbar.")] + source.suffix(1), state: "translated")
        try expectOnlyChanged(before, after, at: before.files[0].units[0].parts[2].path)
        let reread = try XLIFFDocument(parsing: Array(after.written().utf8), source: "changed")
        let part = reread.files[0].units[0].parts[2]
        #expect(part.state == "translated")
        #expect(XLIFFInline.plainText(part.target ?? []) == "Bei 40 °C waschbar.")
        #expect(XLIFFInline.codes(part.target ?? []).map(\.key) == ["ph#3"])
        let unchanged = positionless(reread.files)[1] == positionless(before.files)[1]
            && positionless(reread.files)[0].units[0].parts[0] == positionless(before.files)[0].units[0].parts[0]
        #expect(unchanged)
        #expect(after.written().contains("<mtc:match ref=\"#s1\" similarity=\"87.5\" origin=\"tm\">"))
    }

    @Test func settingOnePointTwoTargetsAndStatesChangesOnlyThatUnit() throws {
        let before = try load("memoq-1.2.xlf")
        var after = before
        try after.setTarget(file: 0, unit: 0, part: 2, to: [.text("Heiß für 12 Stunden!")])
        try expectOnlyChanged(before, after, at: before.files[0].units[0].path)
        #expect(after.files[0].units[0].segments.map { XLIFFInline.plainText($0.target ?? []) }
                == ["Hält Getränke 24 Stunden kalt.", "Heiß für 12 Stunden!"])

        var trados = try load("trados-1.2.xlf")
        let original = trados
        try trados.setState(file: 0, unit: 1, part: 0, to: "signed-off")
        try expectOnlyChanged(original, trados, at: original.files[0].units[1].path)
        #expect(trados.files[0].units[1].parts[0].state == "signed-off")

        // A 1.2 unit without a target gets one after its source.
        try trados.setTarget(file: 1, unit: 0, part: 0, to: [.text("Tab und Ende")], state: "translated")
        #expect(trados.files[1].units[0].parts[0].target == [.text("Tab und Ende")])
        #expect(trados.written().contains("<target state=\"translated\">Tab und Ende</target>"))
    }

    @Test func aMissingPartOrAForeignRootIsAnError() throws {
        var document = try load("crowdin-2.0.xlf")
        #expect(throws: XLIFFError.self) { try document.setState(file: 0, unit: 9, part: 0, to: "final") }
        #expect {
            try XLIFFDocument(parsing: Array("<html>\n<body/></html>".utf8), source: "page.html")
        } throws: { error in
            "\(error)" == "page.html:1: the root element is <html>, not <xliff>"
        }
        #expect {
            try XLIFFDocument(parsing: Array("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\">\n<file id=\"f\">\n<unit/></file></xliff>".utf8), source: "u.xlf")
        } throws: { error in
            "\(error)" == "u.xlf:3: <unit> has no id"
        }
    }
}
