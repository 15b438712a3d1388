import Foundation
import GRDB
import WorklistCore

/// Exports: one row per case result, with the session's context, so a program director
/// can merge many trainees' files (docs/export.md lists the columns).
public struct ExportRow: Codable, Equatable, Sendable {
    public var trainee: String
    public var session: String
    public var startedAt: String
    public var mode: String
    /// False only when asked for (`--include-unfinished`): a session saved and left.
    public var finished: Bool = true
    public var scenario: String
    public var client: String
    public var scoringVersion: Int
    public var contentHash: String
    public var sessionScore: Double
    /// The session's axes; null (an empty CSV cell) where they do not apply — triage,
    /// turnaround and so time management in every drill and exam, calls when none rang.
    public var timeManagement: Double? = nil
    public var triage: Double? = nil
    public var turnaround: Double? = nil
    public var interruptions: Double? = nil
    /// Calls shown and calls answered right (the session's, on each of its rows).
    public var calls: Int = 0
    public var callsCorrect: Int = 0
    /// The session's Protocoling axis; null when its scenario had no request.
    public var protocoling: Double? = nil
    public var sensitivity: Double? = nil
    public var specificity: Double? = nil
    /// An exam's FRCR-style tally (films right of films); null outside an exam.
    public var examRight: Int? = nil
    public var examTotal: Int? = nil
    public var caseId: String
    public var position: Int
    public var routine: String
    public var priority: String
    public var status: String
    public var firstRead: Bool
    public var readSeconds: Double
    public var time: Double
    public var coverage: Double
    public var order: Double
    public var detection: Double
    public var communication: Double?
    public var score: Double
    public var grade: String
    public var keystrokes: Int

    public static let columns = [
        "trainee", "session", "started_at", "mode", "finished", "scenario", "client", "scoring_version", "content_hash",
        "session_score", "time_management", "triage", "turnaround", "interruptions", "calls", "calls_correct", "protocoling",
        "sensitivity", "specificity", "exam_right", "exam_total",
        "case", "position", "routine", "priority", "status", "first_read", "read_seconds", "time",
        "coverage", "order", "detection", "communication", "score", "grade", "keystrokes",
    ]

    enum CodingKeys: String, CodingKey {
        case trainee, session, mode, scenario, client, position, routine, priority, status, time, coverage, order
        case detection, communication, score, grade, keystrokes, triage, turnaround, interruptions
        case finished, calls, sensitivity, specificity, protocoling
        case callsCorrect = "calls_correct"
        case examRight = "exam_right"
        case examTotal = "exam_total"
        case startedAt = "started_at"
        case timeManagement = "time_management"
        case scoringVersion = "scoring_version"
        case contentHash = "content_hash"
        case sessionScore = "session_score"
        case caseId = "case"
        case firstRead = "first_read"
        case readSeconds = "read_seconds"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(trainee, forKey: .trainee)
        try c.encode(session, forKey: .session)
        try c.encode(startedAt, forKey: .startedAt)
        try c.encode(mode, forKey: .mode)
        try c.encode(finished, forKey: .finished)
        try c.encode(scenario, forKey: .scenario)
        try c.encode(client, forKey: .client)
        try c.encode(scoringVersion, forKey: .scoringVersion)
        try c.encode(contentHash, forKey: .contentHash)
        try c.encode(sessionScore, forKey: .sessionScore)
        try c.encode(timeManagement, forKey: .timeManagement)   // null in drills and exams
        try c.encode(triage, forKey: .triage)
        try c.encode(turnaround, forKey: .turnaround)
        try c.encode(interruptions, forKey: .interruptions)
        try c.encode(calls, forKey: .calls)
        try c.encode(callsCorrect, forKey: .callsCorrect)
        try c.encode(protocoling, forKey: .protocoling)
        try c.encode(sensitivity, forKey: .sensitivity)
        try c.encode(specificity, forKey: .specificity)
        try c.encode(examRight, forKey: .examRight)   // null outside an exam
        try c.encode(examTotal, forKey: .examTotal)
        try c.encode(caseId, forKey: .caseId)
        try c.encode(position, forKey: .position)
        try c.encode(routine, forKey: .routine)
        try c.encode(priority, forKey: .priority)
        try c.encode(status, forKey: .status)
        try c.encode(firstRead, forKey: .firstRead)
        try c.encode(readSeconds, forKey: .readSeconds)
        try c.encode(time, forKey: .time)
        try c.encode(coverage, forKey: .coverage)
        try c.encode(order, forKey: .order)
        try c.encode(detection, forKey: .detection)
        try c.encode(communication, forKey: .communication)   // null when it does not apply
        try c.encode(score, forKey: .score)
        try c.encode(grade, forKey: .grade)
        try c.encode(keystrokes, forKey: .keystrokes)
    }

    /// A CSV cell: text (from journals, so guarded against formulas) or a number we wrote.
    enum Cell: Equatable {
        case text(String)
        case number(String)
    }

