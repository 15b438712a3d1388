import WorklistCore

/// Pick list, side, chooser, report preview, confirmations and the call modal.
enum Overlays {
    static func draw(_ overlay: Screen, _ c: inout Canvas, state: SessionState, ui: UIState, content: SessionContent) {
        let width = c.buffer.width, height = c.buffer.height
        let checklist = ReadingScreen.checklistWidth(columns: width)
        let pane = Rect(x: checklist, y: 4, width: width - checklist, height: height - 6)
        let openID = state.openCase
        let routine = openID.flatMap { content.routine(ofCase: $0) }
        let step = openID.flatMap { state.progress($0)?.currentStep }.flatMap { routine?.step($0) }

        /// "l left": the key the table binds, never a default written here.
        func hint(_ intent: Intent, _ context: Context, _ words: String) -> String {
            (ui.keyMap.key(for: intent, in: context) ?? "?") + " " + words
        }
        switch overlay {
        case .picker(let filter, let selection, let everywhere):
            guard let step, let routine else { break }
            let inside = c.box(pane, title: everywhere ? "Finding anywhere on the case" : "Finding at \(step.label)")
            c.text("Find: " + filter, x: inside.x, y: inside.y, .title)
            let before = String(filter.prefix(ui.filterCursor ?? filter.count))
            c.buffer.cursor = (inside.x + 6 + DisplayWidth.of(c.theme.text(before)), inside.y)
            let items: [(step: Step, term: Term)] = everywhere ? Lists.pickList(routine, filter: filter)
                : Lists.pickList(step, filter: filter).map { (step, $0) }
            if items.isEmpty {
                // The term may belong to another step: say which key searches them all.
                let elsewhere = !everywhere && !Lists.pickList(routine, filter: filter).isEmpty
                let key = ui.keyMap.key(for: .findEverywhere, in: .reading) ?? "/"
                c.text(elsewhere ? "Not at this step: \(key) searches every step." : "No term matches.",
                       x: inside.x, y: inside.y + 2, .dim, limit: inside.width)
            }
            // The ACR category of each term at this step, and what each asks of you.
            if items.contains(where: { $0.term.category != nil }) {
                c.text(TextLayout.ellipsize(c.theme.text(categoryLegend(state.snapshot.scenario)), width: inside.width,
                                            ascii: c.theme.ascii), x: inside.x, y: inside.y + 1, .dim)
            }
            list(&c, items.map { step, term in
                var tags: [String] = []
                if !term.aliases.isEmpty { tags.append(term.aliases.joined(separator: ", ")) }
                if term.lateral { tags.append("side") }
                let label = (everywhere ? step.label + ": " : "") + term.label
                    + (tags.isEmpty ? "" : "  (" + tags.joined(separator: "; ") + ")")
                return (label, term.category.map { "[\($0.rawValue)]" } ?? "")
            }, selection: selection, in: Rect(x: inside.x, y: inside.y + 2, width: inside.width, height: inside.height - 2))

        case .sidePicker(let termID):
            let label = step?.term(termID)?.label ?? termID
            let inside = c.box(Rect(x: pane.x, y: pane.y + 2, width: pane.width, height: 5), title: "Side")
            c.text("Which side is the \(label.lowercased())?", x: inside.x, y: inside.y)
            let sides = [hint(.side(.left), .sidePicker, "left"), hint(.side(.right), .sidePicker, "right"),
                         hint(.side(.bilateral), .sidePicker, "bilateral")]
            c.text(sides.joined(separator: "   "), x: inside.x, y: inside.y + 2, .title)

        case .chooser(let purpose, let selection):
            guard let id = openID, let routine else { break }
            let items = Lists.marks(state, caseID: id, routine: routine, purpose: purpose)
            let title = purpose == .unmark ? "Unmark which finding?" : "Call which result through?"
            let inside = c.box(Rect(x: pane.x, y: pane.y, width: pane.width, height: min(pane.height, items.count + 4)), title: title)
            list(&c, items.map { item in
                let step = routine.step(item.step)
                let label = step.map { "\($0.label): \(StructuredReport.describe(item.mark, in: $0))" } ?? item.mark.term
                guard purpose == .communicate else { return (label, "") }
                return (label, callTag(step?.term(item.mark.term)?.category, state.snapshot.scenario))
            }, selection: selection, in: inside)

        case .preview(let scroll):
            guard let id = openID, let routine, let progress = state.progress(id) else { break }
            let inside = c.box(pane, title: "Report")
            let lines = StructuredReport.lines(routine: routine, decisions: progress.decisions)
            let impression = progress.status == .signed ? progress.impression : (ui.impressions[id] ?? "")
            var y = inside.y
            for line in lines.dropFirst(scroll) where y < inside.maxY - 4 {
                var used = c.text(line.label + ": ", x: inside.x, y: y, .title, limit: inside.width)
                // A label that leaves no room: its decision starts on the next line.
                if inside.width - used < 12 {
                    y += 1
                    used = 2
                }
                // A long decision wraps under its label (hanging indent), never cut.
                let role: Theme.Role = line.text == "not assessed." ? .dim : .text
                let text = c.theme.text(TextLayout.line(line.text))
                let head = TextLayout.wrap(text, width: max(1, inside.width - used)).first ?? ""
                let rest = TextLayout.wrap(String(text.dropFirst(head.count)), width: max(1, inside.width - 2))
                c.text(head, x: inside.x + used, y: y, role, limit: inside.width - used)
                y += 1
                for more in rest.filter({ !$0.isEmpty }) where y < inside.maxY - 4 {
                    c.text(more, x: inside.x + 2, y: y, role, limit: inside.width - 2)
                    y += 1
                }
            }
            // The impression over three lines, always the ones around the cursor.
            let fieldY = inside.maxY - 3
            c.text("Impression:", x: inside.x, y: fieldY, .title)
            let field = TextField(impression, cursor: progress.status == .signed ? nil : ui.impressionCursors[id])
            let (rows, cursor) = field.lines(width: max(1, inside.width - 12))
            let first = max(0, min(cursor.line - 2, rows.count - 3))
            for (i, row) in rows.dropFirst(first).prefix(3).enumerated() {
                c.text(row, x: inside.x + 12, y: fieldY + i, .text, limit: inside.width - 12)
            }
            if progress.status != .signed { c.buffer.cursor = (inside.x + 12 + cursor.column, fieldY + cursor.line - first) }

        case .confirmSign:
            guard let id = openID, let item = state.snapshot.case(id), let progress = state.progress(id) else { break }
            let undecided = item.steps.filter { progress.decisions[$0.id] == nil }.map { routine?.step($0.id)?.label ?? $0.id }
            // An empty impression is asked about here, once, before the report is final.
            let noImpression = (ui.impressions[id] ?? "").allSatisfy(\.isWhitespace)
            let box = Rect(x: pane.x, y: pane.y + 2, width: pane.width,
                           height: (undecided.isEmpty ? 5 : 7) + (noImpression ? 2 : 0))
            let inside = c.box(box, title: "Sign this report?")
            if undecided.isEmpty {
                c.text("Every step is decided.", x: inside.x, y: inside.y)
            } else {
                c.paragraph("\(undecided.count) step(s) not decided: " + undecided.joined(separator: ", "),
                            in: Rect(x: inside.x, y: inside.y, width: inside.width, height: 2), .notice)
            }
            if noImpression {
                let report = ui.keyMap.key(for: .preview, in: .reading) ?? "r"
                c.paragraph("No impression typed: sign without one, or keep reading and write it (\(report)).",
                            in: Rect(x: inside.x, y: inside.maxY - 3, width: inside.width, height: 2), .notice)
            }
            c.text(hint(.choose, .confirmSign, "sign (final)") + "   " + hint(.cancel, .confirmSign, "keep reading"),
                   x: inside.x, y: inside.maxY - 1, .title)

        case .confirmQuit:
            let mode = state.snapshot.scenario.mode.rawValue
            let early = ui.confirmingEndEarly ? EarlyEnd(state) : nil
            let warning = early.map { e in
                "Only \(e.opened) of \(e.total) \(state.snapshot.scenario.protocolRequests.isEmpty ? "cases" : "items") opened: "
                    + "the other \(e.total - e.opened) score 0, and the \(mode) "
                    + "counts in your history. \(hint(.endNow, .confirmQuit, "again ends it now."))"
            }
            let lines = warning.map { TextLayout.wrap($0, width: min(width, 50) - 4) } ?? []
            let box = Rect(x: max(0, (width - 50) / 2), y: max(0, height / 2 - 4), width: min(width, 50),
                           height: 7 + (lines.isEmpty ? 0 : lines.count + 1))
            let inside = c.box(box, title: early == nil ? "Leave the \(mode)?" : "Really end the \(mode)?")
            for (index, line) in lines.enumerated() {
                c.text(line, x: inside.x, y: inside.y + index, .notice, limit: inside.width)
            }
            let top = inside.y + (lines.isEmpty ? 0 : lines.count + 1)
            c.text(hint(.endNow, .confirmQuit, " end the \(mode) now (score it)"), x: inside.x, y: top, .title,
                   limit: inside.width)
            c.text(hint(.saveAndExit, .confirmQuit, " save and exit (resume later)"), x: inside.x, y: top + 1, .title,
                   limit: inside.width)
            c.text(hint(.cancel, .confirmQuit, " keep working"), x: inside.x, y: top + 3, .dim, limit: inside.width)

        default:
            break
        }
    }

