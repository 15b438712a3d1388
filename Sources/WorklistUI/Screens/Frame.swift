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
        let body = Rect(x: 1, y: 1, width: columns - 2, height: rows - 3)
        if let summary = ui.summary, let review = ui.review {
            if review.openCase == nil {
                ReviewScreen.drawList(&c, snapshot: state.snapshot, report: summary.value, ui: review, content: content)
            } else {
                ReviewScreen.drawCase(&c, snapshot: state.snapshot, report: summary.value, ui: review, content: content)
            }
        } else if let scroll = ui.historyScroll, let progress = ui.progress {
            c.bar(y: 0, left: " Worklist \(c.theme.dot) progress", right: "\(progress.trainee) ", .header)
            scrolled(&c, HistoryText.paragraphs(progress, theme: theme), in: body, scroll: scroll)
        } else if let summary = ui.summary {
            c.bar(y: 0, left: " Worklist \(c.theme.dot) summary", right: "session \(summary.value.session) ", .header)
            scrolled(&c, SessionSummary.paragraphs(summary.value, content: content, theme: theme, progress: ui.progress,
                                                   snapshot: state.snapshot),
                     in: body, scroll: summary.scroll)
        } else if let card = ui.feedback, let item = state.snapshot.case(card.value.id),
                  let text = content.cases[item.id], let routine = content.routine(ofCase: item.id) {
            c.bar(y: 0, left: " Feedback \(c.theme.dot) \(content.study(item.id) ?? item.id) \(c.theme.dot) \(text.title)",
                  right: "grade \(card.value.grade.rawValue) ", .header)
            let paragraphs = CaseFeedback.paragraphs(card.value, item: item, text: text, routine: routine,
                                                     window: state.snapshot.scenario.communicationWindow, theme: theme)
            scrolled(&c, paragraphs, in: body, scroll: card.scroll)
        } else if state.openCase == nil {
            WorklistScreen.draw(&c, state: state, ui: ui, content: content, now: now)
        } else {
            ReadingScreen.draw(&c, state: state, ui: ui, content: content, now: now)
        }
        if ui.summary == nil && ui.feedback == nil { Overlays.draw(&c, state: state, ui: ui, content: content) }
        if ui.help { HelpOverlay.draw(&c, context: Interaction.context(UIState.closingHelp(ui), state), keyMap: ui.keyMap) }
        if let notice = ui.notice { c.text(notice, x: 1, y: rows - 2, .notice, limit: columns - 2) }
        let context = Interaction.context(ui, state)
        c.bar(y: rows - 1, left: " " + ui.keyMap.bottomLine(for: context), .keys)
        return c.buffer
    }

    /// Long read-only text, scrolled, with a "more" mark when it goes on.
    static func scrolled(_ c: inout Canvas, _ paragraphs: [Paragraph], in rect: Rect, scroll: Int) {
        let lines = StyledText.layout(paragraphs, width: rect.width, theme: c.theme)
        // When it does not fit, the last row says so instead of showing text.
        let room = lines.count > rect.height ? rect.height - 1 : rect.height
        let skip = min(scroll, max(0, lines.count - room))
        StyledText.draw(lines, in: Rect(x: rect.x, y: rect.y, width: rect.width, height: room), skip: skip, on: &c)
        if lines.count > skip + room {
            c.text("more below: Space or ↓", x: rect.x, y: rect.maxY - 1, .dim)
        } else if skip > 0 && room < rect.height {
            c.text("end: b or ↑ goes back", x: rect.x, y: rect.maxY - 1, .dim)
        }
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
