/// A fast reader for the YAML subset the shipped library is written in, straight from UTF-8
/// bytes to the `YNode` tree `YAMLTree` would build through Yams, positions included.
///
/// It returns nil ("not sure") on anything outside the subset; `YAMLTree.parse` then takes the
/// Yams path, so every error message and unusual file reads exactly as before. Files it
/// accepts must give the very tree Yams gives; when in doubt it returns nil.
///
/// The subset: block mappings with plain keys, block sequences (indented or not), plain
/// scalars on one line, single- and double-quoted scalars (libyaml's escapes, folded over
/// lines), `>` and `|` block scalars with clip or `-` chomping, flow sequences and flow
/// mappings (with plain keys), comments and blank lines. Refused: tabs, CR, BOM, control
/// characters, NEL/LS/PS, document markers, directives, anchors, aliases, tags, `?` keys,
/// quoted or flow keys, duplicate keys, multi-line plain scalars, `+` chomping, explicit
/// block indentation, empty documents, and any syntax error.
///
/// Positions follow libyaml's marks as Yams reports them (1-based, columns in Unicode scalars):
/// a scalar at its first character (a quoted one at the quote, a block scalar at `>`/`|`), a
/// block mapping at its first key, a block sequence at its first `-`, a flow collection at
/// its bracket, and an empty value just after the `:` or `-` that introduces it.
struct SubsetYAMLReader {
    private let b: [UInt8]
    private let path: String
    private let maxNodes: Int
    /// The byte read next, the line it is on (1-based) and where that line starts.
    private var p = 0
    private var line = 1
    private var lineStart = 0
    private var nodes = 0
    private var depth = 0

    /// The tree of `file`, or nil when the file is not plainly inside the subset (or holds
    /// more than `maxNodes` values, so Yams' path reports it).
    static func read(_ file: SourceFile, maxNodes: Int = YAMLTree.maxNodes) -> YNode? {
        var reader = SubsetYAMLReader(b: Array(file.text.utf8), path: file.path, maxNodes: maxNodes)
        guard reader.bytesAreSimple() else { return nil }
        return reader.document()
    }

    private init(b: [UInt8], path: String, maxNodes: Int) {
        self.b = b
        self.path = path
        self.maxNodes = maxNodes
    }

    // MARK: Characters

    private static let space = UInt8(ascii: " "), newline = UInt8(ascii: "\n"), hash = UInt8(ascii: "#")
    private static let colon = UInt8(ascii: ":"), dash = UInt8(ascii: "-"), comma = UInt8(ascii: ",")

