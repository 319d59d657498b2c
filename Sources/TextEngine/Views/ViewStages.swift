/// The character-level stages of the view pipelines. Each reads a view and writes the next one,
/// composing the map to the original as it goes.
enum ViewStages {
    /// Drops invisible characters (see `CharClass.invisible`).
    static func stripInvisible(_ view: MappedText) -> MappedText {
        foldCharacters(view, table: nil, stripInvisible: true, dropMarks: false)
    }

    /// Folds accented letters and drops combining marks that follow a letter of a script whose
    /// marks are diacritics; other scripts' marks (Thai vowels, kana voicing) stay.
    static func foldDiacritics(_ view: MappedText) -> MappedText {
        foldCharacters(view, table: .diacritics, stripInvisible: false, dropMarks: true)
    }

    /// Replaces each character by its confusable skeleton.
    static func foldConfusables(_ view: MappedText) -> MappedText {
        foldCharacters(view, table: .confusables, stripInvisible: false, dropMarks: false)
    }

    /// `stripInvisible`, `foldDiacritics` and `foldConfusables` in one pass.
    static func foldCharactersFully(_ view: MappedText) -> MappedText {
        foldCharacters(view, table: .diacriticsThenConfusables, stripInvisible: true, dropMarks: true)
    }

    /// One pass that replaces characters through `table`, drops invisible characters when
    /// `stripInvisible`, and drops combining marks after a diacritic-script letter when `dropMarks`.
    private static func foldCharacters(_ view: MappedText, table: FoldTable?, stripInvisible: Bool, dropMarks: Bool) -> MappedText {
        let classTable = CharClass.table
        return view.rewritten { input, out in
            var i = 0
            var runStart = 0
            var afterFoldableBase = false
            while i < input.count {
                let byte = input.bytes[i]
                if byte < 0x80 {
                    afterFoldableBase = true
                    guard let table else { i &+= 1; continue }
                    // Most ASCII maps to itself: skip it in a tight loop.
                    if !table.asciiChanges[Int(byte)] {
                        i &+= 1
                        while i < input.count, input.bytes[i] < 0x80, !table.asciiChanges[Int(input.bytes[i])] { i &+= 1 }
                        continue
                    }
                    if let replacement = table.replacementBytes(UInt32(byte)) {
                        out.copy(runStart..<i)
                        out.replace(i..<(i &+ 1), with: replacement)
                        runStart = i &+ 1
                    }
                    i &+= 1
                    continue
                }
                var (scalar, length) = input.scalar(at: i)
                if let table, scalar < 0x10000 {
                    // Most characters pass through unchanged: one read decides, and a tight
                    // loop skips a run of them.
                    var kind = table.passThrough[Int(scalar)]
                    if kind != 0 {
                        repeat {
                            afterFoldableBase = kind == FoldTable.passThroughBase
                            i &+= length
                            guard i < input.count, input.bytes[i] >= 0x80 else { break }
                            (scalar, length) = input.scalar(at: i)
                            kind = scalar < 0x10000 ? table.passThrough[Int(scalar)] : 0
                        } while kind != 0
                        continue
                    }
                }
                let classes = classTable.of(scalar)
                let drop: Bool
                if classes.contains(.mark) {
                    drop = dropMarks && afterFoldableBase
                } else {
                    drop = stripInvisible && classes.contains(.invisible)
                    if !drop { afterFoldableBase = classes.contains(.diacriticBase) }
                }
                if drop {
                    out.copy(runStart..<i)
                    runStart = i &+ length
                } else if let table, let replacement = table.replacementBytes(scalar) {
                    out.copy(runStart..<i)
                    out.replace(i..<(i &+ length), with: replacement)
                    runStart = i &+ length
                }
                i &+= length
            }
            out.copy(runStart..<input.count)
        }
    }
}