    /// The phone call or technologist question, over everything.
    /// Where the call box sits and how its question and answers wrap: drawing and clicks agree.
    struct CallLayout {
        var box: Rect
        var questionLines: [String]
        /// Each answer's lines, wrapped beside the pointer column.
        var answerLines: [[String]]
        var answersTop: Int { box.y + 1 + 2 + questionLines.count + 1 }
    }

    /// A study's whole request: what the worklist row and the reading header cut short.
    static func request(_ c: inout Canvas, caseID id: String, state: SessionState, content: SessionContent) {
        guard let text = content.cases[id], let item = state.snapshot.case(id) else { return }
        let width = min(c.buffer.width - 4, 72)
        let inner = width - 4
        let name = Lists.filmLabel(state, id) ?? item.priority.rawValue.uppercased()   // an exam shows no priority
        var lines = TextLayout.wrap(c.theme.text(TextLayout.line((content.study(id) ?? id) + " \(c.theme.dot) " + name
                                    + " \(c.theme.dot) \(text.patient.age) \(text.patient.sex)")), width: inner) + [""]
        let titleLines = lines.count - 1
        lines += TextLayout.wrap(c.theme.text(TextLayout.line("Indication: " + text.indication)), width: inner)
        let height = min(c.buffer.height - 2, lines.count + 2)
        let box = Rect(x: (c.buffer.width - width) / 2, y: max(1, (c.buffer.height - height) / 2), width: width, height: height)
        let inside = c.box(box, title: "Request")
        for (i, line) in lines.prefix(inside.height).enumerated() {
            c.text(line, x: inside.x, y: inside.y + i, i < titleLines ? .title : .text, limit: inside.width)
        }
    }

