import WorklistCore

/// Finished cases read-only, the trainee's decisions beside the truth (PRODUCT.md §3).
enum ReviewScreen {
    static func drawList(_ c: inout Canvas, snapshot: ContentSnapshot, report: SessionReport, ui: UIState.Review,
                         content: SessionContent) {
        c.bar(y: 0, left: " Review \(c.theme.dot) " + content.title, right: "read-only, truth shown ", .header)
        c.text("Choose a case: your decisions beside the truth, the evidence highlighted.", x: 1, y: 1, .dim)
        // The calls and protocoling requests of the session under the list, one line each,
        // as room allows.
        let below = report.calls.map { (callLine($0, snapshot: snapshot, content: content), $0.score) }
            + report.requests.map { r in
                let exam = content.requests[r.id]?.exam ?? r.id
                let verdict = r.status != .answered ? r.status.rawValue : (r.verdict?.rawValue ?? "-") + (r.read ? "" : ", read too fast")
                return ("Request \(exam): \(verdict): \(ReportText.number(r.score))", r.score)
            }
        let room = c.buffer.height - 5
        let callRows = below.isEmpty ? 0 : min(below.count + 2, room / 2)
        let rows = Rect(x: 0, y: 3, width: c.buffer.width, height: room - callRows)
        if callRows > 2 {
            let top = rows.maxY + 1
            c.text(report.requests.isEmpty ? "Calls" : report.calls.isEmpty ? "Protocoling" : "Calls and protocoling",
                   x: 1, y: top, .title)
            let shown = below.prefix(callRows - 2)
            for (i, line) in shown.enumerated() {
                c.text(TextLayout.ellipsize(c.theme.text(TextLayout.line(line.0)), width: c.buffer.width - 3, ascii: c.theme.ascii),
                       x: 2, y: top + 1 + i, line.1 == 100 ? .text : .bad)
            }
            if shown.count < below.count {
                c.text("… \(below.count - shown.count) more: the summary lists them all", x: 2, y: top + callRows - 1, .dim)
            }
        }
        let items = snapshot.cases.map { item -> String in
            let r = report.cases.first { $0.id == item.id }
            let text = content.cases[item.id]
            let score = TextLayout.pad(r.map { ReportText.number($0.score) } ?? "-", width: 5)
            let grade = TextLayout.pad(r.map { $0.grade == .notAttempted ? "unopened" : "grade \($0.grade.rawValue)" } ?? "", width: 8)
            let study = content.study(item.id) ?? item.id
            let calls = report.calls.filter { $0.caseID == item.id }.count
            let callNote = calls == 0 ? "" : " · \(calls) call\(calls == 1 ? "" : "s")"
            return "\(score) \(grade) · \(item.priority.rawValue.uppercased()) \(study) · \(text?.title ?? "")\(callNote)"
        }
        Overlays.list(&c, items, selection: ui.selection, in: rows)
    }

    /// "ED registrar about XR Chest PA: right, answered 12 s after it rang: 100".
    static func callLine(_ call: CallReport, snapshot: ContentSnapshot, content: SessionContent) -> String {
        let caller = snapshot.interruption(call.id)?.caller ?? call.id
        let study = content.study(call.caseID) ?? call.caseID
        let verdict = call.answer == nil ? "not answered" : call.correct ? "right" : "wrong"
        let when = call.answeredAt.map { ", answered \(CallDebrief.duration($0 - call.shownAt)) after it rang" } ?? ""
        return "\(caller) about \(study): \(verdict)\(when): \(ReportText.number(call.score))"
    }

