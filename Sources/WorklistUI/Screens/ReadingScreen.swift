import WorklistCore

/// One study: the checklist, the view text of the step on screen, findings so far.
enum ReadingScreen {
    /// The checklist column: wider on wide terminals, so long step labels read whole.
    static func checklistWidth(columns: Int) -> Int { columns >= 120 ? 38 : columns >= 100 ? 32 : 26 }
    /// The screen row of the first checklist step.
    static let checklistTop = 4

    static func draw(_ c: inout Canvas, state: SessionState, ui: UIState, content: SessionContent, now: Double) {
        guard let id = state.openCase, let item = state.snapshot.case(id), let progress = state.progress(id),
              let text = content.cases[id], let routine = content.routine(ofCase: id) else { return }
        let width = c.buffer.width, height = c.buffer.height
        let signed = progress.status == .signed

        // Header: priority, study, patient; the clocks on the right.
        let priority = item.priority.rawValue.uppercased()
        var right = "\(state.snapshot.scenario.mode.rawValue) \(ClockText.clock(now))"
        if state.snapshot.scenario.mode == .drill {
            let done = state.snapshot.cases.filter { state.progress($0.id)?.status == .signed }.count
            let tally = ui.drillTally.map { " \(c.theme.dot) mean \(ReportText.number($0.mean))" } ?? ""
            right = "case \(min(done + 1, state.snapshot.cases.count)) of \(state.snapshot.cases.count)\(tally) \(c.theme.dot) " + right
        }
        if let limit = state.snapshot.scenario.timeLimit { right += " \(c.theme.dot) left \(ClockText.clock(limit - now))" }
        // An exam film is named by its number only, and has no priority to show.
        let film = Lists.filmLabel(state, id)
        let badge = " " + (film ?? priority) + " "
        c.bar(y: 0, left: String(repeating: " ", count: badge.count + 1) + "\(content.study(id) ?? id) \(c.theme.dot) "
                  + "\(text.patient.age) \(text.patient.sex)" + (signed ? " \(c.theme.dot) SIGNED, read-only" : ""),
              right: right + " ", .header)
        c.text(badge, x: 0, y: 0, film == nil && item.priority == .stat ? .stat : .marker)
        // The indication gets two lines: the clinical question matters to the read.
        let indication = TextLayout.wrap(c.theme.text(TextLayout.line("Indication: " + text.indication)), width: width - 2)
        for (i, line) in indication.prefix(2).enumerated() {
            var shown = line
            if i == 1 && indication.count > 2 {
                // Cut: say so, and which key shows it whole.
                let key = ui.keyMap.key(for: .request, in: .reading).map { " (\($0): all)" } ?? ""
                let mark = TextLayout.ellipsis(ascii: c.theme.ascii) + key
                shown = TextLayout.clip(line, width: max(0, width - 3 - DisplayWidth.of(mark))) + " " + mark
            }
            c.text(shown, x: 1, y: 1 + i, .title, limit: width - 2)
        }
        c.buffer.write(String(repeating: c.theme.separator, count: width), x: 0, y: 3, style: c.theme.style(.dim))

        // Checklist.
        let body = Rect(x: 0, y: checklistTop, width: width, height: max(0, height - 6))
        let (left, rightPane) = body.splitLeft(checklistWidth(columns: width))
        for (i, step) in item.steps.enumerated() where i < left.height {
            let y = left.y + i
            let isCurrent = progress.currentStep == step.id
            let glyph: String
            var role: Theme.Role
            switch progress.decisions[step.id] {
            case .normal?: (glyph, role) = (c.theme.normal, .text)
            case .marked?: (glyph, role) = (c.theme.finding, .critical)
            case nil:
                if !state.isAvailable(id, step: step.id) {
                    (glyph, role) = (c.theme.pending, .dim)
                } else {
                    (glyph, role) = (isCurrent ? c.theme.seen : c.theme.notSeen, .dim)
                }
            }
            // The read rule, learnt while reading: a step long enough on screen gets a quiet
            // mark at the end of its row; a decision made before that is drawn dim (it will
            // not count until it is made again).
            let standing = ui.reading?.standing(case: id, step: step.id, at: now) ?? .unread
            if standing == .decidedUnread { role = .dim }
            if isCurrent { c.text(c.theme.pointer, x: 0, y: y, .marker) }
            c.text(glyph, x: 2, y: y, role)
            if standing == .read { c.text(c.theme.readMark, x: left.maxX - 2, y: y, .dim) }
            let label = routine.step(step.id)?.label ?? step.id
            let waiting = state.isAvailable(id, step: step.id) ? ""
                : " (in \(Int(((state.availableAt(id, step: step.id) ?? state.now) - state.now).rounded(.up))) s)"
            c.text(TextLayout.ellipsize(TextLayout.line(label) + waiting, width: left.width - 7, ascii: c.theme.ascii),
                   x: 4, y: y, isCurrent ? .selected : .text)
        }

        // The step on screen.
        let pane = rightPane.inset(left: 1, right: 1)
        guard let stepID = progress.currentStep, let step = routine.step(stepID) else { return }
        let index = (item.steps.firstIndex { $0.id == stepID } ?? 0) + 1
        // A long label gives way to its place in the checklist, with an ellipsis.
        let place = "  (\(index)/\(item.steps.count))"
        let label = TextLayout.ellipsize(c.theme.text(TextLayout.line(step.label)), width: max(0, pane.width - place.count),
                                         ascii: c.theme.ascii)
        c.text(label + place, x: pane.x, y: pane.y, .title, limit: pane.width)
        var decision = "undecided"
        switch progress.decisions[stepID] {
        case .normal?: decision = "normal"
        case .marked(let marks)?:
            decision = marks.map { StructuredReport.describe($0, in: step) }.sorted().joined(separator: "; ")
        case nil: break
        }
        c.text("Decision: " + decision, x: pane.x, y: pane.y + 1, progress.decisions[stepID] == nil ? .dim : .text,
               limit: pane.width)
        // Drills show each step's hint; shifts and exams never do.
        var viewTop = pane.y + 3
        if state.snapshot.scenario.mode == .drill, let hint = step.hint {
            c.text("Hint: " + hint, x: pane.x, y: pane.y + 2, .dim, limit: pane.width)
            viewTop += 1
        }

        let findings = findingsSoFar(progress, routine)
        let findingsHeight = findings.isEmpty ? 0 : min(4, 1 + findings.count)
        let view = Rect(x: pane.x, y: viewTop, width: pane.width, height: max(0, pane.maxY - viewTop - findingsHeight))
        // The view, then what colleagues add: the extra view (offered, on the way, or here)
        // and the senior's note, each its own paragraph, scrolled together.
        let parts = [(text.views[stepID]?.text ?? "", Theme.Role.text)]
            + helpParagraphs(state: state, ui: ui, content: content, caseID: id, step: stepID, now: now)
        var lines: [(String, Theme.Role)] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { lines.append(("", .text)) }
            lines += TextLayout.wrap(c.theme.text(Sanitizer.sanitize(part.0)), width: view.width).map { ($0, part.1) }
        }
        let total = lines.count
        let skip = min(ui.scroll, max(0, total - view.height))
        for (i, line) in lines.dropFirst(skip).prefix(view.height).enumerated() {
            c.text(line.0, x: view.x, y: view.y + i, line.1, limit: view.width)
        }
        if total > view.height + skip {
            // The last key of the binding: PgDn is first, Space the one most press.
            let key = ui.keyMap.table.first { $0.context == .reading && $0.intent == .pageDown }?.keys.last?.description ?? "?"
            let more = "more (\(key))"
            c.text(more, x: view.maxX - DisplayWidth.of(more), y: view.maxY - 1, .dim)
        }
        if !findings.isEmpty {
            let y = pane.maxY - findingsHeight
            c.text("Findings so far:", x: pane.x, y: y, .title)
            let room = findingsHeight - 1
            let shown = findings.count > room ? Array(findings.prefix(room - 1)) + ["+\(findings.count - room + 1) more (r: report)"]
                : findings
            for (i, line) in shown.enumerated() {
                c.text(line, x: pane.x + 1, y: y + 1 + i, i == room - 1 && findings.count > room ? .dim : .text,
                       limit: pane.width - 1)
            }
        }
    }

    /// What the technologist and a senior add to the step on screen (issue 17): an offer
    /// while nothing is asked, "requested — arriving in N s", then the view or the note.
    static func helpParagraphs(state: SessionState, ui: UIState, content: SessionContent, caseID id: String,
                               step: String, now: Double) -> [(String, Theme.Role)] {
        guard state.snapshot.scenario.mode != .exam, let text = content.cases[id] else { return [] }
        let signed = state.progress(id)?.status == .signed
        var out: [(String, Theme.Role)] = []
        if let extra = text.views[step]?.extra {
            if let arrives = state.extraArrives(id, step: step) {
                out.append(now >= arrives ? ("\(extra.label): " + extra.text, .text)
                    : ("\(extra.label): requested \u{2014} arriving in \(Int((arrives - now).rounded(.up))) s.", .dim))
            } else if !signed, let key = ui.keyMap.key(for: .askExtra, in: .reading) {
                out.append(("The technologist can add: \(extra.label) (\(key) asks for it).", .dim))
            }
        }
        if let note = text.senior {
            if let arrives = state.seniorArrives(id) {
                out.append(now >= arrives ? ("Senior colleague: " + note, .text)
                    : ("Senior colleague: on the way \u{2014} about \(Int((arrives - now).rounded(.up))) s.", .dim))
            } else if !signed, let key = ui.keyMap.key(for: .consult, in: .reading) {
                out.append(("A senior colleague is free (\(key) asks them; the wait counts in read time).", .dim))
            }
        }
        return out
    }

    /// "Pleura: Pneumothorax, left (called)".
    static func findingsSoFar(_ progress: CaseProgress, _ routine: Routine) -> [String] {
        routine.steps.flatMap { step in
            (progress.decisions[step.id]?.marks ?? []).map { mark in
                let called = progress.isCommunicated(step: step.id, mark: mark) ? " (called)" : ""
                return "\(step.label): \(StructuredReport.describe(mark, in: step))\(called)"
            }.sorted()
        }
    }
}