    static func callLayout(_ call: Interruption, columns width: Int, rows height: Int, theme: Theme) -> CallLayout {
        let boxWidth = min(width, 72)
        let questionLines = TextLayout.wrap(theme.text(Sanitizer.sanitize(call.question)), width: boxWidth - 4)
        let answerLines = Lists.answers(call).map { TextLayout.wrap(theme.text(TextLayout.line($0.text)), width: boxWidth - 6) }
        // Borders, the case line, a blank, the question, a blank, the answers.
        let boxHeight = min(height - 2, 2 + 2 + questionLines.count + 1 + answerLines.reduce(0) { $0 + $1.count })
        return CallLayout(box: Rect(x: (width - boxWidth) / 2, y: max(1, (height - boxHeight) / 2), width: boxWidth,
                                    height: boxHeight),
                          questionLines: questionLines, answerLines: answerLines)
    }

    /// The answer drawn on a screen row, for a mouse click.
    static func callAnswer(atRow row: Int, _ call: Interruption, columns: Int, rows: Int) -> Int? {
        let layout = callLayout(call, columns: columns, rows: rows, theme: Theme())
        var top = layout.answersTop
        for (index, lines) in layout.answerLines.enumerated() {
            if row >= top && row < top + lines.count { return index }
            top += lines.count
        }
        return nil
    }