    static func drawCase(_ c: inout Canvas, snapshot: ContentSnapshot, report: SessionReport, ui: UIState.Review,
                         content: SessionContent) {
        guard let id = ui.openCase, let item = snapshot.case(id), let text = content.cases[id],
              let routine = content.routine(ofCase: id) else { return }
        let r = report.cases.first { $0.id == id }
        let decisions = r?.decisions ?? [:]
        let width = c.buffer.width
        c.bar(y: 0, left: " Review \(c.theme.dot) \(content.study(id) ?? id) \(c.theme.dot) \(text.patient.age) \(text.patient.sex)",
              right: "score \(r.map { ReportText.number($0.score) } ?? "-") ", .header)
        c.text(TextLayout.ellipsize(c.theme.text(TextLayout.line("Indication: " + text.indication)), width: width - 2,
                                    ascii: c.theme.ascii), x: 1, y: 1, .title, limit: width - 2)
        c.buffer.write(String(repeating: c.theme.separator, count: width), x: 0, y: 2, style: c.theme.style(.dim))

        let body = Rect(x: 0, y: 3, width: width, height: c.buffer.height - 5)
        let (left, right) = body.splitLeft(ReadingScreen.checklistWidth(columns: width))
        for (i, step) in item.steps.enumerated() where i < left.height {
            let hasTruth = text.findings.contains { $0.steps.contains(step.id) && $0.step == step.id }
            let glyph = switch decisions[step.id] {
            case .normal?: c.theme.normal
            case .marked?: c.theme.finding
            case nil: c.theme.notSeen
            }
            if i == ui.step { c.text(c.theme.pointer, x: 0, y: left.y + i, .marker) }
            c.text(glyph, x: 2, y: left.y + i, hasTruth ? .bad : .text)
            c.text(TextLayout.ellipsize(routine.step(step.id)?.label ?? step.id, width: left.width - 5, ascii: c.theme.ascii),
                   x: 4, y: left.y + i, i == ui.step ? .selected : .text)
        }

        guard item.steps.indices.contains(ui.step), let step = routine.step(item.steps[ui.step].id) else { return }
        let pane = right.inset(left: 1, right: 1)
        var paragraphs: [Paragraph] = [Paragraph(step.label, .title)]
        let yours: String = switch decisions[step.id] {
        case .normal?: "normal"
        case .marked(let marks)?: marks.map { StructuredReport.describe($0, in: step) }.sorted().joined(separator: "; ")
        case nil: "not decided"
        }
        paragraphs.append(Paragraph([Span("You: ", .dim), Span(yours)]))
        let truths = text.findings.filter { $0.step == step.id }
        if truths.isEmpty {
            paragraphs.append(Paragraph([Span("Truth: ", .dim), Span("nothing to report here", .good)]))
        }
        for f in truths {
            let found = r?.found.contains(f.id) == true
            paragraphs.append(Paragraph([Span("Truth: ", .dim), Span(StructuredReport.describe(Mark(term: f.term, side: f.side), in: step), .title),
                                         Span(" · \(f.severity.rawValue), \(f.conspicuity.rawValue) · "),
                                         Span(found ? "found" : "missed", found ? .good : .bad)]))
            paragraphs.append(Paragraph(f.teaching, indent: 2))
        }
        for d in text.distractors where d.step == step.id {
            paragraphs.append(Paragraph([Span("Distractor: ", .notice), Span(d.note)]))
        }
        paragraphs.append(.blank)
        let view = text.views[step.id]?.text ?? ""
        if let evidence = (truths.compactMap(\.evidence) + text.distractors.filter { $0.step == step.id }.compactMap(\.evidence))
            .first(where: { CaseFeedback.viewContaining($0, [step.id], text) != nil }) {
            paragraphs.append(Paragraph(CaseFeedback.highlight(evidence, in: view)))
        } else {
            paragraphs.append(Paragraph(view))
        }
        // The case's communications and the calls about it, below every step's view.
        if let r {
            let told = CallDebrief.communications(r, text: text, routine: routine, theme: c.theme)
            if !told.isEmpty { paragraphs += [.blank, Paragraph("COMMUNICATION (this case)", .title)] + told }
            let calls = report.calls.filter { $0.caseID == id }
            if !calls.isEmpty {
                paragraphs += [.blank, Paragraph("CALLS ABOUT THIS CASE", .title)]
                for call in calls {
                    paragraphs += CallDebrief.call(call, snapshot.interruption(call.id), routine: routine, theme: c.theme)
                }
            }
        }
        let lines = StyledText.layout(paragraphs, width: pane.width, theme: c.theme)
        StyledText.draw(lines, in: pane, skip: min(ui.scroll, max(0, lines.count - pane.height)), on: &c)
    }
}

