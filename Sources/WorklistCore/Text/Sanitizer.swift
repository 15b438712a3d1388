/// The one sanitiser for all text that comes from files (DESIGN.md §3).
///
/// Keeps `\n` as a paragraph break, expands `\t`, drops every other C0 control, DEL,
/// every C1 control (U+0080–U+009F) and whole escape sequences (CSI, OSC, DCS, …),
/// and drops bidi override characters and zero-width characters (invisible, they make
/// equal-looking names differ), reporting what it removed so the validator can warn.
public enum Sanitizer {
    public struct Removed: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let controlCharacters = Removed(rawValue: 1)
        public static let escapeSequences = Removed(rawValue: 2)
        public static let bidiOverrides = Removed(rawValue: 4)
        public static let zeroWidthCharacters = Removed(rawValue: 8)
    }

    /// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
    public static func isBidiOverride(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Zero-width space, non-joiner, joiner, word joiner and the byte-order mark (ZWNBSP).
    public static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF].contains(scalar.value)
    }

    public static let tabWidth = 4

    /// Only bytes 0x20–0x7E (and `\n` when `newlines`): nothing to remove, one column each.
    public static func isPrintableASCII(_ text: String, newlines: Bool = false) -> Bool {
        // Over the contiguous bytes when the string has them (native strings do): this runs
        // on every text of every frame and every loaded field (issue 13).
        let printable = { (byte: UInt8) in (byte >= 0x20 && byte < 0x7F) || (newlines && byte == 0x0A) }
        return text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(printable) } ?? text.utf8.allSatisfy(printable)
    }

    /// Text whose every scalar is printable, one column wide and a character of its own:
    /// printable ASCII, Latin-1 and the Latin extensions, and the punctuation, arrows, box
    /// drawing and shapes the screens use ("·", "—", "…", "▸"). No grapheme joins two of
    /// these (none is a mark, joiner, variation selector or regional indicator), so such text
    /// is drawn and measured a scalar at a time, without grapheme breaking (issue 13).
    public static func isSimpleLine(_ text: String) -> Bool {
        if isPrintableASCII(text) { return true }
        return text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2500...0x25FC: true
            default: false
            }
        }
    }

    /// The clean text and what was taken out of it.
    public static func clean(_ input: String) -> (text: String, removed: Removed) {
        // Printable ASCII and newlines come out as they went in: every frame sanitises its
        // texts, so the common case must cost one pass over the bytes (issue 13).
        if isPrintableASCII(input, newlines: true) || isSimpleLine(input) { return (input, []) }
        var out = String.UnicodeScalarView()
        var removed: Removed = []
        var column = 0
        var scalars = Array(input.unicodeScalars)[...]

        while let scalar = scalars.popFirst() {
            let v = scalar.value
            switch v {
            case 0x0A:
                out.append(scalar)
                column = 0
            case 0x09:
                let spaces = tabWidth - column % tabWidth
                out.append(contentsOf: repeatElement(" ", count: spaces).map { Unicode.Scalar($0) })
                column += spaces
            case 0x1B:
                removed.insert(.escapeSequences)
                skipEscapeSequence(&scalars)
            case 0x9B:  // 8-bit CSI
                removed.insert(.escapeSequences)
                skipControlSequenceBody(&scalars)
            case 0x90, 0x9D, 0x98, 0x9E, 0x9F:  // 8-bit DCS, OSC, SOS, PM, APC
                removed.insert(.escapeSequences)
                skipStringBody(&scalars)
            case 0x00...0x1F, 0x7F, 0x80...0x9F:
                removed.insert(.controlCharacters)
            case _ where isBidiOverride(scalar):
                removed.insert(.bidiOverrides)
            case _ where isZeroWidth(scalar):
                removed.insert(.zeroWidthCharacters)
            default:
                out.append(scalar)
                column += 1
            }
        }
        return (String(out), removed)
    }

    /// The clean text alone.
    public static func sanitize(_ input: String) -> String { clean(input).text }

    /// Whitespace-separated tokens of the sanitised text: the reading-effort unit of §4.
    public static func wordCount(_ input: String) -> Int {
        let text = sanitize(input)
        // Printable ASCII and newlines (most case text): the words are the runs of bytes
        // between spaces and newlines, counted without breaking graphemes (issue 13).
        guard isPrintableASCII(text, newlines: true) else { return text.split(whereSeparator: { $0.isWhitespace }).count }
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let space = byte == 0x20 || byte == 0x0A
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    // ESC has just been consumed.
    private static func skipEscapeSequence(_ s: inout ArraySlice<Unicode.Scalar>) {
        guard let next = s.popFirst() else { return }
        switch next {
        case "[": skipControlSequenceBody(&s)
        case "]", "P", "X", "^", "_": skipStringBody(&s)
        default:
            // Two-character sequences, plus intermediates such as ESC ( B.
            if (0x20...0x2F).contains(next.value), let _ = s.popFirst() { return }
        }
    }

    // Parameters and intermediates up to a final byte 0x40–0x7E.
    private static func skipControlSequenceBody(_ s: inout ArraySlice<Unicode.Scalar>) {
        while let c = s.popFirst() {
            if (0x40...0x7E).contains(c.value) { return }
            if !(0x20...0x3F).contains(c.value) { return }
        }
    }

    // Up to BEL, ST (ESC \) or 8-bit ST.
    private static func skipStringBody(_ s: inout ArraySlice<Unicode.Scalar>) {
        while let c = s.popFirst() {
            if c.value == 0x07 || c.value == 0x9C { return }
            if c.value == 0x1B {
                if s.first == "\\" { s.removeFirst() }
                return
            }
        }
    }
}

/// ASCII mode (non-UTF-8 locale or `--ascii`): transliterate what has a readable ASCII
/// form and show anything else as `?`, never dropping a character.
public enum ASCIIText {
    static let table: [Unicode.Scalar: String] = [
        "≥": ">=", "≤": "<=", "×": "x", "µ": "u", "μ": "u", "°": "deg",
        "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "‐": "-", "‑": "-",
        "‘": "'", "’": "'", "‚": ",", "“": "\"", "”": "\"", "„": "\"",
        // "·" separates items on every screen: "|", as the ASCII header does. Arrows name
        // keys: words, never a letter that is a key ("v" read as the review key).
        "…": "...", "•": "*", "·": "|", "±": "+/-", "→": "->", "←": "<-", "↑": "Up", "↓": "Down",
        "\u{00A0}": " ", "½": "1/2", "¼": "1/4", "¾": "3/4", "²": "2", "³": "3",
    ]

    public static func transliterate(_ input: String) -> String {
        var out = ""
        var previous: Unicode.Scalar?
        for scalar in input.unicodeScalars {
            defer { previous = scalar }
            if scalar == "↓" && previous == "↑" {
                out += "/Down"  // the pair "↑↓ select" reads "Up/Down select"
            } else if scalar.isASCII {
                out.unicodeScalars.append(scalar)
            } else if let replacement = table[scalar] {
                out += replacement
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue  // a combining accent: its base letter already stands
            } else {
                out += "?"
            }
        }
        return out
    }
}
