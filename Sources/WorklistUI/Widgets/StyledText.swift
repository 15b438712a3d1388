import WorklistCore

/// Paragraphs of styled spans, wrapped by display width: the feedback card, the summary
/// and review are built from these and scrolled.
public struct Span: Equatable, Sendable {
    public var text: String
    public var role: Theme.Role

    public init(_ text: String, _ role: Theme.Role = .text) {
        self.text = text
        self.role = role
    }
}

public struct Paragraph: Equatable, Sendable {
    public var spans: [Span]
    /// Columns the wrapped lines are indented by.
    public var indent: Int

    public init(_ spans: [Span], indent: Int = 0) {
        self.spans = spans
        self.indent = indent
    }

    public init(_ text: String, _ role: Theme.Role = .text, indent: Int = 0) {
        self.init([Span(text, role)], indent: indent)
    }

    public static let blank = Paragraph([])
}

public enum StyledText {
    public typealias Line = [Span]

    /// Wraps each paragraph at word boundaries; a word keeps its span's role.
    public static func layout(_ paragraphs: [Paragraph], width: Int, theme: Theme) -> [Line] {
        var lines: [Line] = []
        for paragraph in paragraphs {
            let room = max(1, width - paragraph.indent)
            let pad = Span(String(repeating: " ", count: paragraph.indent))
            var words: [Span] = []
            for span in paragraph.spans {
                let clean = theme.text(TextLayout.line(span.text))
                for word in clean.split(separator: " ") { words.append(Span(String(word), span.role)) }
            }
            if words.isEmpty { lines.append([]); continue }
            var line: Line = [pad]
            var used = 0
            for word in words {
                var w = DisplayWidth.of(word.text)
                var text = word.text
                if used > 0 && used + 1 + w > room {
                    lines.append(line)
                    line = [pad]
                    used = 0
                }
                while w > room {   // a word longer than the line is broken
                    let head = TextLayout.clip(text, width: room - used)
                    line.append(Span(head, word.role))
                    lines.append(line)
                    line = [pad]
                    used = 0
                    text = String(text.dropFirst(head.count))
                    w = DisplayWidth.of(text)
                }
                if used > 0 {
                    // The space takes the word's role inside a highlighted phrase, plain otherwise.
                    let sameRole = line.last?.role == word.role
                    line.append(Span(" ", sameRole ? word.role : .text))
                    used += 1
                }
                line.append(Span(text, word.role))
                used += w
            }
            lines.append(line)
        }
        return lines
    }

    /// Draws lines from `skip` into a rectangle; returns how many lines there are in all.
    @discardableResult
    public static func draw(_ lines: [Line], in rect: Rect, skip: Int, on c: inout Canvas) -> Int {
        for (row, line) in lines.dropFirst(skip).prefix(rect.height).enumerated() {
            var x = rect.x
            for span in line {
                x += c.buffer.write(span.text, x: x, y: rect.y + row, style: c.theme.style(span.role), limit: rect.maxX - x)
            }
        }
        return lines.count
    }
}