/// The help overlay: every key of the context on screen, from the one keymap table.
enum HelpOverlay {
    static func draw(_ c: inout Canvas, context: Context, keyMap: KeyMap) {
        let all = keyMap.table.filter { $0.context == context && $0.intent != .help }
        // The nine step jumps read as one line.
        let jumps = all.filter { if case .step = $0.intent { true } else { false } }
        let bindings = all.filter { binding in !jumps.contains { $0.intent == binding.intent } }
        // Opposite moves share a line ("↑ k / ↓ j  step: previous / next"), so the reading
        // screen's keys fit an 80×24 terminal.
        let pairs: [(Intent, Intent, String)] = [(.up, .down, "previous / next"), (.top, .bottom, "first / last"),
                                                 (.pageDown, .pageUp, "scroll down / up")]
        func keys(_ b: KeyBinding) -> String { c.theme.text(b.keys.map(\.description).joined(separator: " ")) }
        var lines: [String] = []
        var jumpsAt: Int?
        for binding in bindings {
            if let pair = pairs.first(where: { $0.1 == binding.intent }),
               bindings.contains(where: { $0.intent == pair.0 }) { continue }   // shown with its first
            if let pair = pairs.first(where: { $0.0 == binding.intent }),
               let other = bindings.first(where: { $0.intent == pair.1 }) {
                let name = binding.intent == .up ? (binding.label ?? "move") + ": " : ""
                lines.append(TextLayout.pad(keys(binding) + " / " + keys(other), width: 20) + name + pair.2)
                if binding.intent == .top { jumpsAt = lines.count }
                continue
            }
            lines.append(TextLayout.pad(keys(binding), width: 20) + (binding.label ?? describe(binding.intent)))
        }
        if !jumps.isEmpty {
            let keys = jumps.compactMap { $0.keys.first?.description }
            let standard = keys == (1...9).map(String.init)
            let line = TextLayout.pad(standard ? "1-9" : keys.joined(separator: " "), width: 20) + "step 1 to \(jumps.count) of the checklist"
            lines.insert(line, at: jumpsAt ?? lines.count)
        }
        let height = min(c.buffer.height - 2, lines.count + 4)
        let width = min(c.buffer.width - 4, 64)
        let box = Rect(x: (c.buffer.width - width) / 2, y: max(1, (c.buffer.height - height) / 2), width: width, height: height)
        let inside = c.box(box, title: "Keys here (any key closes)")
        for (i, line) in lines.prefix(inside.height - 1).enumerated() {
            // A rebound key list or a long label ends in an ellipsis, never mid-word.
            c.text(TextLayout.ellipsize(c.theme.text(line), width: inside.width, ascii: c.theme.ascii),
                   x: inside.x, y: inside.y + i, .text, limit: inside.width)
        }
        c.text("Time keeps running while help is open.", x: inside.x, y: inside.maxY - 1, .dim, limit: inside.width)
    }

    /// Words for bindings the bottom line leaves out.
    static func describe(_ intent: Intent) -> String {
        switch intent {
        case .up: "up"
        case .down: "down"
        case .pageUp: "page up"
        case .pageDown: "page down / scroll"
        case .top: "first"
        case .bottom: "last"
        case .deleteBackward: "delete a character"
        case .findEverywhere: "find on any step (marked at its step)"
        case .unmark: "unmark (choose which)"
        case .request: "the whole request"
        case .askExtra: "ask the technologist for an extra view"
        case .consult: "ask a senior colleague"
        case .help: "help"
        default: "\(intent)"
        }
    }
}
