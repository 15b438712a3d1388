import WorklistCore

/// The feedback card of one case (PRODUCT.md §3): found and missed findings with their
/// grade, teaching point and the evidence highlighted in the view text; overcalls with a
/// distractor's note; steps skipped, unread or out of order; time; calls; the trainee's
/// report beside the model impression; each communication with its verdict and window, and
/// each call about the case. Pure: from the case's score report and content.
public enum CaseFeedback {
    public static func paragraphs(_ report: CaseReport, item: CaseSnapshot, text: Case, routine: Routine,
                                  scenario: ScenarioSnapshot, theme: Theme) -> [Paragraph] {
        func label(_ step: String) -> String { routine.step(step)?.label ?? step }
        func describe(_ step: String, _ term: String, _ side: Side?) -> String {
            routine.step(step).map { StructuredReport.describe(Mark(term: term, side: side), in: $0) } ?? term
        }
        func n(_ x: Double) -> String { ReportText.number(x) }
        var out: [Paragraph] = []

        let grade = report.grade == .concur ? "1 (concur)" : report.grade.rawValue
        out.append(Paragraph([Span("Score \(n(report.score))", .title), Span(" · grade \(grade)")]))
        var axes = "Coverage \(n(report.coverage)) · detection \(n(report.detection))"
        if let k = report.communication { axes += " · communication \(n(k))" }
        axes += " · order \(n(report.order)) · time \(n(report.time)) (read \(n(report.readSeconds)) s, target \(n(item.targetSeconds)) s)"
        out.append(Paragraph(axes, .dim))

        let found = text.findings.filter { report.found.contains($0.id) }
        let missed = text.findings.filter { f in report.missed.contains { $0.finding == f.id } }
        if text.findings.isEmpty {
            out += [.blank, Paragraph("A normal study: the right answer was no finding.", .good)]
        }
        if !found.isEmpty {
            out += [.blank, Paragraph("FOUND", .title)]
            for f in found {
                // Where the trainee marked it (an accepted step counts too).
                let markedAt = f.steps.first { step in
                    report.decisions[step]?.marks.contains { f.matches(step: step, term: $0.term, side: $0.side) } == true
                } ?? f.step
                out.append(Paragraph([Span(theme.tick + " ", .good), Span(describe(f.step, f.term, f.side), .title),
                                      Span(" at \(label(markedAt)) · \(f.severity.rawValue), \(f.conspicuity.rawValue)")],
                                     indent: 1))
                out.append(Paragraph(f.teaching, .dim, indent: 3))
            }
        }
        if !missed.isEmpty {
            out += [.blank, Paragraph("MISSED", .title)]
            for f in missed {
                let grade = report.missed.first { $0.finding == f.id }?.grade.rawValue ?? ""
                out.append(Paragraph([Span(theme.cross + " " + grade + " ", .bad), Span(describe(f.step, f.term, f.side), .title),
                                      Span(" at \(label(f.step)) · \(f.severity.rawValue), \(f.conspicuity.rawValue)")],
                                     indent: 1))
                out.append(Paragraph(f.teaching, indent: 3))
                if let evidence = f.evidence, let (step, view) = viewContaining(evidence, f.steps, text) {
                    out.append(Paragraph("In the view of \(label(step)):", .dim, indent: 3))
                    out.append(Paragraph(highlight(evidence, in: view), indent: 5))
                }
            }
        }
        if !report.overcalls.isEmpty {
            out += [.blank, Paragraph("OVERCALLS", .title)]
            for o in report.overcalls {
                let distractor = text.distractors.first {
                    $0.step == o.step && ($0.term == nil || $0.term == o.term) && ($0.side == nil || $0.side == o.side)
                }
                var spans = [Span(o.grade.rawValue + " ", .bad), Span(describe(o.step, o.term, o.side), .title),
                             Span(" at \(label(o.step))")]
                spans.append(Span(distractor.map { ": " + $0.note } ?? ": not in the truth of this case."))
                out.append(Paragraph(spans, indent: 1))
                if let evidence = distractor?.evidence, let (step, view) = viewContaining(evidence, [o.step], text) {
                    out.append(Paragraph("In the view of \(label(step)):", .dim, indent: 3))
                    out.append(Paragraph(highlight(evidence, in: view), indent: 5))
                }
            }
        }
        // Mimics read correctly: the lesson is worth as much when it was not fallen for.
        let avoided = text.distractors.filter { d in
            !report.overcalls.contains { $0.step == d.step && (d.term == nil || $0.term == d.term) }
        }
        if !avoided.isEmpty && report.status == .signed {
            out += [.blank, Paragraph("MIMICS ON THIS STUDY (not called: right)", .title)]
            for d in avoided {
                out.append(Paragraph([Span(theme.tick + " ", .good), Span(label(d.step) + ": ", .title), Span(d.note)], indent: 1))
                if let evidence = d.evidence, let (_, view) = viewContaining(evidence, [d.step], text) {
                    out.append(Paragraph(highlight(evidence, in: view), indent: 3))
                }
            }
        }
        let slips = report.orderSlips.map { "\(label($0.decidedFirst)) before \(label($0.decidedLater))" }
        if !report.skippedSteps.isEmpty || !report.unreadSteps.isEmpty || !slips.isEmpty {
            out += [.blank, Paragraph("STEPS", .title)]
            if !report.skippedSteps.isEmpty {
                out.append(Paragraph([Span("Never decided: ", .bad), Span(report.skippedSteps.map(label).joined(separator: ", "))], indent: 1))
            }
            if !report.unreadSteps.isEmpty {
                out.append(Paragraph([Span("Decided without reading: ", .bad),
                                      Span(report.unreadSteps.map(label).joined(separator: ", ")
                                           + " (each needs 1 s + 1 s per 8 words on screen)")], indent: 1))
            }
            if !slips.isEmpty {
                out.append(Paragraph([Span("Out of order: ", .notice), Span(slips.joined(separator: "; "))], indent: 1))
            }
        }
        let told = CallDebrief.communications(report, text: text, routine: routine, theme: theme)
        if !told.isEmpty {
            out += [.blank, Paragraph("COMMUNICATION", .title)] + told
        }
        let calls = report.interruptionCalls
        if !calls.isEmpty {
            out += [.blank, Paragraph("CALLS ABOUT THIS CASE", .title)]
            for call in calls {
                out += CallDebrief.call(call, scenario.interruptions.first { $0.id == call.id }, routine: routine, theme: theme)
            }
        }

        out += help(report, text: text, routine: routine, theme: theme)

        out += [.blank, Paragraph("YOUR REPORT", .title)]
        for line in StructuredReport.lines(routine: routine, decisions: report.decisions) {
            out.append(Paragraph([Span(line.label + ": ", .dim), Span(line.text)], indent: 1))
        }
        out.append(Paragraph([Span("Impression: ", .dim), Span(report.impression.isEmpty ? "(none typed)" : report.impression)], indent: 1))
        out += [.blank, Paragraph("MODEL IMPRESSION", .title), Paragraph(text.impression, indent: 1)]
        if !text.references.isEmpty {
            out += [.blank, Paragraph("References", .dim)]
            out += text.references.map { Paragraph($0, .dim, indent: 1) }
        }
        if text.status == .draft {
            out += [.blank, Paragraph("Draft case: not yet reviewed by a radiologist.", .dim)]
        }
        return out
    }