    static func call(_ c: inout Canvas, state: SessionState, ui: UIState, content: SessionContent) {
        guard let id = state.modal, let call = state.snapshot.interruption(id) else { return }
        let layout = callLayout(call, columns: c.buffer.width, rows: c.buffer.height, theme: c.theme)
        let about = content.cases[call.caseID].map {
            "About: \($0.priority.rawValue.uppercased()) \(content.study($0.id) ?? $0.id), \($0.indication)"
        } ?? ""
        let aboutLine = TextLayout.ellipsize(TextLayout.line(about), width: layout.box.width - 4, ascii: c.theme.ascii)
        // A call-back task reopened: the trainee is the one calling now.
        let inside = c.box(layout.box, title: (state.modalIsCallBack ? "Calling back: " : "Call: ") + call.caller)
        c.text(aboutLine, x: inside.x, y: inside.y, .dim)
        c.paragraph(call.question, in: Rect(x: inside.x, y: inside.y + 2, width: inside.width, height: layout.questionLines.count))
        var y = layout.answersTop
        for (index, lines) in layout.answerLines.enumerated() {
            let selected = index == ui.callSelection
            for (i, line) in lines.enumerated() where y < inside.maxY {
                if selected && i == 0 { c.text(c.theme.pointer, x: inside.x, y: y, .marker) }
                c.buffer.write(line, x: inside.x + 2, y: y, style: c.theme.style(selected ? .selected : .text), limit: inside.width - 2)
                y += 1
            }
        }
    }

    /// "[1] call ≤ 2 min · [2] ≤ 30 min · [3] report it": the pick list's legend.
    static func categoryLegend(_ scenario: ScenarioSnapshot) -> String {
        "[1] call ≤ \(CallDebrief.duration(scenario.communicationWindow)) · [2] ≤ "
            + "\(CallDebrief.duration(scenario.secondWindow)) · [3] report it"
    }

    /// What calling a mark through asks for: "[1] call within 2 min", "[2] within 30 min",
    /// "[3] no call needed: report it" (a term with no category: "no call needed: report it").
    static func callTag(_ category: ActionCategory?, _ scenario: ScenarioSnapshot) -> String {
        switch category {
        case .one?: "[1] call within \(CallDebrief.duration(scenario.communicationWindow))"
        case .two?: "[2] within \(CallDebrief.duration(scenario.secondWindow))"
        case .three?: "[3] no call needed: report it"
        case nil: "no call needed: report it"
        }
    }

    /// A list with a pointer on the selected item, scrolled to keep it visible.
    static func list(_ c: inout Canvas, _ items: [String], selection: Int, in rect: Rect) {
        list(&c, items.map { ($0, "") }, selection: selection, in: rect)
    }

    /// The same, each item a text and a tag kept whole at its end: the text gives way
    /// (ending in an ellipsis) when both do not fit.
    static func list(_ c: inout Canvas, _ items: [(text: String, tag: String)], selection: Int, in rect: Rect) {
        guard rect.height > 0 else { return }
        let first = max(0, min(selection - rect.height + 1, items.count - rect.height))
        for (offset, item) in items.dropFirst(first).prefix(rect.height).enumerated() {
            let selected = first + offset == selection
            if selected { c.text(c.theme.pointer, x: rect.x, y: rect.y + offset, .marker) }
            c.text(fit(item.text, tag: item.tag, width: rect.width - 2, theme: c.theme), x: rect.x + 2, y: rect.y + offset,
                   selected ? .selected : .text, limit: rect.width - 2)
        }
    }

    /// "text  tag" in `width` columns: the text ellipsised first, then the tag.
    static func fit(_ text: String, tag: String, width: Int, theme: Theme) -> String {
        let text = theme.text(TextLayout.line(text)), tag = theme.text(TextLayout.line(tag))
        guard !tag.isEmpty else { return TextLayout.ellipsize(text, width: width, ascii: theme.ascii) }
        let tagWidth = DisplayWidth.of(tag) + 2
        guard width - tagWidth >= 4 else { return TextLayout.ellipsize(text + "  " + tag, width: width, ascii: theme.ascii) }
        return TextLayout.ellipsize(text, width: width - tagWidth, ascii: theme.ascii) + "  " + tag
    }
}
