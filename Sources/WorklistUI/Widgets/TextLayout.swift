import WorklistCore

/// Wrapping and clipping by display width, never by character count.
public enum TextLayout {
    /// Lines of at most `width` columns; `\n` starts a new paragraph; a word longer than
    /// the width is broken.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 { lines.append(line) }
                while wordWidth > width {
                    let head = clip(word, width: width)
                    lines.append(head)
                    word = String(word.dropFirst(head.count))
                    wordWidth = DisplayWidth.of(word)
                }
                line = word
                lineWidth = wordWidth
            }
            lines.append(line)
        }
        return lines
    }

    /// The longest prefix that fits in `width` columns.
    public static func clip(_ text: String, width: Int) -> String {
        var out = ""
        var used = 0
        for c in text {
            let w = DisplayWidth.of(c)
            if used + w > width { break }
            out.append(c)
            used += w
        }
        return out
    }

    /// The mark that ends a cut text: "…", or "..." in ASCII (a lone "." reads as a full stop).
    public static func ellipsis(ascii: Bool) -> String { ascii ? "..." : "…" }

    /// Clipped with an ellipsis when it does not fit (as much of the mark as fits, in a
    /// width too narrow for all of it).
    public static func ellipsize(_ text: String, width: Int, ascii: Bool = false) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        let mark = ellipsis(ascii: ascii)
        let markWidth = DisplayWidth.of(mark)
        if width <= markWidth { return String(mark.prefix(max(0, width))) }
        return clip(text, width: width - markWidth) + mark
    }

    /// Padded with spaces (or clipped) to exactly `width` columns.
    public static func pad(_ text: String, width: Int) -> String {
        let clipped = clip(text, width: width)
        return clipped + String(repeating: " ", count: max(0, width - DisplayWidth.of(clipped)))
    }

    /// One line of file text, safe to draw: sanitised, newlines as spaces.
    public static func line(_ text: String) -> String {
        if Sanitizer.isSimpleLine(text) { return text }   // nothing to clean or join
        return Sanitizer.sanitize(text).split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
