import WorklistCore

/// Progress over sessions (PRODUCT.md §3): per-axis trends as sparklines, per routine
/// first reads apart from repeats, weak areas, grades over time.
public enum HistoryText {
    public static func paragraphs(_ p: TraineeProgress, theme: Theme) -> [Paragraph] {
        func n(_ x: Double?) -> String { x.map(ReportText.number) ?? "-" }
        var out: [Paragraph] = [Paragraph("Progress of \(p.trainee): the last \(p.sessions) session(s), oldest on the left", .title)]
        guard p.sessions > 0 else {
            return out + [Paragraph("No finished sessions yet. History fills in as you work shifts, drills and exams.", .dim)]
        }
        out.append(.blank)
        for trend in p.trends where !trend.points.isEmpty {
            let label = TextLayout.pad(String(trend.axis.map { $0 == "_" ? " " : $0 }), width: 16)
            let change: String
            if let latest = trend.latest, let earlier = trend.earlierMean {
                let delta = latest - earlier
                change = " latest \(n(latest)) (" + (delta >= 0 ? "+" : "") + "\(n(delta)) on earlier mean)"
            } else {
                change = " latest \(n(trend.latest))"
            }
            out.append(Paragraph([Span(label), Span(sparkline(trend.points.map(\.value), theme: theme), .title), Span(change, .dim)],
                                 preformatted: true))
        }
        if !p.routines.isEmpty {
            out += [.blank, Paragraph("BY ROUTINE: first reads apart from repeats (mean case score)", .title)]
            for r in p.routines {
                out.append(Paragraph("\(r.routine): \(r.firstReads) first read(s), mean \(n(r.firstReadMean)); "
                                     + "\(r.repeats) repeat(s), mean \(n(r.repeatMean))", indent: 1))
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
            out += [.blank, Paragraph("FINDINGS MOST OFTEN MISSED", .title)]
            out += p.missedTerms.map { Paragraph("\($0.routine) / \($0.term): \($0.missed)", indent: 1) }
        }
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
