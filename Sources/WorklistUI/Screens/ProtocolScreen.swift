import WorklistCore

/// A protocoling request (issue 17): the exam asked for, the clinical details, the options;
/// once answered, the verdict with its explanation and the best option's, as a feedback card.
enum ProtocolScreen {
    static func paragraphs(_ request: ProtocolRequest, snapshot: RequestSnapshot, state: SessionState, ui: UIState,
                           selection: Int, theme: Theme, now: Double) -> [Paragraph] {
        let answer = state.protocoled[request.id]
        var out = [Paragraph([Span("Requested: ", .dim), Span(request.exam, .title)]),
                   Paragraph([Span("Patient: ", .dim), Span("\(request.patient.age) \(request.patient.sex)"),
                              Span(answer == nil ? "  \(theme.dot) waiting \(ClockText.minutes(now - snapshot.arrives))" : "", .dim)]),
                   .blank, Paragraph("CLINICAL DETAILS", .title), Paragraph(request.details, indent: 1), .blank,
                   Paragraph(answer == nil ? "WHAT WILL YOU DO? (choose one, then Enter: final)" : "YOUR ANSWER", .title)]
        for (index, option) in request.options.enumerated() {
            let chosen = answer?.option == option.id
            let pointer = answer == nil ? (index == selection ? theme.pointer : " ") : (chosen ? theme.pointer : " ")
            // Preformatted: the pointer column keeps its width on every row.
            out.append(Paragraph([Span(pointer + " ", .marker), Span("\(index + 1). " + option.text, chosen ? .title : .text)],
                                 indent: 1, preformatted: true))
        }
        guard let answer, let option = request.options.first(where: { $0.id == answer.option }),
              state.snapshot.scenario.feedback else { return out }
        // The verdict: what the scorer gives it, and why; the read rule; the best option.
        let report = ui.reading?.request(request.id)
        let read = report?.read ?? true
        let (word, role): (String, Theme.Role) = switch option.verdict {
        case .best: ("Best", .good)
        case .acceptable: ("Acceptable", .notice)
        case .wrong: ("Not the right call", .bad)
        }
        out += [.blank, Paragraph([Span(word, role), Span(" \(theme.dot) protocoling \(ReportText.number(report?.score ?? 0))", .dim)]),
                Paragraph(option.explanation, indent: 1)]
        if !read {
            out.append(Paragraph("Answered before the request had been on screen long enough to read "
                                 + "(\(ReportText.number(snapshot.readingSeconds)) s for its \(snapshot.words) words): scored 0.", .bad, indent: 1))
        }
        if option.verdict != .best {
            for best in request.options where best.verdict == .best {
                out += [.blank, Paragraph([Span("Best: ", .good), Span(best.text, .title)]), Paragraph(best.explanation, indent: 1)]
            }
        }
        if !request.references.isEmpty {
            out += [.blank, Paragraph("References", .dim)] + request.references.map { Paragraph($0, .dim, indent: 1) }
        }
        return out
    }
}

