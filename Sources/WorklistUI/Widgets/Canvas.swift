import WorklistCore

/// Drawing helpers over a Buffer with a theme: every string from files goes through the
/// sanitiser and, in ASCII mode, the transliteration.
public struct Canvas {
    public var buffer: Buffer
    public let theme: Theme
    /// Texts drawn cut short without an ellipsis (issue 14: nothing is cut without showing
    /// it); a test renders every screen and expects none.
    public private(set) var cuts: [String] = []

    public init(width: Int, height: Int, theme: Theme) {
        buffer = Buffer(width: width, height: height)
        self.theme = theme
    }

    /// Draws one line of text (clipped to `limit` columns); returns the columns used.
    @discardableResult
    public mutating func text(_ s: String, x: Int, y: Int, _ role: Theme.Role = .text, limit: Int = Int.max) -> Int {
        let shown = theme.text(TextLayout.line(s))
        let used = buffer.write(shown, x: x, y: y, style: theme.style(role), limit: limit)
        noteCut(shown, used: used)
        return used
    }

    /// Records `shown` when what did not fit in `used` columns is more than blanks.
    mutating func noteCut(_ shown: String, used: Int) {
        guard used < DisplayWidth.of(shown) else { return }
        let rest = shown.dropFirst(TextLayout.clip(shown, width: used).count)
        if rest.contains(where: { $0 != " " }) { cuts.append(shown) }
    }

    /// A full-width bar (header, key line): `left` text, and `right` text flush right.
    public mutating func bar(y: Int, left: String, right: String = "", _ role: Theme.Role) {
        let width = buffer.width
        buffer.fill(Rect(x: 0, y: y, width: width, height: 1), style: theme.style(role))
        let r = theme.text(TextLayout.line(right))
        let rightWidth = min(width, DisplayWidth.of(r))
        let room = max(0, width - (rightWidth > 0 ? rightWidth + 1 : 0))
        // What does not fit beside the right text ends in an ellipsis.
        text(TextLayout.ellipsize(theme.text(TextLayout.line(left)), width: room, ascii: theme.ascii), x: 0, y: y, role, limit: room)
        if rightWidth > 0 { text(r, x: width - rightWidth, y: y, role, limit: rightWidth) }
    }

    /// Wrapped paragraphs in a rectangle, from line `skip`; returns the total line count.
    @discardableResult
    public mutating func paragraph(_ s: String, in rect: Rect, skip: Int = 0, _ role: Theme.Role = .text) -> Int {
        let lines = TextLayout.wrap(theme.text(Sanitizer.sanitize(s)), width: rect.width)
        for (i, line) in lines.dropFirst(skip).prefix(rect.height).enumerated() {
            noteCut(line, used: buffer.write(line, x: rect.x, y: rect.y + i, style: theme.style(role), limit: rect.width))
        }
        return lines.count
    }

    /// A bordered, cleared box with a title; returns the inside.
    @discardableResult
    public mutating func box(_ rect: Rect, title: String) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let b = theme.box
        let border = theme.style(.border)
        buffer.fill(rect)
        let horizontal = String(repeating: b.h, count: rect.width - 2)
        buffer.write(b.tl + horizontal + b.tr, x: rect.x, y: rect.y, style: border)
        buffer.write(b.bl + horizontal + b.br, x: rect.x, y: rect.maxY - 1, style: border)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.write(b.v, x: rect.x, y: y, style: border)
            buffer.write(b.v, x: rect.maxX - 1, y: y, style: border)
        }
        if !title.isEmpty { text(" " + title + " ", x: rect.x + 2, y: rect.y, .title, limit: rect.width - 4) }
        return rect.inset(left: 2, top: 1, right: 2, bottom: 1)
    }
}
