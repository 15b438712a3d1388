import WorklistCore

/// Drawing helpers over a Buffer with a theme: every string from files goes through the
/// sanitiser and, in ASCII mode, the transliteration.
public struct Canvas {
    public var buffer: Buffer
    public let theme: Theme
    /// Texts drawn cut short without an ellipsis (issue 14: nothing is cut without showing
    /// it); a test renders every screen and expects none.
    public private(set) var cuts: [String] = []
    /// Texts laid out in earlier frames; nil lays every text out afresh.
    let cache: LayoutCache?

    public init(width: Int, height: Int, theme: Theme, cache: LayoutCache? = nil) {
        buffer = Buffer(width: width, height: height)
        self.theme = theme
        self.cache = cache
    }

    /// Draws one line of text (clipped to `limit` columns); returns the columns used.
    @discardableResult
    public mutating func text(_ s: String, x: Int, y: Int, _ role: Theme.Role = .text, limit: Int = Int.max) -> Int {
        draw(s, x: x, y: y, role, limit: limit, fit: -1)
    }

    /// Draws one line of text ending in an ellipsis when it is wider than `width` columns.
    @discardableResult
    public mutating func text(_ s: String, x: Int, y: Int, _ role: Theme.Role = .text, fitting width: Int) -> Int {
        draw(s, x: x, y: y, role, limit: Int.max, fit: max(0, width))
    }

    private mutating func draw(_ s: String, x: Int, y: Int, _ role: Theme.Role, limit: Int, fit: Int) -> Int {
        let style = theme.style(role)
        guard x >= 0, y >= 0, y < buffer.height else {
            // Off the buffer's left or vertical edge: drawn directly (nothing to remember).
            let shown = shownText(s, fit: fit)
            let used = buffer.write(shown, x: x, y: y, style: style, limit: limit)
            noteCut(shown, used: used)
            return used
        }
        let key = LayoutCache.Key(text: s, style: style, room: max(0, min(limit, buffer.width - x)), fit: fit,
                                  ascii: theme.ascii)
        let run = cache?.run(key, orMake: { layOut(key) }) ?? layOut(key)
        buffer.place(run.cells, x: x, y: y)
        if let cut = run.cut { cuts.append(cut) }
        return run.cells.count
    }

    /// A text as the screen shows it: sanitised, one line, transliterated in ASCII mode,
    /// and ellipsized to `fit` columns unless `fit` is negative.
    private func shownText(_ s: String, fit: Int) -> String {
        let shown = theme.text(TextLayout.line(s))
        return fit < 0 ? shown : TextLayout.ellipsize(shown, width: fit, ascii: theme.ascii)
    }

    /// The cells a text takes in a row of `key.room` columns.
    private func layOut(_ key: LayoutCache.Key) -> LayoutCache.Run {
        let shown = shownText(key.text, fit: key.fit)
        var row = Buffer(width: key.room, height: 1)
        let used = row.write(shown, x: 0, y: 0, style: key.style)
        return LayoutCache.Run(cells: Array(row.cells[0..<used]), cut: isCut(shown, used: used) ? shown : nil)
    }

    /// Records `shown` when what did not fit in `used` columns is more than blanks.
    mutating func noteCut(_ shown: String, used: Int) {
        if isCut(shown, used: used) { cuts.append(shown) }
    }

    private func isCut(_ shown: String, used: Int) -> Bool {
        guard used < DisplayWidth.of(shown) else { return false }
        let rest = shown.dropFirst(TextLayout.clip(shown, width: used).count)
        return rest.contains(where: { $0 != " " })
    }

    /// A full-width bar (header, key line): `left` text, and `right` text flush right.
    public mutating func bar(y: Int, left: String, right: String = "", _ role: Theme.Role) {
        let width = buffer.width
        buffer.fill(Rect(x: 0, y: y, width: width, height: 1), style: theme.style(role))
        let r = theme.text(TextLayout.line(right))
        let rightWidth = min(width, DisplayWidth.of(r))
        let room = max(0, width - (rightWidth > 0 ? rightWidth + 1 : 0))
        // What does not fit beside the right text ends in an ellipsis.
        text(left, x: 0, y: y, role, fitting: room)
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