    /// Each extra view the case offered, asked for or not, and whether it was indicated; the
    /// senior's note when consulted. Time only, never points: the feedback says why.
    static func help(_ report: CaseReport, text: Case, routine: Routine, theme: Theme) -> [Paragraph] {
        var out: [Paragraph] = []
        for step in routine.steps {
            guard let extra = text.views[step.id]?.extra else { continue }
            let asked = report.extras.first { $0.step == step.id }
            let right = (asked != nil) == extra.indicated
            let verdict: String
            switch (asked, extra.indicated) {
            case (let a?, true): verdict = "asked at \(ClockText.clock(a.askedAt)): indicated"
            case (let a?, false): verdict = "asked at \(ClockText.clock(a.askedAt)): not needed"
            case (nil, true): verdict = "not asked, but it was indicated"
            case (nil, false): verdict = "not asked: right, it was not needed"
            }
            var spans = [Span((right ? theme.tick : theme.cross) + " ", right ? .good : .bad),
                         Span("\(step.label): \(extra.label)", .title), Span(" \u{2014} " + verdict)]
            if !extra.reason.isEmpty { spans.append(Span(". " + extra.reason, .dim)) }
            out.append(Paragraph(spans, indent: 1))
        }
        if let at = report.consultedAt, let note = text.senior {
            out.append(Paragraph([Span("Senior colleague", .title), Span(" (asked at \(ClockText.clock(at))): "),
                                  Span(note)], indent: 1))
        }
        return out.isEmpty ? [] : [.blank, Paragraph("HELP FROM COLLEAGUES (time only, never points)", .title)] + out
    }

    /// The view text in which an evidence phrase occurs (case-insensitive), with its step;
    /// an extra view's text too, for a finding seen only there.
    static func viewContaining(_ evidence: String, _ steps: [String], _ text: Case) -> (String, String)? {
        let phrase = Array(normalized(evidence)).map { $0.lowercased() }
        for step in steps {
            for view in [text.views[step]?.text, text.views[step]?.extra?.text].compactMap({ $0 })
            where firstIndex(of: phrase, in: Array(normalized(view))) != nil {
                return (step, view)
            }
        }
        return nil
    }

    /// The view text as spans, the evidence phrase highlighted.
    static func highlight(_ evidence: String, in view: String) -> [Span] {
        let chars = Array(normalized(view))
        let needle = Array(normalized(evidence)).map { $0.lowercased() }
        guard let start = firstIndex(of: needle, in: chars) else { return [Span(String(chars))] }
        let end = start + needle.count
        return [Span(String(chars[..<start])), Span(String(chars[start..<end]), .highlight), Span(String(chars[end...]))]
    }

    /// Where `needle` (lowercased characters) starts in `chars`, ignoring case.
    static func firstIndex(of needle: [String], in chars: [Character]) -> Int? {
        guard !needle.isEmpty, needle.count <= chars.count else { return nil }
        return (0...(chars.count - needle.count)).first { i in
            needle.indices.allSatisfy { chars[i + $0].lowercased() == needle[$0] }
        }
    }

    static func normalized(_ s: String) -> String {
        Sanitizer.sanitize(s).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
