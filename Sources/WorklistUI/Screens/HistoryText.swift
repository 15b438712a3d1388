import WorklistCore

/// Progress over sessions (PRODUCT.md §3): per mode a dated column per session, per routine
/// first reads apart from repeats, weak areas, grades over time.
public enum HistoryText {
    public static func paragraphs(_ p: TraineeProgress, theme: Theme) -> [Paragraph] {
        func n(_ x: Double?) -> String { x.map(ReportText.number) ?? "-" }
        var out: [Paragraph] = [Paragraph("Progress of \(p.trainee): the last \(p.sessions) session(s), oldest on the left", .title)]
        guard p.sessions > 0 else {
            return out + [Paragraph("No finished sessions yet. History fills in as you work shifts, drills and exams.", .dim)]
        }
        out += sessionTables(p)
        if !p.routines.isEmpty {
            out += [.blank, Paragraph("BY ROUTINE: first reads apart from repeats (mean case score)", .title)]
            out.append(Paragraph(TextLayout.pad("routine", width: 16) + "  first reads  mean   repeats  mean", .dim,
                                 indent: 1, preformatted: true))
            for r in p.routines {
                let row = TextLayout.pad(r.routine, width: 16) + "  " + right(String(r.firstReads), 11) + "  "
                    + right(n(r.firstReadMean), 4) + "   " + right(String(r.repeats), 7) + "  " + right(n(r.repeatMean), 4)
                out.append(Paragraph(row, indent: 1, preformatted: true))
            }
        }
        if !p.weakSteps.isEmpty {
            out += [.blank, Paragraph("STEPS MOST OFTEN SKIPPED, UNREAD OR OUT OF ORDER", .title)]
            for s in p.weakSteps {
                out.append(Paragraph("\(s.routine) / \(s.step): skipped \(s.skipped), unread \(s.unread), out of order \(s.outOfOrder)",
                                     indent: 1))
            }
        }
        if !p.missedTerms.isEmpty {
            out += [.blank, Paragraph("FINDINGS MISSED, THE WEIGHTIEST FIRST (RADPEER grade x times missed)", .title)]
            out += p.missedTerms.map { Paragraph("\($0.routine) / \($0.term): \($0.missed)", indent: 1) }
        }
        out += programLines(p)
        let graded = p.grades.filter { !$0.counts.isEmpty }
        if !graded.isEmpty {
            out += [.blank, Paragraph("GRADES OVER TIME (misses and overcalls)", .title)]
            for g in p.grades {
                let counts = ["3b", "2b", "3a", "2a"].map { "\($0) \(g.counts[$0] ?? 0)" }.joined(separator: "  ")
                out.append(Paragraph("\(g.session)  \(counts)", .text, indent: 1, preformatted: true))
            }
        }
        return out
    }

    /// Per mode, one column per session (its date), one row per axis, the values aligned:
    /// the last eight sessions of each mode, oldest on the left.
    static func sessionTables(_ p: TraineeProgress) -> [Paragraph] {
        func n(_ x: Double?) -> String { x.map { String(Int($0.rounded())) } ?? "-" }
        var seen: Set<String> = []
        let sessions = p.trends.flatMap(\.points).sorted { ($0.startedAt, $0.session) < ($1.startedAt, $1.session) }
            .filter { seen.insert($0.session).inserted }
        var out: [Paragraph] = []
        for mode in ["shift", "drill", "exam"] {
            let columns = Array(sessions.filter { $0.mode == mode }.suffix(8))
            guard !columns.isEmpty else { continue }
            let total = sessions.filter { $0.mode == mode }.count
            out += [.blank, Paragraph("\(mode.uppercased()): \(total) session(s)" + (total > 8 ? ", the last 8" : ""), .title)]
            // "2026-12-01T…" → "12-01": the date each column stands for.
            let dates = columns.map { String($0.startedAt.dropFirst(5).prefix(5)) }
            out.append(Paragraph(TextLayout.pad("", width: 16) + dates.map { right($0, 6) }.joined(separator: " "), .dim,
                                 indent: 1, preformatted: true))
            for trend in p.trends {
                let values = Dictionary(trend.points.map { ($0.session, $0.value) }, uniquingKeysWith: { a, _ in a })
                guard columns.contains(where: { values[$0.session] != nil }) else { continue }
                let label = String(trend.axis.map { $0 == "_" ? " " : $0 })
                out.append(Paragraph(TextLayout.pad(label, width: 16) + columns.map { right(n(values[$0.session]), 6) }
                    .joined(separator: " "), indent: 1, preformatted: true))
            }
        }
        return out
    }

    /// Where the trainee's median on each scenario sits in the program, from the standing
    /// the last `worklist sync` fetched; nothing when never synced.
    static func programLines(_ p: TraineeProgress) -> [Paragraph] {
        guard let standing = p.program else { return [] }
        let places = standing.scenarios.keys.sorted().compactMap { scenario -> String? in
            guard let own = standing.scenarios[scenario]?[p.trainee],
                  let place = standing.place(own, scenario: scenario, trainee: p.trainee) else { return nil }
            return "\(scenario): your median \(ReportText.number(own)) is at the \(Percentile.ordinal(place.percentile)) "
                + "percentile of your program (\(place.residents) residents)"
        }
        let date = String(standing.fetchedAt.prefix(10))
        guard !places.isEmpty else {
            return [.blank, Paragraph("PROGRAM: nothing to compare yet (synced \(date)).", .dim)]
        }
        return [.blank, Paragraph("PROGRAM (as of the last sync, \(date))", .title)] + places.map { Paragraph($0, indent: 1) }
    }

    static func right(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - s.count)) + s
    }

    /// One cell per value, 0–100 in eight levels: ▁▂▃▄▅▆▇█ (ASCII: _.:-=+*#).
    public static func sparkline(_ values: [Double], theme: Theme) -> String {
        let levels: [Character] = theme.ascii ? Array("_.:-=+*#") : Array("▁▂▃▄▅▆▇█")
        return String(values.map { levels[min(7, max(0, Int($0 / 100 * 8)))] })
    }

    /// Plain lines for the terminal's normal screen (`worklist history`).
    public static func text(_ p: TraineeProgress, width: Int = 80, theme: Theme) -> String {
        StyledText.layout(paragraphs(p, theme: theme), width: width, theme: theme)
            .map { $0.map(\.text).joined() }.joined(separator: "\n") + "\n"
    }
}
