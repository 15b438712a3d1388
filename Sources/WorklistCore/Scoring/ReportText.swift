/// The score report as plain text for a terminal or a log: at most 80 columns, every
/// string from files sanitised. Used by `worklist score` and the end-of-session summary.
public enum ReportText {
    public static func render(_ report: SessionReport, draftContent: Bool = false, snapshot: ContentSnapshot? = nil) -> String {
        var lines: [String] = []
        let state = report.finished ? "finished" : "not finished"
        lines.append("Session \(clean(report.session)) · \(report.mode.rawValue) \(clean(report.scenario)) · \(clean(report.trainee)) · \(state)")
        lines.append("")
        lines += axes(report).map { axis($0.label, $0.value, applies: $0.applies) }
        lines += wrap(scoreExplanation(report), width: 80, indent: 0)
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
        lines += callsTable(report, snapshot: snapshot)
        lines += communicationLines(report)
        if draftContent {
            lines.append("")
            lines.append("Draft content: these cases have not been reviewed by a radiologist.")
        }
        lines.append("Scores are formative practice figures, not a certified assessment.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The session's figures in the order every summary shows them; `applies` is false for
    /// triage, turnaround and time management in a drill or an exam, which set the order
    /// themselves ("n/a", never a number or a bar).
    public static func axes(_ report: SessionReport) -> [(label: String, value: Double?, applies: Bool)] {
        let ordered = report.mode != .shift
        return [("Session score", report.sessionScore, true), ("Time management", report.timeManagement, !ordered),
                ("  Triage", report.triage, !ordered), ("  Turnaround", report.turnaround, !ordered),
                ("Interruptions", report.interruptions, true)]
            + (report.requests.isEmpty ? [] : [("Protocoling", report.protocoling, true)])
            + [("Sensitivity", report.sensitivity, true), ("Specificity", report.specificity, true)]
    }

    /// "Label          62.4  [############--------]"; "-" when the axis has nothing to
    /// score, "n/a" when it is not part of the mode.
    static func axis(_ label: String, _ value: Double?, applies: Bool = true) -> String {
        guard applies else { return pad(label, 17) + lpad("n/a", 6) }
        guard let value else { return pad(label, 17) + lpad("-", 6) }
        return pad(label, 17) + lpad(number(value), 6) + "  " + bar(value)
    }

    /// How the session score comes from the reading (PRODUCT.md §4), with the report's own
    /// figures: "Reading 62 × (70 + 0.2 × time management 75 + 0.1 × calls 100) / 100 = 58.9".
    public static func scoreExplanation(_ report: SessionReport) -> String {
        switch report.mode {
        case .exam:
            let c = Scoring.readingScore(report.cases)
            return "Exam: the mean case score (\(count(report.cases.count, "case")), unopened ones 0) = \(number(c))"
        case .drill:
            let read = Scoring.drillCases(report.cases)
            let presented = report.cases.filter { $0.status != .unopened }.count
            let left = presented > read.count ? "; the last one, opened by itself and untouched, left out" : ""
            return "Drill: the mean of the cases read (\(count(read.count, "case"))\(left)) = \(number(Scoring.readingScore(read)))"
        case .shift:
            // The items' mean: every case and every protocoling request.
            let items = report.cases.map(\.score) + report.requests.map(\.score)
            let c = items.isEmpty ? 0 : items.reduce(0, +) / Double(items.count)
            var terms = ["70"]
            var weights = 70
            if let tm = report.timeManagement {
                terms.append("0.2 × time management \(number(tm))")
                weights += 20
            }
            if let calls = report.interruptions {
                terms.append("0.1 × calls \(number(calls))")
                weights += 10
            }
            let score = Scoring.shiftScore(reading: c, timeManagement: report.timeManagement, interruptions: report.interruptions)
            let factor = terms.count == 1 ? "70 / 70" : "(" + terms.joined(separator: " + ") + ") / \(weights)"
            let what = report.requests.isEmpty ? "Reading" : "Reading and protocoling"
            return "\(what) \(number(c)) × \(factor) = \(number(score))"
        }
    }

    /// Each call shown: who, the case, when it rang and was answered, the answer, right or
    /// not, its points; a call-back below its row; calls that did not ring.
    static func callsTable(_ report: SessionReport, snapshot: ContentSnapshot?) -> [String] {
        let skipped = report.skippedCalls
        guard !report.calls.isEmpty || !skipped.isEmpty else { return [] }
        var lines = ["", "Calls (100 right, 0 wrong; -25 answered more than 30 s after it rang):"]
        if !report.calls.isEmpty {
            lines.append("  " + pad("call", 24) + pad("case", 24) + lpad("rang", 7) + lpad("answered", 9) + lpad("right", 6)
                         + lpad("score", 6))
        }
        for call in report.calls {
            let id = clean(call.id), caseID = clean(call.caseID)
            // An id longer than its column gets a line of its own, as in the case table.
            if id.count > 23 { lines.append("  " + id) }
            if caseID.count > 23 { lines.append("  " + pad("", 24) + caseID) }
            let answered = call.answeredAt.map { number($0) + "s" } ?? "never"
            lines.append("  " + pad(id.count > 23 ? "" : id, 24) + pad(caseID.count > 23 ? "" : caseID, 24)
                         + lpad(number(call.shownAt) + "s", 7) + lpad(answered, 9)
                         + lpad(call.answer == nil ? "-" : call.correct ? "yes" : "no", 6) + lpad(number(call.score), 6))
            let caller = snapshot?.interruption(call.id).map { clean($0.caller) + " · " } ?? ""
            lines += wrap("\(caller)answer: \(clean(call.answer ?? "none"))", width: 80, indent: 4)
            if let back = call.calledBackAt {
                lines += wrap("called back at \(number(back))s: \(clean(call.callBackAnswer ?? "-")) (shown, not scored)",
                              width: 80, indent: 4)
            }
        }
        for id in skipped {
            let about = snapshot?.interruption(id).map { " (\(clean($0.caller)) about \(clean($0.caseID)))" } ?? ""
            lines += wrap("\(clean(id))\(about): did not ring, its findings already called through (not scored)",
                          width: 80, indent: 2)
        }
        return lines
    }

    /// Per case, each communication in journal order with its verdict.
    static func communicationLines(_ report: SessionReport) -> [String] {
        let cases = report.cases.filter { !$0.communications.isEmpty }
        guard !cases.isEmpty else { return [] }
        var lines = ["", "Communications (in time 100, late 50; unnecessary -25, false alert -50):"]
        for c in cases {
            lines.append("  " + clean(c.id) + (c.communication.map { " (communication \(number($0)))" } ?? ""))
            for call in c.communications {
                let side = call.side.map { " (\($0.rawValue))" } ?? ""
                let category = call.category.map { "category \($0.rawValue)" } ?? "no category"
                let verdict: String = switch call.verdict {
                case .inTime: "in time"
                case .late: "late"
                case .unnecessary: "unnecessary"
                case .falseAlert: "false alert"
                }
                let finding = call.finding.map { ", finding \(clean($0)), \(category)" } ?? ", no such finding"
                lines += wrap("\(number(call.t))s \(clean(call.term))\(side) at \(clean(call.step)): \(verdict)\(finding)",
                              width: 80, indent: 4)
            }
        }
        return lines
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// Words wrapped to `width` columns (characters), each line indented; a word longer
    /// than a line is broken.
    static func wrap(_ text: String, width: Int, indent: Int) -> [String] {
        let room = max(1, width - indent)
        let prefix = String(repeating: " ", count: indent)
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            var word = String(word)
            if !line.isEmpty && line.count + 1 + word.count <= room {
                line += " " + word
                continue
            }
            if !line.isEmpty { lines.append(prefix + line) }
            while word.count > room {
                lines.append(prefix + String(word.prefix(room)))
                word = String(word.dropFirst(room))
            }
            line = word
        }
        if !line.isEmpty || lines.isEmpty { lines.append(prefix + line) }
        return lines
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
