import Foundation
import GRDB
import WorklistCore

extension HistoryDatabase {
    public static let sessionAxes = ["session_score", "time_management", "triage", "turnaround", "interruptions",
                                     "protocoling", "sensitivity", "specificity"]
    public static let caseAxes = ["coverage", "detection", "communication", "time", "orderScore"]

    /// TraineeProgress of one trainee (tty sessions unless `includePlay`), the last `limit`
    /// sessions, of one mode when `mode` is given. Sessions left out (`sessions --exclude`)
    /// never count; unfinished ones only when `includeUnfinished`.
    public func progress(trainee: String, includePlay: Bool = false, limit: Int = 30, mode: Mode? = nil,
                         includeUnfinished: Bool = false) throws -> TraineeProgress {
        try pool.read { db in
            let clients = includePlay ? "('tty', 'play')" : "('tty')"
            let sessions = try Row.fetchAll(db, sql: """
                SELECT * FROM (SELECT id, startedAt, mode, scenario FROM session s
                  WHERE trainee = ? AND client IN \(clients) AND (? IS NULL OR mode = ?)
                    AND \(Self.counted("s", includeUnfinished: includeUnfinished))
                  ORDER BY startedAt DESC, id DESC LIMIT ?)
                ORDER BY startedAt, id
                """, arguments: [trainee, mode?.rawValue, mode?.rawValue, limit])
            let ids = sessions.map { $0["id"] as String }
            let info = Dictionary(uniqueKeysWithValues: sessions.map {
                ($0["id"] as String, ($0["startedAt"] as String, $0["mode"] as String, $0["scenario"] as String))
            })
            func point(_ id: String, _ value: Double) -> TraineeProgress.Point {
                let (started, mode, scenario) = info[id] ?? ("", "", "")
                return TraineeProgress.Point(session: id, startedAt: started, mode: mode, scenario: scenario, value: value)
            }
            let idList = ids.map { "'\($0.replacingOccurrences(of: "'", with: "''"))'" }.joined(separator: ",")
            let scope = ids.isEmpty ? "('')" : "(\(idList))"

            var trends: [TraineeProgress.Trend] = []
            for axis in Self.sessionAxes {
                let rows = try Row.fetchAll(db, sql: "SELECT sessionId, value FROM sessionAxis WHERE axis = ? AND sessionId IN \(scope)",
                                            arguments: [axis])
                let values = Dictionary(uniqueKeysWithValues: rows.map { ($0["sessionId"] as String, $0["value"] as Double) })
                trends.append(TraineeProgress.Trend(axis: axis, points: ids.compactMap { id in values[id].map { point(id, $0) } }))
            }
            for axis in Self.caseAxes {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT sessionId, AVG(\(axis)) AS value FROM caseResult
                    WHERE status != 'unopened' AND \(axis) IS NOT NULL AND sessionId IN \(scope) GROUP BY sessionId
                    """)
                let values = Dictionary(uniqueKeysWithValues: rows.map { ($0["sessionId"] as String, $0["value"] as Double) })
                let name = axis == "orderScore" ? "order" : axis
                trends.append(TraineeProgress.Trend(axis: name, points: ids.compactMap { id in values[id].map { point(id, $0) } }))
            }

            let routines = try Row.fetchAll(db, sql: """
                SELECT routine,
                  SUM(CASE WHEN isRepeat THEN 0 ELSE 1 END) AS firstReads,
                  AVG(CASE WHEN isRepeat THEN NULL ELSE score END) AS firstMean,
                  SUM(CASE WHEN isRepeat THEN 1 ELSE 0 END) AS repeats,
                  AVG(CASE WHEN isRepeat THEN score ELSE NULL END) AS repeatMean
                FROM caseResult WHERE status != 'unopened' AND sessionId IN \(scope)
                GROUP BY routine ORDER BY routine
                """).map {
                    TraineeProgress.RoutineFigures(routine: $0["routine"], firstReads: $0["firstReads"], firstReadMean: $0["firstMean"],
                                            repeats: $0["repeats"], repeatMean: $0["repeatMean"])
                }
            let steps = try Row.fetchAll(db, sql: """
                SELECT routine, step,
                  SUM(kind = 'skipped') AS skipped, SUM(kind = 'unread') AS unread, SUM(kind = 'order') AS outOfOrder
                FROM stepIssue WHERE sessionId IN \(scope)
                GROUP BY routine, step ORDER BY COUNT(*) DESC, routine, step LIMIT 10
                """).map {
                    TraineeProgress.StepCount(routine: $0["routine"], step: $0["step"], skipped: $0["skipped"], unread: $0["unread"],
                                       outOfOrder: $0["outOfOrder"])
                }
            // Ranked by how much the misses matter: each weighs by its RADPEER grade (3b, a
            // significant miss that should be made, most; 2a least), times how often.
            let terms = try Row.fetchAll(db, sql: """
                SELECT routine, term, COUNT(*) AS missed,
                  SUM(CASE grade WHEN '3b' THEN 4 WHEN '2b' THEN 3 WHEN '3a' THEN 2 ELSE 1 END) AS weight
                FROM miss WHERE sessionId IN \(scope)
                GROUP BY routine, term ORDER BY weight DESC, missed DESC, routine, term LIMIT 10
                """).map { TraineeProgress.TermCount(routine: $0["routine"], term: $0["term"], missed: $0["missed"]) }
            let gradeRows = try Row.fetchAll(db, sql: """
                SELECT sessionId, grade, COUNT(*) AS n FROM caseResult
                WHERE sessionId IN \(scope) AND grade IN ('2a', '2b', '3a', '3b') GROUP BY sessionId, grade
                """)
            var grades: [String: [String: Int]] = [:]
            for row in gradeRows { grades[row["sessionId"], default: [:]][row["grade"]] = row["n"] }
            return TraineeProgress(trainee: trainee, sessions: ids.count, trends: trends, routines: routines, weakSteps: steps,
                            missedTerms: terms, grades: ids.map { TraineeProgress.Grades(session: $0, counts: grades[$0] ?? [:]) })
        }
    }

    /// Trainees with sessions, for choosing whose progress to show.
    public func trainees() throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT trainee FROM session ORDER BY trainee") }
    }
}

extension HistoryDatabase {
    /// What a drill of `routine` needs to order its cases for this trainee: every session
    /// not left out, unfinished ones too (a case seen is seen).
    public func drillHistory(trainee: String, routine: String) throws -> DrillPlan.History {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT c.caseId, AVG(c.score) AS mean FROM caseResult c JOIN session s ON s.id = c.sessionId
                WHERE s.trainee = ? AND s.client = 'tty' AND s.excluded = 0 AND c.routine = ? AND c.status != 'unopened'
                GROUP BY c.caseId
                """, arguments: [trainee, routine])
            let means = Dictionary(uniqueKeysWithValues: rows.map { ($0["caseId"] as String, $0["mean"] as Double) })
            let missed = try Row.fetchAll(db, sql: """
                SELECT m.term, COUNT(*) AS n FROM miss m JOIN session s ON s.id = m.sessionId
                WHERE s.trainee = ? AND s.client = 'tty' AND s.excluded = 0 AND m.routine = ? GROUP BY m.term
                """, arguments: [trainee, routine])
            return DrillPlan.History(seen: Set(means.keys), meanScore: means,
                                     missedTerms: Dictionary(uniqueKeysWithValues: missed.map { ($0["term"] as String, $0["n"] as Int) }))
        }
    }
}

extension HistoryDatabase {
    /// What `worklist sync` sends: every finished session not left out, of the terminal
    /// client (scripted `play` sessions are not practice), oldest first.
    public func syncCandidates() throws -> [(id: String, path: String)] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, journalPath FROM session s WHERE \(Self.counted("s", includeUnfinished: false)) AND client = 'tty'
                ORDER BY startedAt, id
                """).map { (id: $0["id"] as String, path: $0["journalPath"] as String) }
        }
    }
}
