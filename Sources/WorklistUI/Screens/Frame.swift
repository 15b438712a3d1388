import WorklistCore

/// The whole screen for a state at an instant: a pure function into a Buffer.
public enum Frame {
    public static let minimumColumns = 80
    public static let minimumRows = 24

    public static func isTooSmall(columns: Int, rows: Int) -> Bool { columns < minimumColumns || rows < minimumRows }

    /// `cache`: texts laid out by earlier frames (the terminal loop keeps one); the frame is
    /// the same with or without it.
    public static func render(state: SessionState, ui: UIState, content: SessionContent, now: Double,
                              columns: Int, rows: Int, theme: Theme, cache: LayoutCache? = nil) -> Buffer {
        canvas(state: state, ui: ui, content: content, now: now, columns: columns, rows: rows, theme: theme,
               cache: cache).buffer
    }

    /// The texts this frame cuts short without an ellipsis (none, on any screen, is the rule).
    public static func cuts(state: SessionState, ui: UIState, content: SessionContent, now: Double,
                            columns: Int, rows: Int, theme: Theme) -> [String] {
        canvas(state: state, ui: ui, content: content, now: now, columns: columns, rows: rows, theme: theme).cuts
    }

    static func canvas(state: SessionState, ui: UIState, content: SessionContent, now: Double,
                       columns: Int, rows: Int, theme: Theme, cache: LayoutCache? = nil) -> Canvas {
        var c = Canvas(width: columns, height: rows, theme: theme, cache: cache)
        if isTooSmall(columns: columns, rows: rows) {
            tooSmall(&c)
            return c
        }
        for layer in ui.screen.layers { draw(layer, &c, state: state, ui: ui, content: content, now: now) }
        let guide = ui.tutorial ? TutorialGuide.text(state: state, ui: ui, content: content, now: now) : nil
        if let notice = ui.notice ?? guide {
            // A message wraps onto a second line above the key line rather than being cut.
            var lines = TextLayout.wrap(c.theme.text(TextLayout.line(notice)), width: columns - 2)
            if lines.count > 2 {
                lines = [lines[0], TextLayout.ellipsize(lines[1...].joined(separator: " "), width: columns - 2,
                                                        ascii: c.theme.ascii)]
            }
            for (i, line) in lines.enumerated() {
                c.buffer.fill(Rect(x: 0, y: rows - 1 - lines.count + i, width: columns, height: 1))
                c.text(line, x: 1, y: rows - 1 - lines.count + i, .notice, limit: columns - 2)
            }
        }
        let context = ui.screen.context
        let options = Interaction.lineOptions(ui, state)
        var keys = " " + ui.keyMap.bottomLine(for: context, options)
        if DisplayWidth.of(c.theme.text(keys)) > columns { keys = " " + ui.keyMap.bottomLine(for: context, options, gap: " ") }
        c.bar(y: rows - 1, left: keys, .keys)
        return c
    }