    /// The CSV cells, in `columns` order.
    var cells: [Cell] {
        func n(_ x: Double?) -> Cell { .number(x.map { String($0) } ?? "") }
        func i(_ x: Int) -> Cell { .number(String(x)) }
        func oi(_ x: Int?) -> Cell { .number(x.map { String($0) } ?? "") }
        return [.text(trainee), .text(session), .text(startedAt), .text(mode), .text(finished ? "true" : "false"),
                .text(scenario), .text(client),
                i(scoringVersion), .text(contentHash), n(sessionScore), n(timeManagement), n(triage), n(turnaround),
                n(interruptions), i(calls), i(callsCorrect), n(protocoling), n(sensitivity), n(specificity), oi(examRight), oi(examTotal),
                .text(caseId), i(position), .text(routine),
                .text(priority), .text(status), .text(firstRead ? "true" : "false"), n(readSeconds), n(time),
                n(coverage), n(order), n(detection), n(communication), n(score), .text(grade), i(keystrokes)]
    }
}

extension HistoryDatabase {
    /// Case results of finished sessions (and unfinished ones when asked), oldest first,
    /// never of a session left out; `since` is a date (YYYY-MM-DD, UTC) compared with the
    /// session start.
    public func exportRows(since: String? = nil, includePlay: Bool = false,
                           includeUnfinished: Bool = false) throws -> [ExportRow] {
        try pool.read { db in
            var sql = """
                SELECT s.trainee, s.id AS session, s.startedAt, s.mode, s.finished, s.scenario, s.client, s.scoringVersion,
                  s.contentHash, s.sessionScore, s.timeManagement, s.triage, s.turnaround, s.interruptions, s.calls,
                  s.callsCorrect, s.protocoling, s.sensitivity, s.specificity, s.examRight, s.examTotal,
                  c.caseId, c.position, c.routine, c.priority, c.status, c.isRepeat,
                  c.readSeconds, c.time, c.coverage, c.orderScore, c.detection, c.communication, c.score, c.grade,
                  c.keystrokes
                FROM caseResult c JOIN session s ON s.id = c.sessionId
                WHERE \(Self.counted("s", includeUnfinished: includeUnfinished))
                """
            var arguments: StatementArguments = []
            if !includePlay { sql += " AND s.client = 'tty'" }
            if let since {
                sql += " AND s.startedAt >= ?"
                arguments += [since]
            }
            sql += " ORDER BY s.startedAt, s.id, c.position"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { r in
                ExportRow(trainee: r["trainee"], session: r["session"], startedAt: r["startedAt"], mode: r["mode"],
                          finished: r["finished"], scenario: r["scenario"], client: r["client"],
                          scoringVersion: r["scoringVersion"], contentHash: r["contentHash"], sessionScore: r["sessionScore"],
                          timeManagement: r["timeManagement"], triage: r["triage"], turnaround: r["turnaround"],
                          interruptions: r["interruptions"], calls: r["calls"], callsCorrect: r["callsCorrect"],
                          protocoling: r["protocoling"],
                          sensitivity: r["sensitivity"], specificity: r["specificity"], examRight: r["examRight"],
                          examTotal: r["examTotal"], caseId: r["caseId"],
                          position: r["position"], routine: r["routine"], priority: r["priority"], status: r["status"],
                          firstRead: r["status"] as String != "unopened" && !(r["isRepeat"] as Bool), readSeconds: r["readSeconds"], time: r["time"],
                          coverage: r["coverage"], order: r["orderScore"], detection: r["detection"],
                          communication: r["communication"], score: r["score"], grade: r["grade"], keystrokes: r["keystrokes"])
            }
        }
    }

    /// A JSON array of the rows, with the controls the encoder leaves raw escaped.
    public static func json(_ rows: [ExportRow]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return JSONText.escapeUnsafe(try encoder.encode(rows)) + Data("\n".utf8)
    }

    /// RFC 4180 CSV: a header line, then a row per case result. Text is sanitised and
    /// kept from being read as a formula (`neutralised`).
    public static func csv(_ rows: [ExportRow]) -> String {
        func quote(_ cell: ExportRow.Cell) -> String {
            let clean: String
            switch cell {
            case .text(let text): clean = neutralised(Sanitizer.sanitize(text))
            case .number(let number): clean = number
            }
            guard clean.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return clean }
            return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return ([ExportRow.columns.joined(separator: ",")] + rows.map { $0.cells.map(quote).joined(separator: ",") })
            .joined(separator: "\r\n") + "\r\n"
    }

    /// CSV injection (OWASP): a spreadsheet runs a cell starting with = + - @ (even after
    /// blanks it trims) or a tab or CR as a formula; a leading `'` makes it plain text.
    static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        let blanks: Set<Unicode.Scalar> = [" ", "\t", "\r", "\n"]
        let lead = text.unicodeScalars.first { !blanks.contains($0) }
        let risky = first == "\t" || first == "\r" || lead.map { "=+-@".unicodeScalars.contains($0) } == true
        return risky ? "'" + text : text
    }
}
