import WorklistCore

/// The words every debrief uses for calls and communications (PRODUCT.md §4, §5): the
/// feedback card, the summary and review. Pure: from the score report and the content;
/// every string is sanitised when the paragraphs are laid out.
enum CallDebrief {
    /// "18 s", "2 min", "3 min 5 s", "1 h 30 min": whole units where they are whole.
    static func duration(_ seconds: Double) -> String {
        let tenths = (max(0, seconds) * 10).rounded() / 10
        guard tenths >= 60 else { return ReportText.number(tenths) + " s" }
        let hours = Int(tenths / 3600)
        let minutes = Int((tenths - Double(hours) * 3600) / 60)
        let rest = tenths - Double(hours) * 3600 - Double(minutes) * 60
        var parts: [String] = []
        if hours > 0 { parts.append("\(hours) h") }
        if minutes > 0 { parts.append("\(minutes) min") }
        if rest > 0.05 { parts.append(ReportText.number(rest) + " s") }
        return parts.joined(separator: " ")
    }

    /// "category 1 — call within 2 min"; "category 3 — no call needed: report it".
    static func categoryWindow(_ category: ActionCategory?, _ scenario: ScenarioSnapshot) -> String {
        guard let category else { return "not actionable — no call needed: report it" }
        guard let window = CaseSnapshot.window(category, scenario) else {
            return "category \(category.rawValue) — no call needed: report it"
        }
        return "category \(category.rawValue) — call within \(duration(window))"
    }

    // MARK: - Communications of a case

    /// Each communication of the case with its verdict, window and points, then each
    /// finding of category 1 or 2 never called, then how the axis adds up.
    static func communications(_ report: CaseReport, text: Case, routine: Routine, theme: Theme) -> [Paragraph] {
        guard !report.communications.isEmpty || !report.calls.isEmpty else { return [] }
        func n(_ x: Double) -> String { ReportText.number(x) }
        func describe(_ step: String, _ term: String, _ side: Side?) -> String {
            routine.step(step).map { StructuredReport.describe(Mark(term: term, side: side), in: $0) } ?? term
        }
        var out: [Paragraph] = []
        for (index, call) in report.communications.enumerated() {
            let name = describe(call.step, call.term, call.side)
            let how: String
            let role: Theme.Role
            switch call.verdict {
            case .inTime, .late:
                let first = report.communications.firstIndex { $0.finding == call.finding && $0.finding != nil } ?? index
                let timing = report.calls.first { $0.finding == call.finding }
                let category = (timing?.category ?? call.category).map { "category \($0.rawValue)" } ?? "no category"
                let window = duration(timing?.window ?? 0)
                // The first showing of the finding's steps, as Scoring measured it.
                let seenAt = timing?.delay.map { report.communications[first].t - $0 }
                let delay = seenAt.map { call.t - $0 }
                let after = delay.map { "called \(duration($0)) after first seen" } ?? "called at \(duration(call.t))"
                if index != first {
                    how = "\(after) — called again: the first call counts (no points either way)"
                    role = .dim
                } else {
                    let points = timing?.score ?? 0
                    let judged = call.verdict == .inTime ? "within \(window) (\(category))"
                        : "after the \(window) window (\(category))"
                    let unmarked = points == 0 ? ", but not in your report at signing" : ""
                    how = "\(after) — \(judged)\(unmarked): \(n(points))"
                    role = points == 100 ? .good : .bad
                }
            case .unnecessary:
                let what = call.category.map { "a category \($0.rawValue) finding" } ?? "a finding that needs no call"
                how = "unnecessary call: \(what) — say it in the report (−25)"
                role = .bad
            case .falseAlert:
                how = "false alert: no such finding (−50)"
                role = .bad
            }
            out.append(Paragraph([Span(name + ": ", .title), Span(how, role)], indent: 1))
        }
        for timing in report.calls where timing.delay == nil {
            let f = text.findings.first { $0.id == timing.finding }
            let name = f.map { describe($0.step, $0.term, $0.side) } ?? timing.finding
            let category = timing.category.map { "category \($0.rawValue)" } ?? "no category"
            let window = "call within \(duration(timing.window))"
            let how = report.found.contains(timing.finding) ? "not called: \(category) — \(window) (0)"
                : "missed, so not called: \(category) — \(window) (0)"
            out.append(Paragraph([Span(name + ": ", .title), Span(how, .bad)], indent: 1))
        }
        // How the axis adds up, where it is more than one finding's points.
        let penalties = report.communications.contains { $0.verdict == .unnecessary || $0.verdict == .falseAlert }
        if let total = report.communication, report.calls.count != 1 || penalties {
            let unnecessary = report.communications.filter { $0.verdict == .unnecessary }.count
            let alerts = report.communications.filter { $0.verdict == .falseAlert }.count
            var sum: String
            if report.calls.isEmpty {
                sum = "nothing on this case needed a call"
            } else {
                let points = report.calls.map(\.score)
                let mean = points.reduce(0, +) / Double(points.count)
                sum = points.count == 1 ? "\(n(points[0]))" : "mean of \(points.map(n).joined(separator: ", ")) = \(n(mean))"
            }
            if unnecessary > 0 { sum += ", −\(25 * unnecessary) for \(unnecessary) unnecessary call\(unnecessary == 1 ? "" : "s")" }
            if alerts > 0 { sum += ", −\(50 * alerts) for \(alerts) false alert\(alerts == 1 ? "" : "s")" }
            out.append(Paragraph("Communication \(n(total)): \(sum)\(penalties ? " (never below 0)" : "")", .dim, indent: 1))
        }
        return out
    }