    /// One layer of the screen: a full screen, or an overlay over what is already drawn.
    private static func draw(_ layer: Screen, _ c: inout Canvas, state: SessionState, ui: UIState,
                             content: SessionContent, now: Double) {
        let body = Rect(x: 1, y: 1, width: c.buffer.width - 2, height: c.buffer.height - 3)
        let theme = c.theme
        switch layer {
        case .worklist:
            WorklistScreen.draw(&c, state: state, ui: ui, content: content, now: now)
        case .reading:
            ReadingScreen.draw(&c, state: state, ui: ui, content: content, now: now)
        case .review(let review):
            guard let report = ui.report else { return }
            if review.openCase == nil {
                ReviewScreen.drawList(&c, snapshot: state.snapshot, report: report, ui: review, content: content)
            } else {
                ReviewScreen.drawCase(&c, snapshot: state.snapshot, report: report, ui: review, content: content)
            }
        case .history(let scroll):
            guard let progress = ui.progress else { return }
            c.bar(y: 0, left: " Worklist \(c.theme.dot) progress", right: "\(progress.trainee) ", .header)
            scrolled(&c, HistoryText.paragraphs(progress, theme: theme), in: body, scroll: scroll, keyMap: ui.keyMap,
                     context: .history)
        case .summary(let scroll):
            guard let report = ui.report else { return }
            c.bar(y: 0, left: " Worklist \(c.theme.dot) summary", right: "session \(report.session) ", .header)
            scrolled(&c, SessionSummary.paragraphs(report, content: content, theme: theme, progress: ui.progress,
                                                   snapshot: state.snapshot),
                     in: body, scroll: scroll, keyMap: ui.keyMap, context: .summary)
        case .feedback(let card):
            guard let item = state.snapshot.case(card.value.id), let text = content.cases[item.id],
                  let routine = content.routine(ofCase: item.id) else { return }
            let title = "\(content.study(item.id) ?? item.id) \(c.theme.dot) \(text.title)"
            let right = "grade \(card.value.grade.rawValue) "
            c.bar(y: 0, left: " Feedback \(c.theme.dot) " + title, right: right, .header)
            var paragraphs = CaseFeedback.paragraphs(card.value, item: item, text: text, routine: routine,
                                                     scenario: state.snapshot.scenario, theme: theme)
            // A title the header bar had to cut is given whole, wrapped, at the top of the card.
            if DisplayWidth.of(c.theme.text(" Feedback · " + title)) > c.buffer.width - right.count - 1 {
                paragraphs.insert(contentsOf: [Paragraph(title, .title), .blank], at: 0)
            }
            scrolled(&c, paragraphs, in: body, scroll: card.scroll, keyMap: ui.keyMap, context: .feedback)
        case .help(let over):
            HelpOverlay.draw(&c, context: over.context, keyMap: ui.keyMap)
        case .request(let id, _):
            Overlays.request(&c, caseID: id, state: state, content: content)
        case .tooSmall:
            tooSmall(&c)
        case .protocolRequest(let id, let selection, let scroll):
            guard let request = content.requests[id], let snapshot = state.snapshot.scenario.request(id) else { return }
            let priority = snapshot.priority.rawValue.uppercased()
            c.bar(y: 0, left: " \(priority) \(c.theme.dot) Protocoling request \(c.theme.dot) " + request.exam,
                  right: "\(state.snapshot.scenario.mode.rawValue) \(ClockText.clock(now)) ", .header)
            scrolled(&c, ProtocolScreen.paragraphs(request, snapshot: snapshot, state: state, ui: ui, selection: selection,
                                                   theme: theme, now: now),
                     in: body, scroll: scroll, keyMap: ui.keyMap, context: .protocolRequest)
        case .call:
            Overlays.call(&c, state: state, ui: ui, content: content)
        case .picker, .sidePicker, .chooser, .preview, .confirmSign, .confirmQuit:
            Overlays.draw(layer, &c, state: state, ui: ui, content: content)
        }
    }

    /// Long read-only text, scrolled, with a "more" mark when it goes on.
    static func scrolled(_ c: inout Canvas, _ paragraphs: [Paragraph], in rect: Rect, scroll: Int, keyMap: KeyMap,
                         context: Context) {
        let lines = StyledText.layout(paragraphs, width: rect.width, theme: c.theme)
        // When it does not fit, the last row says so instead of showing text.
        let room = lines.count > rect.height ? rect.height - 1 : rect.height
        let skip = min(scroll, max(0, lines.count - room))
        StyledText.draw(lines, in: Rect(x: rect.x, y: rect.y, width: rect.width, height: room), skip: skip, on: &c)
        if lines.count > skip + room {
            let keys = [keyMap.key(for: .pageDown, in: context), keyMap.key(for: .down, in: context)].compactMap { $0 }
            c.text("more below: " + keys.joined(separator: " or "), x: rect.x, y: rect.maxY - 1, .dim)
        } else if skip > 0 && room < rect.height {
            let keys = [keyMap.key(for: .pageUp, in: context), keyMap.key(for: .up, in: context)].compactMap { $0 }
            c.text("end: " + keys.joined(separator: " or ") + " goes back", x: rect.x, y: rect.maxY - 1, .dim)
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
