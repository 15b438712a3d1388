import WorklistCore

/// The end-of-session summary (PRODUCT.md §3): each axis with a plain-text bar ("n/a" for
/// triage, turnaround and time management in a drill or an exam), how the session score
/// comes from the reading, sensitivity and specificity, the worst misses first, each call
/// explained, the cases never opened.
public enum SessionSummary {
    public static func paragraphs(_ report: SessionReport, content: SessionContent, theme: Theme,
                                  progress: TraineeProgress? = nil, snapshot: ContentSnapshot? = nil) -> [Paragraph] {
        func n(_ x: Double?) -> String { x.map(ReportText.number) ?? "-" }
        func study(_ id: String) -> String {
            content.study(id).map { "\($0) (\(id))" } ?? id
        }
        func axis(_ label: String, _ value: Double?, applies: Bool) -> Paragraph {
            let padded = TextLayout.pad(label, width: 17)
            guard applies else {
                return Paragraph([Span(padded), Span("  n/a", .title), Span("  the \(report.mode.rawValue) sets the order", .dim)],
                                 preformatted: true)
            }
            guard let value else { return Paragraph([Span(padded), Span("    -  does not apply", .dim)], preformatted: true) }
            let figure = String(repeating: " ", count: max(0, 5 - n(value).count)) + n(value)
            return Paragraph([Span(padded), Span(figure, .title), Span("  " + theme.text(ReportText.bar(value)),
                                                                           value >= 80 ? .good : value >= 50 ? .text : .bad)],
                             preformatted: true)
        }
        var out: [Paragraph] = []
        let ended = report.finished ? "finished" : "not finished"
        out.append(Paragraph("\(report.mode.rawValue.capitalized) \(content.title): \(ended)", .title))
        out.append(.blank)
        out += ReportText.axes(report).map { axis($0.label, $0.value, applies: $0.applies) }
        // How time management and calls discount the reading (or what an exam or drill is).
        out.append(Paragraph(ReportText.scoreExplanation(report), .dim))
        if report.mode == .exam, let snapshot {
            out.append(Paragraph(RapidsTally(report, snapshot: snapshot).text, .title))
        }
        let keys = report.keystrokesPerSignedCase.map { ReportText.number($0) } ?? "-"
        out.append(Paragraph("Paused \(n(report.pauseSeconds)) s · steps decided without reading \(report.unreadStepCount)"
                             + " · keys per signed case \(keys)", .dim))

        // The comparison with earlier sessions, once history exists.
        if let trend = progress?.trends.first(where: { $0.axis == "session_score" }),
           let (earlier, count) = trend.others(than: report.session) {
            let delta = report.sessionScore - earlier
            out.append(Paragraph([Span("Other sessions: mean \(n(earlier)) over \(count); this one ", .dim),
                                  Span((delta >= 0 ? "+" : "") + n(delta), delta >= 0 ? .good : .bad),
                                  Span("  " + HistoryText.sparkline(trend.points.map(\.value), theme: theme) + "  (h: progress)", .dim)]))
        }
        // Where this score sits in the program, from the standing the last sync fetched.
        if let standing = progress?.program,
           let place = standing.place(report.sessionScore, scenario: report.scenario, trainee: report.trainee) {
            out.append(Paragraph("Program: this score is at the \(Percentile.ordinal(place.percentile)) percentile of your "
                                 + "program on \(report.scenario) (\(place.residents) residents, as of the sync on "
                                 + "\(standing.fetchedAt.prefix(10))).", .dim))
        }
        let misses = report.cases.flatMap { c in c.missed.map { (c.id, $0) } }
            .sorted { $0.1.grade.severityRank > $1.1.grade.severityRank }
        if !misses.isEmpty {
            out += [.blank, Paragraph("WORST MISSES FIRST", .title)]
            for (id, miss) in misses {
                let routine = content.routine(ofCase: id)
                let step = routine?.step(miss.step)
                let finding = content.cases[id]?.findings.first { $0.id == miss.finding }
                let what = step.map { StructuredReport.describe(Mark(term: miss.term, side: finding?.side), in: $0) } ?? miss.term
                out.append(Paragraph([Span(miss.grade.rawValue + "  ", .bad), Span(what, .title),
                                      Span(" at \(step?.label ?? miss.step) · \(study(id))")], indent: 1))
            }
        }
        if !report.calls.isEmpty || !report.skippedCalls.isEmpty {
            out += [.blank, Paragraph("CALLS", .title)]
            for (index, call) in report.calls.enumerated() {
                if index > 0 { out.append(.blank) }
                out += CallDebrief.call(call, snapshot?.interruption(call.id), routine: content.routine(ofCase: call.caseID),
                                        about: study(call.caseID), theme: theme)
            }
            for id in report.skippedCalls {
                guard let call = snapshot?.interruption(id) else { continue }
                out.append(Paragraph([Span(call.caller, .title), Span(" about " + study(call.caseID), .dim),
                                      Span(": did not ring — what it asked was already called through (not scored)")],
                                     indent: 1))
            }
        }
        if !report.requests.isEmpty {
            out += [.blank, Paragraph("PROTOCOLING", .title)]
            for r in report.requests {
                let request = content.requests[r.id]
                let option = request?.options.first { $0.id == r.option }
                let verdict = switch (r.status, r.verdict) {
                case (.unopened, _): "never opened"
                case (.opened, _): "opened, not answered"
                case (_, .best?): r.read ? "best" : "best, but answered before it was read"
                case (_, .acceptable?): r.read ? "acceptable" : "acceptable, but answered before it was read"
                default: "not the right call"
                }
                out.append(Paragraph([Span(ReportText.number(r.score) + "  ", r.score >= 100 ? .good : r.score > 0 ? .notice : .bad),
                                      Span(request?.exam ?? r.id, .title), Span(": " + verdict),
                                      Span(option.map { " (\($0.text))" } ?? "", .dim)], indent: 1))
            }
        }
        let unopened = report.cases.filter { $0.status == .unopened }
        if !unopened.isEmpty {
            out += [.blank, Paragraph("NEVER OPENED", .title)]
            out += unopened.map { Paragraph(study($0.id), indent: 1) }
        }
        out += [.blank, Paragraph("CASES", .title)]
        for c in report.cases {
            let grade = c.grade == .notAttempted ? "not attempted" : "grade \(c.grade.rawValue)"
            out.append(Paragraph([Span(TextLayout.pad(c.status.rawValue, width: 9), c.status == .signed ? .text : .dim),
                                  Span(String(repeating: " ", count: max(0, 5 - n(c.score).count)) + n(c.score), .title),
                                  Span("  \(grade) · " + study(c.id))], indent: 1, preformatted: true))
        }
        out.append(.blank)
        if content.cases.values.contains(where: { $0.status == .draft }) {
            out.append(Paragraph("Draft content: these cases have not been reviewed by a radiologist.", .dim))
        }
        out.append(Paragraph("Scores are formative practice figures, not a certified assessment.", .dim))
        return out
    }
}
