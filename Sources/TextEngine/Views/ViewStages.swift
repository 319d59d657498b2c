/// The character-level stages of the view pipelines. Each reads a view and writes the next one,
/// composing the map to the original as it goes.
enum ViewStages {
    /// Drops invisible characters (see `CharClass.invisible`).
    static func stripInvisible(_ view: MappedText) -> MappedText {
        view.rewritten { input, out in
            var i = 0
            var runStart = 0
            while i < input.count {
                if input.bytes[i] < 0x80 { i &+= 1; continue }
                let (scalar, length) = input.scalar(at: i)
                if CharClass.of(scalar).contains(.invisible) {
                    out.copy(input, runStart..<i)
                    runStart = i &+ length
                }
                i &+= length
            }
            out.copy(input, runStart..<input.count)
        }
    }

    /// Replaces every character that `table` maps.
    static func fold(_ view: MappedText, with table: FoldTable) -> MappedText {
        table.pool.withUnsafeBufferPointer { pool in
            view.rewritten { input, out in
                var i = 0
                var runStart = 0
                while i < input.count {
                    let (scalar, length) = input.scalar(at: i)
                    if let replacement = table.replacement(scalar) {
                        out.copy(input, runStart..<i)
                        out.replace(input, i..<(i &+ length), with: UnsafeBufferPointer(rebasing: pool[replacement]))
                        runStart = i &+ length
                    }
                    i &+= length
                }
                out.copy(input, runStart..<input.count)
            }
        }
    }

    /// Folds accented letters and drops combining marks that follow a letter of a script whose
    /// marks are diacritics; other scripts' marks (Thai vowels, kana voicing) stay.
    static func foldDiacritics(_ view: MappedText) -> MappedText {
        let table = FoldTable.diacritics
        return table.pool.withUnsafeBufferPointer { pool in
            view.rewritten { input, out in
                var i = 0
                var runStart = 0
                var afterFoldableBase = false
                while i < input.count {
                    if input.bytes[i] < 0x80 { afterFoldableBase = true; i &+= 1; continue }
                    let (scalar, length) = input.scalar(at: i)
                    let classes = CharClass.of(scalar)
                    if classes.contains(.mark) {
                        if afterFoldableBase {
                            out.copy(input, runStart..<i)
                            runStart = i &+ length
                        }
                    } else {
                        afterFoldableBase = classes.contains(.diacriticBase)
                        if let replacement = table.replacement(scalar) {
                            out.copy(input, runStart..<i)
                            out.replace(input, i..<(i &+ length), with: UnsafeBufferPointer(rebasing: pool[replacement]))
                            runStart = i &+ length
                        }
                    }
                    i &+= length
                }
                out.copy(input, runStart..<input.count)
            }
        }
    }
}
