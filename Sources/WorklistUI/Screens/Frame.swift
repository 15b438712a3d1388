import WorklistCore

/// The whole screen for a state at an instant: a pure function into a Buffer.
public enum Frame {
    public static let minimumColumns = 80
    public static let minimumRows = 24

    public static func render(state: SessionState, ui: UIState, content: SessionContent, now: Double,
                              columns: Int, rows: Int, theme: Theme) -> Buffer {
        var c = Canvas(width: columns, height: rows, theme: theme)
        if columns < minimumColumns || rows < minimumRows {
            tooSmall(&c)
            return c.buffer
        }
        if state.openCase == nil {
            WorklistScreen.draw(&c, state: state, ui: ui, content: content, now: now)
        } else {
            ReadingScreen.draw(&c, state: state, ui: ui, content: content, now: now)
        }
        Overlays.draw(&c, state: state, ui: ui, content: content)
        if let notice = ui.notice { c.text(notice, x: 1, y: rows - 2, .notice, limit: columns - 2) }
        let context = Interaction.context(ui, state)
        c.bar(y: rows - 1, left: " " + KeyMap.bottomLine(for: context), .keys)
        return c.buffer
    }

    /// Below 80×24: a notice, never a crash; the session clock is stopped meanwhile.
    static func tooSmall(_ c: inout Canvas) {
        let lines = ["Please enlarge the terminal", "to at least 80x24 (now \(c.buffer.width)x\(c.buffer.height)).",
                     "The clock is stopped."]
        let top = max(0, (c.buffer.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (c.buffer.width - DisplayWidth.of(line)) / 2)
            c.text(line, x: x, y: top + i, i == 0 ? .title : .text)
        }
    }
}