    /// One pass that refuses what would change how libyaml counts lines or columns, or what
    /// its reader rejects: tabs, CR, other C0/C1 controls, DEL, NEL, LS, PS, BOM/U+FEFF,
    /// U+FFFE/F; and lines starting with `---`, `...` or `%` (documents and directives).
    private func bytesAreSimple() -> Bool {
        let n = b.count
        var i = 0
        var atLineStart = true
        while i < n {
            let c = b[i]
            if atLineStart {
                if c == UInt8(ascii: "%") { return false }
                if i + 2 < n, (c == Self.dash || c == UInt8(ascii: ".")), b[i + 1] == c, b[i + 2] == c { return false }
            }
            atLineStart = c == Self.newline
            if c < 0x80 {
                if (c < 0x20 && c != Self.newline) || c == 0x7F { return false }
                i += 1
                continue
            }
            // Swift strings are valid UTF-8, so only the lead byte and the next two matter.
            if c == 0xC2, i + 1 < n, b[i + 1] < 0xA0 { return false }                 // U+0080–U+009F
            if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 { return false }
            if c == 0xEF, i + 2 < n, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return false } // U+FEFF
            if c == 0xEF, i + 2 < n, b[i + 1] == 0xBF, b[i + 2] >= 0xBE { return false } // U+FFFE/F
            i += 1
        }
        return true
    }

    /// Where byte `i` of the current line is, as Yams' Mark gives it: columns count scalars.
    private func location(_ i: Int) -> SourceLocation {
        var column = 1
        var j = lineStart
        while j < i {
            if b[j] & 0xC0 != 0x80 { column += 1 }
            j += 1
        }
        return SourceLocation(file: path, line: line, column: column)
    }

    private func at(_ i: Int) -> UInt8? { i < b.count ? b[i] : nil }

    /// `-` followed by a space, a line break or the end: a block sequence entry.
    private func isEntry(_ i: Int) -> Bool {
        guard at(i) == Self.dash else { return false }
        let next = at(i + 1)
        return next == nil || next == Self.space || next == Self.newline
    }

    private mutating func passNewline() {
        p += 1
        line += 1
        lineStart = p
    }

    private func leadingSpaces() -> Int {
        var i = p
        while at(i) == Self.space { i += 1 }
        return i - p
    }

    /// From a line start, past blank and comment-only lines; stops at the next line with
    /// content (p at its start) or the end.
    private mutating func skipBlankLines() {
        while p < b.count {
            var i = p
            while at(i) == Self.space { i += 1 }
            guard let c = at(i) else { p = i; return }
            if c == Self.hash {
                while let d = at(i), d != Self.newline { i += 1 }
            } else if c != Self.newline {
                return
            }
            p = i
            if p < b.count { passNewline() }
        }
    }

    /// The rest of a line after a value: spaces, then perhaps a comment (after a space),
    /// then the line break, which is passed. False for anything else.
    private mutating func finishLine() -> Bool {
        while at(p) == Self.space { p += 1 }
        if at(p) == Self.hash {
            guard p > lineStart, b[p - 1] == Self.space else { return false }
            while let c = at(p), c != Self.newline { p += 1 }
        }
        guard let c = at(p) else { return true }
        guard c == Self.newline else { return false }
        passNewline()
        return true
    }

    /// After spaces on this line: nothing more but perhaps a comment.
    private func restIsEmpty() -> Bool {
        var i = p
        while at(i) == Self.space { i += 1 }
        guard let c = at(i) else { return true }
        return c == Self.newline || (c == Self.hash && b[i - 1] == Self.space)
    }

    private mutating func counted(_ node: YNode) -> YNode? {
        nodes += 1
        return nodes > maxNodes ? nil : node
    }

    private func text(_ from: Int, _ to: Int) -> String {
        String(decoding: b[from..<to], as: UTF8.self)
    }

    // MARK: Block structure

    private mutating func document() -> YNode? {
        skipBlankLines()
        guard p < b.count else { return nil } // empty or only comments: Yams' path decides
        p += leadingSpaces()
        guard let root = blockNode(parent: -1) else { return nil }
        skipBlankLines()
        return p == b.count ? root : nil
    }

    /// A node starting at p, where the line so far is only spaces and `- ` entries: a
    /// sequence, a mapping or a value. `parent` is the indentation of the enclosing block
    /// collection (libyaml's `indent`), -1 at the root.
    private mutating func blockNode(parent: Int) -> YNode? {
        depth += 1
        defer { depth -= 1 }
        guard depth < 100 else { return nil }
        let column = p - lineStart // the line so far is ASCII
        if isEntry(p) { return blockSequence(indent: column) }
        if let (_, stop) = plain(from: p, flow: false), at(stop) == Self.colon { return blockMapping(indent: column) }
        return inlineValue(parent: parent)
    }

    /// The lines of a mapping whose keys are at column `indent`; p at the first key.
    /// Returns with p at the start of the first line that is not its own, or the end.
    private mutating func blockMapping(indent: Int) -> YNode? {
        let start = location(p)
        var entries: [YEntry] = []
        var keys = KeySet()
        while true {
            // A key: one line of plain text, then `:` and a space or line break (libyaml
            // allows a simple key at most 1024 characters).
            guard let (end, stop) = plain(from: p, flow: false), at(stop) == Self.colon, stop - p < 1000 else { return nil }
            let keyAt = location(p)
            let key = text(p, end)
            // Yams reports duplicates (equal text and tag) as an error; any equal text goes there.
            guard keys.isNew(key, among: entries) else { return nil }
            p = stop + 1
            let emptyAt = location(p)
            let value: YNode
            if restIsEmpty() {
                guard let v = valueOnNextLines(indent: indent, emptyAt: emptyAt, indentlessSequence: true) else { return nil }
                value = v
            } else {
                p += leadingSpaces()
                guard let v = inlineValue(parent: indent) else { return nil }
                value = v
            }
            entries.append(YEntry(key: key, keyAt: keyAt, value: value))
            skipBlankLines()
            guard p < b.count else { break }
            let k = leadingSpaces()
            if k < indent { break }
            guard k == indent else { return nil }
            p += k
        }
        return counted(YNode(kind: .mapping(entries), at: start))
    }

    /// The value of a `key:` or `-` with nothing after it on its line: the more-indented
    /// block on the next lines, for a key a sequence at the key's own column, or else an
    /// empty value (null) just after the indicator.
    private mutating func valueOnNextLines(indent: Int, emptyAt: SourceLocation, indentlessSequence: Bool) -> YNode? {
        guard finishLine() else { return nil }
        skipBlankLines()
        let k = leadingSpaces()
        if p < b.count, k > indent {
            p += k
            return blockNode(parent: indent)
        }
        if indentlessSequence, p < b.count, k == indent, isEntry(p + k) {
            p += k
            return blockSequence(indent: indent)
        }
        return counted(YNode(kind: .scalar("", plain: true), at: emptyAt))
    }

    /// A sequence whose `-` are at column `indent`; p at the first `-`. An indentless
    /// sequence (a mapping value at the mapping's own column) ends at the next key, which
    /// its mapping then reads; anywhere else such a line makes the caller refuse.
    private mutating func blockSequence(indent: Int) -> YNode? {
        let start = location(p)
        var items: [YNode] = []
        while true {
            p += 1
            let emptyAt = location(p)
            let item: YNode
            if restIsEmpty() {
                guard let v = valueOnNextLines(indent: indent, emptyAt: emptyAt, indentlessSequence: false) else { return nil }
                item = v
            } else {
                p += leadingSpaces()
                guard let v = blockNode(parent: indent) else { return nil }
                item = v
            }
            items.append(item)
            skipBlankLines()
            guard p < b.count else { break }
            let k = leadingSpaces()
            if k < indent { break }
            guard k == indent else { return nil }
            guard isEntry(p + k) else { break }
            p += k
        }
        return counted(YNode(kind: .sequence(items), at: start))
    }

    /// A value that starts at p, mid-line: a block scalar, a quoted scalar, a flow
    /// collection or a one-line plain scalar; the rest of its last line is passed.
    private mutating func inlineValue(parent: Int) -> YNode? {
        guard let c = at(p) else { return nil }
        let node: YNode?
        switch c {
        case UInt8(ascii: ">"), UInt8(ascii: "|"):
            return blockScalar(parent: parent) // passes its lines itself
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            node = quoted(parent: parent)
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            node = flowCollection(parent: parent)
        default:
            // A `:` here would make a key where no mapping may start (`a: b: c`).
            guard let (end, stop) = plain(from: p, flow: false), at(stop) != Self.colon else { return nil }
            node = counted(YNode(kind: .scalar(text(p, end), plain: true), at: location(p)))
            p = stop
        }
        guard let node, finishLine() else { return nil }
        return node
    }

    // MARK: Scalars

    /// One line of plain scalar from `i`: the end of its text (trailing spaces dropped) and
    /// where it stopped: at `:` before a space or line break, at ` #`, at the line end, or
    /// (in flow) at `,[]{}`. Nil when `i` cannot start a plain scalar, or in flow at a `:`
    /// libyaml refuses. Continuation lines are the caller's business (they are refused).
    private func plain(from i: Int, flow: Bool) -> (end: Int, stop: Int)? {
        guard let c = at(i) else { return nil }
        switch c {
        case Self.space, Self.newline, Self.hash, Self.colon, Self.comma,
             UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"),
             UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return nil
        case Self.dash:
            // `-5`, `-x`: plain; `- ` is an entry. In flow, keep to the obvious.
            guard let d = at(i + 1), d != Self.space, d != Self.newline else { return nil }
            if flow, isFlowIndicator(d) || d == Self.hash || d == Self.colon { return nil }
        default:
            break
        }
        var j = i, end = i
        while let d = at(j) {
            if d == Self.newline { break }
            if d == Self.space {
                j += 1
                if at(j) == Self.hash { break }
                continue
            }
            if d == Self.colon {
                let next = at(j + 1)
                if next == nil || next == Self.space || next == Self.newline { break }
                // libyaml refuses `x:` before a flow indicator or `?`; otherwise `:` is text.
                if flow, let next, isFlowIndicator(next) || next == UInt8(ascii: "?") { return nil }
            }
            if flow, isFlowIndicator(d) { break }
            j += 1
            end = j
        }
        return (end, j)
    }

    private func isFlowIndicator(_ c: UInt8) -> Bool {
        c == Self.comma || c == UInt8(ascii: "[") || c == UInt8(ascii: "]") || c == UInt8(ascii: "{") || c == UInt8(ascii: "}")
    }

    /// `>` or `|`, with clip or `-` chomping, folded as libyaml's scan_block_scalar does.
    /// The indentation is that of the first line with text, which must be deeper than
    /// `parent`; `+`, an explicit indentation and an empty scalar are refused.
    private mutating func blockScalar(parent: Int) -> YNode? {
        let start = location(p)
        let literal = b[p] == UInt8(ascii: "|")
        p += 1
        var strip = false
        if at(p) == Self.dash {
            strip = true
            p += 1
        }
        if let c = at(p), c != Self.space, c != Self.newline { return nil } // `+`, a digit, `>x`
        guard finishLine() else { return nil }
        // Leading empty lines; libyaml takes the deepest of them as the indentation.
        var breaks = 0
        var deepestEmpty = 0
        var indent = 0
        while true {
            let k = leadingSpaces()
            guard let c = at(p + k) else { return nil }
            if c != Self.newline {
                indent = k
                break
            }
            deepestEmpty = max(deepestEmpty, k)
            breaks += 1
            p += k
            passNewline()
        }
        guard indent > parent, indent >= 1, deepestEmpty <= indent else { return nil }
        var out: [UInt8] = []
        var leadingBreak = false
        var leadingBlank = false
        // p at the start of a line with text at column `indent`.
        lines: while true {
            p += indent
            let trailingBlank = b[p] == Self.space
            if !literal && leadingBreak && !leadingBlank && !trailingBlank {
                if breaks == 0 { out.append(Self.space) }
            } else if leadingBreak {
                out.append(Self.newline)
            }
            leadingBreak = false
            out.append(contentsOf: repeatElement(Self.newline, count: breaks))
            breaks = 0
            leadingBlank = trailingBlank
            let from = p
            while let c = at(p), c != Self.newline { p += 1 }
            out.append(contentsOf: b[from..<p])
            guard p < b.count else { break }
            leadingBreak = true
            passNewline()
            // Empty lines (at most `indent` spaces) count as breaks; a line less indented
            // with text ends the scalar.
            while true {
                var k = 0
                while k < indent, at(p + k) == Self.space { k += 1 }
                guard let c = at(p + k) else {
                    p += k
                    break lines
                }
                if c == Self.newline {
                    breaks += 1
                    p += k
                    passNewline()
                    continue
                }
                if k == indent { continue lines }
                break lines // p stays at the line start
            }
        }
        if !strip && leadingBreak { out.append(Self.newline) }
        // At the end of the file, p may sit after spaces on a last line: nothing follows.
        return counted(YNode(kind: .scalar(String(decoding: out, as: UTF8.self), plain: false), at: start))
    }

    /// A single- or double-quoted scalar, folded over lines as libyaml's scan_flow_scalar
    /// does; p passes the closing quote. Lines after the first must be indented deeper than
    /// `parent`. An escaped line break is refused.
    private mutating func quoted(parent: Int) -> YNode? {
        let start = location(p)
        let quote = b[p]
        let single = quote == UInt8(ascii: "'")
        p += 1
        var out: [UInt8] = []
        while true {
            guard p < b.count else { return nil }
            // Characters up to a blank.
            while let c = at(p), c != Self.space, c != Self.newline {
                if single && c == quote {
                    guard at(p + 1) == quote else { break }
                    out.append(quote)
                    p += 2
                } else if c == quote {
                    break
                } else if !single && c == UInt8(ascii: "\\") {
                    guard escape(into: &out) else { return nil }
                } else {
                    out.append(c)
                    p += 1
                }
            }
            if at(p) == quote {
                p += 1
                break
            }
            // Blanks: spaces kept within a line, dropped around a break; one break folds
            // to a space, n breaks to n-1 newlines.
            var spaces = 0
            var crossedLine = false
            var breaks = 0
            while let c = at(p), c == Self.space || c == Self.newline {
                if c == Self.space {
                    if !crossedLine { spaces += 1 }
                } else if !crossedLine {
                    crossedLine = true
                } else {
                    breaks += 1
                }
                if c == Self.newline { passNewline() } else { p += 1 }
            }
            if crossedLine {
                guard p < b.count, p - lineStart > parent else { return nil }
                if breaks == 0 {
                    out.append(Self.space)
                } else {
                    out.append(contentsOf: repeatElement(Self.newline, count: breaks))
                }
            } else {
                out.append(contentsOf: repeatElement(Self.space, count: spaces))
            }
        }
        return counted(YNode(kind: .scalar(String(decoding: out, as: UTF8.self), plain: false), at: start))
    }

    /// One double-quoted escape at p (the backslash), as libyaml decodes it.
    private mutating func escape(into out: inout [UInt8]) -> Bool {
        guard let c = at(p + 1) else { return false }
        var code: UInt32
        var digits = 0
        switch c {
        case UInt8(ascii: "0"): code = 0
        case UInt8(ascii: "a"): code = 7
        case UInt8(ascii: "b"): code = 8
        case UInt8(ascii: "t"): code = 9
        case UInt8(ascii: "n"): code = 10
        case UInt8(ascii: "v"): code = 11
        case UInt8(ascii: "f"): code = 12
        case UInt8(ascii: "r"): code = 13
        case UInt8(ascii: "e"): code = 0x1B
        case UInt8(ascii: " "): code = 0x20
        case UInt8(ascii: "\""): code = 0x22
        case UInt8(ascii: "/"): code = 0x2F
        case UInt8(ascii: "\\"): code = 0x5C
        case UInt8(ascii: "N"): code = 0x85
        case UInt8(ascii: "_"): code = 0xA0
        case UInt8(ascii: "L"): code = 0x2028
        case UInt8(ascii: "P"): code = 0x2029
        case UInt8(ascii: "x"): code = 0; digits = 2
        case UInt8(ascii: "u"): code = 0; digits = 4
        case UInt8(ascii: "U"): code = 0; digits = 8
        default: return false // unknown, or a line break (refused)
        }
        p += 2
        for _ in 0..<digits {
            guard let d = at(p), let v = hexValue(d) else { return false }
            code = code << 4 + v
            p += 1
        }
        guard let scalar = Unicode.Scalar(code) else { return false } // surrogates, > U+10FFFF
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
        return true
    }

    private func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(c - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    // MARK: Flow collections

    /// `[…]` or `{…}` at p, possibly over several lines (each deeper than `parent`); p
    /// passes the closing bracket. Flow mappings take plain keys with a value each.
    private mutating func flowCollection(parent: Int) -> YNode? {
        depth += 1
        defer { depth -= 1 }
        guard depth < 100 else { return nil }
        let start = location(p)
        let isMapping = b[p] == UInt8(ascii: "{")
        let close = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        p += 1
        var items: [YNode] = []
        var entries: [YEntry] = []
        var keys = KeySet()
        while true {
            guard skipFlowSpace(parent: parent), let c = at(p) else { return nil }
            if c == close {
                p += 1
                break
            }
            if isMapping {
                guard let (end, stop) = plain(from: p, flow: true), at(stop) == Self.colon,
                      at(stop + 1) == Self.space else { return nil }
                let keyAt = location(p)
                let key = text(p, end)
                guard keys.isNew(key, among: entries) else { return nil }
                p = stop + 1
                while at(p) == Self.space { p += 1 }
                guard let value = flowItem(parent: parent) else { return nil }
                entries.append(YEntry(key: key, keyAt: keyAt, value: value))
            } else {
                guard let item = flowItem(parent: parent) else { return nil }
                items.append(item)
            }
            guard skipFlowSpace(parent: parent), let d = at(p) else { return nil }
            if d == Self.comma {
                p += 1
            } else if d != close {
                return nil
            }
        }
        return counted(YNode(kind: isMapping ? .mapping(entries) : .sequence(items), at: start))
    }

    /// A value inside a flow collection: a nested collection, a quoted scalar, or a plain
    /// scalar that ends on its line.
    private mutating func flowItem(parent: Int) -> YNode? {
        guard let c = at(p) else { return nil }
        switch c {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            return flowCollection(parent: parent)
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            return quoted(parent: parent)
        default:
            guard let (end, stop) = plain(from: p, flow: true), let s = at(stop), s != Self.colon else { return nil }
            if s == Self.newline {
                // libyaml would join a next line unless it starts with an indicator or a comment.
                var i = stop
                while let d = at(i), d == Self.space || d == Self.newline { i += 1 }
                guard let d = at(i), d == Self.comma || d == UInt8(ascii: "]") || d == UInt8(ascii: "}") || d == Self.hash else { return nil }
            }
            let node = YNode(kind: .scalar(text(p, end), plain: true), at: location(p))
            p = stop
            return counted(node)
        }
    }

    /// Spaces, line breaks and comments between flow tokens. A comment needs a blank before
    /// it; a new line's first token must be indented deeper than `parent`.
    private mutating func skipFlowSpace(parent: Int) -> Bool {
        var crossedLine = false
        while let c = at(p) {
            if c == Self.space {
                p += 1
            } else if c == Self.newline {
                passNewline()
                crossedLine = true
            } else if c == Self.hash {
                guard p == lineStart || b[p - 1] == Self.space else { return false }
                while let d = at(p), d != Self.newline { p += 1 }
            } else {
                break
            }
        }
        guard crossedLine else { return true }
        // libyaml ignores indentation inside flow; this keeps to the usual layout, with the
        // closing bracket allowed back at the key's column.
        guard let c = at(p) else { return false }
        let column = p - lineStart
        return column > parent || (column == parent && (c == UInt8(ascii: "]") || c == UInt8(ascii: "}")))
    }
}

/// The keys of one mapping so far: a scan of the few entries most mappings have, a set
/// once there are many (a generated file may hold thousands).
private struct KeySet {
    private var set: Set<String>?

    mutating func isNew(_ key: String, among entries: [YEntry]) -> Bool {
        if set == nil {
            guard !entries.contains(where: { $0.key == key }) else { return false }
            if entries.count >= 16 { set = Set(entries.map(\.key)) }
            return true
        }
        return set!.insert(key).inserted
    }
}