    // MARK: - Calls (interruptions)

    /// One call: who asked what (and about which study), your answer, the right one when
    /// yours was not, why, the timing and points, a call-back.
    static func call(_ call: CallReport, _ interruption: Interruption?, routine: Routine?, about: String? = nil,
                     theme: Theme) -> [Paragraph] {
        func n(_ x: Double) -> String { ReportText.number(x) }
        guard let interruption else {
            return [Paragraph("\(call.id): \(n(call.score))", indent: 1)]
        }
        func answerText(_ id: String) -> String {
            id == Interruption.notReadYetID ? Interruption.notReadYetText
                : interruption.answers.first { $0.id == id }?.text ?? id
        }
        let rightAnswers = interruption.answers.filter(\.correct).map { "“\($0.text)”" }.joined(separator: " or ")
        let notReadYet = "“\(Interruption.notReadYetText)”"
        let labels = interruption.steps.map { routine?.step($0)?.label ?? $0 }
        // "Pleura", "Blood and Cisterns", "A, B and C"
        let steps = labels.count < 2 ? labels.joined()
            : labels.dropLast().joined(separator: ", ") + " and " + (labels.last ?? "")
        let verb = labels.count < 2 ? "is" : "are"
        var out: [Paragraph] = []

        var head = [Span(interruption.caller, .title)]
        if let about { head.append(Span(" about " + about, .dim)) }
        head.append(Span(": “\(interruption.question)”"))
        out.append(Paragraph(head, indent: 1))

        if let answer = call.answer {
            out.append(Paragraph([Span(call.correct ? theme.tick + " " : theme.cross + " ", call.correct ? .good : .bad),
                                  Span("You answered “\(answerText(answer))”: "),
                                  Span(call.correct ? "right" : "wrong", call.correct ? .good : .bad)], indent: 3))
        } else {
            out.append(Paragraph([Span(theme.cross + " ", .bad), Span("Not answered", .bad)], indent: 3))
        }
        // The right answer, where yours was not it (PRODUCT.md §4, Interruptions).
        if !call.correct {
            let right: String
            if call.answer == Interruption.notReadYetID {
                right = interruption.needsRead ? "\(rightAnswers): \(steps) had been read, so say what you saw"
                    : "\(rightAnswers): the caller gave what you needed, no need to read first"
            } else if let answer = call.answer, interruption.answers.contains(where: { $0.id == answer && $0.correct }) {
                right = "\(notReadYet): \(steps) had not been read yet (each step needs 1 s + 1 s per 8 words on screen)"
            } else if interruption.needsRead, let read = call.stepsRead {
                // What was right at the moment of answering.
                right = read ? rightAnswers : "\(notReadYet): \(steps) had not been read yet"
            } else if interruption.needsRead {
                right = "\(rightAnswers) once \(steps) \(verb) read; before that, \(notReadYet)"
            } else {
                right = rightAnswers
            }
            out.append(Paragraph([Span("The right answer: ", .dim), Span(right)], indent: 3))
        }
        if !interruption.explanation.isEmpty {
            out.append(Paragraph([Span("Why: ", .dim), Span(interruption.explanation)], indent: 3))
        }
        let points: String
        if let answeredAt = call.answeredAt {
            let after = "answered \(duration(answeredAt - call.shownAt)) after it rang"
            let late = answeredAt - call.shownAt > 30
            switch (call.correct, late) {
            case (true, false): points = "\(after): \(n(call.score))"
            case (true, true): points = "right (100), −25: \(after) (more than 30 s): \(n(call.score))"
            case (false, false): points = "wrong (0); \(after): \(n(call.score))"
            case (false, true): points = "wrong (0), −25: \(after) (more than 30 s): \(n(call.score))"
            }
        } else {
            points = "rang \(duration(call.shownAt)) into the session, not answered: \(n(call.score))"
        }
        out.append(Paragraph([Span("Points: ", .dim), Span(points, call.score == 100 ? .good : .bad)], indent: 3))
        if let back = call.calledBackAt {
            let said = call.callBackAnswer.map { ": “\(answerText($0))”" } ?? ""
            let when = call.answeredAt.map { "\(duration(back - $0)) later" } ?? "at \(duration(back))"
            out.append(Paragraph([Span("Called back ", .dim), Span("\(when)\(said) (shown, not scored)")], indent: 3))
        }
        return out
    }
}
