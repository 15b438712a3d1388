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
    /// Kept on one line as written, spaces and all (aligned figures); clipped, not wrapped.
    public var preformatted: Bool

    public init(_ spans: [Span], indent: Int = 0, preformatted: Bool = false) {
        self.spans = spans
        self.indent = indent
        self.preformatted = preformatted
    }

    public init(_ text: String, _ role: Theme.Role = .text, indent: Int = 0, preformatted: Bool = false) {
        self.init([Span(text, role)], indent: indent, preformatted: preformatted)
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
            if paragraph.preformatted {
                // Clipped, never wrapped: what does not fit ends in an ellipsis.
                var spans = paragraph.spans.map { Span(theme.text(TextLayout.line($0.text)), $0.role) }
                if spans.reduce(0, { $0 + DisplayWidth.of($1.text) }) > room {
                    let mark = TextLayout.ellipsis(ascii: theme.ascii)
                    var left = max(0, room - DisplayWidth.of(mark))
                    spans = spans.map { span in
                        let kept = TextLayout.clip(span.text, width: left)
                        left -= DisplayWidth.of(kept)
                        return Span(kept, span.role)
                    }.filter { !$0.text.isEmpty }
                    spans.append(Span(mark, spans.last?.role ?? .text))
                }
                lines.append([pad] + spans)
                continue
            }
            // Words over the whole paragraph (a role may change inside a word, as at the
            // end of a highlighted phrase followed by ";"), each a run of styled pieces.
            var words: [[Span]] = [[]]
            for span in paragraph.spans {
                for character in theme.text(TextLayout.line(span.text)) {
                    if character == " " {
                        if !(words.last?.isEmpty ?? true) { words.append([]) }
                    } else if let last = words[words.count - 1].last, last.role == span.role {
                        words[words.count - 1][words[words.count - 1].count - 1].text.append(character)
                    } else {
                        words[words.count - 1].append(Span(String(character), span.role))
                    }
                }
            }
            words.removeAll { $0.isEmpty }
            if words.isEmpty { lines.append([]); continue }
            var line: Line = [pad]
            var used = 0
            for word in words {
                let w = word.reduce(0) { $0 + DisplayWidth.of($1.text) }
                if used > 0 && used + 1 + w > room {
                    lines.append(line)
                    line = [pad]
                    used = 0
                }
                if used > 0 {
                    // The space takes the word's role inside a highlighted phrase, plain otherwise.
                    let sameRole = line.last?.role == word.first?.role
                    line.append(Span(" ", sameRole ? (word.first?.role ?? .text) : .text))
                    used += 1
                }
                for piece in word {
                    // A word longer than the line is broken where the line ends.
                    var text = piece.text
                    while used + DisplayWidth.of(text) > room, used < room {
                        let head = TextLayout.clip(text, width: room - used)
                        line.append(Span(head, piece.role))
                        lines.append(line)
                        line = [pad]
                        used = 0
                        text = String(text.dropFirst(head.count))
                    }
                    line.append(Span(text, piece.role))
                    used += DisplayWidth.of(text)
                }
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
