/// The score report as plain text for a terminal or a log: at most 80 columns, every
/// string from files sanitised. Used by `worklist score` and the end-of-session summary.
public enum ReportText {
    public static func render(_ report: SessionReport, draftContent: Bool = false, snapshot: ContentSnapshot? = nil) -> String {
        var lines: [String] = []
        let state = report.finished ? "finished" : "not finished"
        lines.append("Session \(clean(report.session)) · \(report.mode.rawValue) \(clean(report.scenario)) · \(clean(report.trainee)) · \(state)")
        lines.append("")
        lines += axes(report).map { axis($0.label, $0.value) }
        let keys = report.keystrokesPerSignedCase.map { number($0) } ?? "-"
        if report.mode == .exam, let snapshot { lines.append(RapidsTally(report, snapshot: snapshot).text) }
        lines.append("Paused \(number(report.pauseSeconds)) s · steps decided without reading \(report.unreadStepCount) · keys per signed case \(keys)")
        lines.append("")
        // 80 columns: an id longer than its column gets a line of its own; the grade of
        // an unopened case reads "-" here ("not attempted" in JSON).
        lines.append(pad("case", 30) + pad("status", 9) + lpad("read", 6) + lpad("time", 5) + lpad("cov", 5)
                     + lpad("ord", 5) + lpad("det", 5) + lpad("comm", 5) + lpad("score", 6) + "  gr")
        for c in report.cases {
            let id = clean(c.id)
            if id.count > 29 { lines.append(id) }
            let grade = c.grade == .notAttempted ? "-" : c.grade.rawValue
            lines.append(pad(id.count > 29 ? "" : id, 30) + pad(c.status.rawValue, 9) + lpad(number(c.readSeconds) + "s", 6)
                         + lpad(number(c.time), 5) + lpad(number(c.coverage), 5) + lpad(number(c.order), 5)
                         + lpad(number(c.detection), 5) + lpad(c.communication.map(number) ?? "-", 5)
                         + lpad(number(c.score), 6) + "  " + grade)
        }
        let misses = report.cases.flatMap { c in c.missed.map { (c.id, $0) } }
            .sorted { $0.1.grade.severityRank > $1.1.grade.severityRank }
        if !misses.isEmpty {
            lines.append("")
            lines.append("Missed, worst first:")
            for (caseID, miss) in misses {
                lines.append("  \(miss.grade.rawValue)  \(clean(caseID)): \(clean(miss.term)) at \(clean(miss.step))")
            }
        }
        let overcalls = report.cases.flatMap { c in c.overcalls.map { (c.id, $0) } }
        if !overcalls.isEmpty {
            lines.append("")
            lines.append("Overcalls:")
            for (caseID, o) in overcalls {
                let side = o.side.map { " (\($0.rawValue))" } ?? ""
                lines.append("  \(o.grade.rawValue)  \(clean(caseID)): \(clean(o.term))\(side) at \(clean(o.step))")
            }
        }
        if draftContent {
            lines.append("")
            lines.append("Draft content: these cases have not been reviewed by a radiologist.")
        }
        lines.append("Scores are formative practice figures, not a certified assessment.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The session's figures in the order every summary shows them.
    public static func axes(_ report: SessionReport) -> [(label: String, value: Double?)] {
        [("Session score", report.sessionScore), ("Time management", report.timeManagement), ("  Triage", report.triage),
         ("  Turnaround", report.turnaround), ("Interruptions", report.interruptions), ("Sensitivity", report.sensitivity),
         ("Specificity", report.specificity)]
    }

    /// "Label          62.4  [############--------]" or "-" when the axis does not apply.
    static func axis(_ label: String, _ value: Double?) -> String {
        guard let value else { return pad(label, 17) + lpad("-", 6) }
        return pad(label, 17) + lpad(number(value), 6) + "  " + bar(value)
    }

    /// A plain-text bar, readable without colour: 20 cells of # and -.
    public static func bar(_ value: Double, width: Int = 20) -> String {
        let filled = Int((min(100, max(0, value)) / 100 * Double(width)).rounded())
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
    }

    /// One decimal, no trailing ".0" noise beyond that: 62.4, 100.0 → "100", 0 → "0".
    public static func number(_ x: Double) -> String {
        let tenths = (x * 10).rounded() / 10
        if tenths == tenths.rounded() { return String(Int(tenths)) }
        let whole = Int(tenths)
        let decimal = Int((abs(tenths - Double(whole)) * 10).rounded())
        return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(decimal)"
    }

    static func clean(_ s: String) -> String { Sanitizer.sanitize(s).replacing("\n", with: " ") }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    static func lpad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
    }
}
