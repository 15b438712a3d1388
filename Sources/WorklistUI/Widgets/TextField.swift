/// A line of typed text and the cursor in it (a character offset), edited with the keys a
/// terminal user expects (issue 14): Left/Right/Home/End, Backspace/Delete at the cursor,
/// Ctrl-A/E (start, end), Ctrl-U (delete to the start), Ctrl-W (the word before),
/// Ctrl-K (delete to the end). Pure: the screens keep it, the view draws it.
public struct TextField: Equatable, Sendable {
    public private(set) var text: String
    /// 0…text.count: the character the next one typed goes before.
    public private(set) var cursor: Int

    public init(_ text: String = "", cursor: Int? = nil) {
        self.text = text
        self.cursor = min(max(0, cursor ?? text.count), text.count)
    }

    /// Applies an editing key; false when the key does not edit (the screen's own keys).
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .char(let c): insert(String(c))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = text.count
        case .backspace:
            guard cursor > 0 else { return true }
            remove(cursor - 1..<cursor)
        case .delete, .ctrl("d"):
            guard cursor < text.count else { return true }
            remove(cursor..<cursor + 1)
        case .ctrl("u"): remove(0..<cursor)
        case .ctrl("k"): remove(cursor..<text.count)
        case .ctrl("w"):
            // The spaces before the cursor, then the word before them.
            let before = Array(text.prefix(cursor))
            var start = before.count
            while start > 0, before[start - 1] == " " { start -= 1 }
            while start > 0, before[start - 1] != " " { start -= 1 }
            remove(start..<cursor)
        default: return false
        }
        return true
    }

    public mutating func insert(_ s: String) {
        let i = text.index(text.startIndex, offsetBy: cursor)
        text.insert(contentsOf: s, at: i)
        cursor += s.count
    }

    /// The word just before the cursor (a macro code), and a way to replace it.
    public var wordBeforeCursor: String {
        String(text.prefix(cursor).reversed().prefix { !$0.isWhitespace }.reversed())
    }

    public mutating func replaceWordBeforeCursor(with phrase: String) {
        let word = wordBeforeCursor
        remove(cursor - word.count..<cursor)
        insert(phrase)
    }

    private mutating func remove(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let lower = text.index(text.startIndex, offsetBy: range.lowerBound)
        let upper = text.index(text.startIndex, offsetBy: range.upperBound)
        text.removeSubrange(lower..<upper)
        if cursor >= range.upperBound { cursor -= range.count } else if cursor > range.lowerBound { cursor = range.lowerBound }
    }

    /// The text cut into lines of `width` columns for a box, and the cursor's (line, column):
    /// a field shows all it holds over several lines rather than scrolling sideways.
    public func lines(width: Int) -> (lines: [String], cursor: (line: Int, column: Int)) {
        guard width > 0 else { return ([text], (0, 0)) }
        var lines: [String] = [""], widths = [0]
        var cursorAt = (line: 0, column: 0)
        for (i, c) in text.enumerated() {
            if i == cursor { cursorAt = (lines.count - 1, widths[widths.count - 1]) }
            let w = DisplayWidth.of(c)
            if widths[widths.count - 1] + w > width {
                lines.append("")
                widths.append(0)
                if i == cursor { cursorAt = (lines.count - 1, 0) }
            }
            lines[lines.count - 1].append(c)
            widths[widths.count - 1] += w
        }
        if cursor >= text.count {
            if widths[widths.count - 1] >= width {
                lines.append("")
                widths.append(0)
            }
            cursorAt = (lines.count - 1, widths[widths.count - 1])
        }
        return (lines, cursorAt)
    }
}
