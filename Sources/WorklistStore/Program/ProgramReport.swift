import Foundation
import WorklistCore

/// The cohort report (`worklist program`): what a program director reads of every
/// resident's finished sessions in the program store. A pure function of the store's rows.
public struct ProgramReport: Codable, Equatable, Sendable {
    /// One resident over the sessions in scope.
    public struct Trainee: Codable, Equatable, Sendable {
        public var trainee: String
        public var sessions: Int
        /// Cases opened, and of them first reads (no earlier session of this resident opened it).
        public var casesRead: Int
        public var firstReads: Int
        public var firstReadMean: Double?
        /// Medians: session score over sessions; coverage … order over the cases read.
        public var medians: [String: Double?]
        /// Means over the sessions where they apply.
        public var sensitivity: Double?
        public var specificity: Double?
        /// The resident's median session score among every resident's (mid-rank).
        public var percentile: Double?
    }

    /// One resident on one routine.
    public struct TraineeRoutine: Codable, Equatable, Sendable {
        public var trainee: String
        public var routine: String
        public var casesRead: Int
        public var firstReads: Int
        public var firstReadMean: Double?
        public var medianScore: Double?
        public var medianCoverage: Double?
        public var medianDetection: Double?
    }

    /// A finding the cohort misses, ranked by severity weight × times missed.
    public struct Missed: Codable, Equatable, Sendable {
        public var routine: String
        public var caseId: String
        public var finding: String
        public var term: String
        public var missed: Int
        public var residents: Int
        public var weight: Double
    }

    public var residents: Int
    public var sessions: Int
    public var since: String?
    public var routine: String?
    public var trainees: [Trainee]
    public var routines: [TraineeRoutine]
    public var mostMissed: [Missed]

    public static let caseAxes = ["coverage", "detection", "communication", "time", "order"]

    /// `since` (YYYY-MM-DD) keeps sessions started on or after it; `routine` keeps that
    /// routine's cases and misses, and the sessions that hold one. First reads are decided
    /// over all of a resident's sessions, so a case seen before `since` is a repeat.
    public init(sessions allSessions: [ProgramRecord.Session], cases allCases: [ProgramRecord.CaseRow],
                misses allMisses: [ProgramRecord.Miss], since: String? = nil, routine: String? = nil, top: Int = 10) {
        let sessionByID = Dictionary(allSessions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let chronological = allSessions.sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
        let order = Dictionary(uniqueKeysWithValues: chronological.enumerated().map { ($1.id, $0) })
        // First reads: the first opening of a case by its resident, in session order.
        var firstRead: Set<String> = []   // "session\tcase"
        var seen: Set<String> = []         // "trainee\tcase"
        for row in allCases.sorted(by: { (order[$0.sessionId] ?? 0, $0.position) < (order[$1.sessionId] ?? 0, $1.position) })
        where row.status != CaseStatus.unopened.rawValue {
            guard let trainee = sessionByID[row.sessionId]?.trainee else { continue }
            if seen.insert(trainee + "\t" + row.caseId).inserted { firstRead.insert(row.sessionId + "\t" + row.caseId) }
        }

        let cases = allCases.filter { row in
            guard let s = sessionByID[row.sessionId], since.map({ s.startedAt >= $0 }) ?? true else { return false }
            return routine.map { row.routine == $0 } ?? true
        }
        let holding = Set(cases.map(\.sessionId))
        let sessions = chronological.filter { s in
            (since.map { s.startedAt >= $0 } ?? true) && (routine == nil || holding.contains(s.id))
        }
        let inScope = Set(sessions.map(\.id))
        let misses = allMisses.filter { miss in inScope.contains(miss.sessionId) && (routine.map { miss.routine == $0 } ?? true) }
        let opened = cases.filter { $0.status != CaseStatus.unopened.rawValue && inScope.contains($0.sessionId) }
        func isFirst(_ row: ProgramRecord.CaseRow) -> Bool { firstRead.contains(row.sessionId + "\t" + row.caseId) }
        func mean(_ xs: [Double]) -> Double? { xs.isEmpty ? nil : xs.reduce(0, +) / Double(xs.count) }
        func trainee(of row: ProgramRecord.CaseRow) -> String { sessionByID[row.sessionId]?.trainee ?? "" }

        let names = Array(Set(sessions.map(\.trainee))).sorted()
        let medianScore = Dictionary(uniqueKeysWithValues: names.map { name in
            (name, Percentile.median(sessions.filter { $0.trainee == name }.map(\.sessionScore)))
        })
        let cohort = medianScore.values.compactMap { $0 }
        trainees = names.map { name in
            let own = sessions.filter { $0.trainee == name }
            let read = opened.filter { trainee(of: $0) == name }
            let first = read.filter(isFirst)
            var medians: [String: Double?] = ["session_score": medianScore[name] ?? nil]
            for axis in Self.caseAxes {
                medians[axis] = Percentile.median(read.compactMap { row in
                    switch axis {
                    case "coverage": row.coverage
                    case "detection": row.detection
                    case "communication": row.communication
                    case "time": row.time
                    default: row.order
                    }
                })
            }
            return Trainee(trainee: name, sessions: own.count, casesRead: read.count, firstReads: first.count,
                           firstReadMean: mean(first.map(\.score)), medians: medians,
                           sensitivity: mean(own.compactMap(\.sensitivity)), specificity: mean(own.compactMap(\.specificity)),
                           percentile: medianScore[name].flatMap { $0 }.map { Percentile.midRank($0, among: cohort) })
        }
        var pairs: [TraineeRoutine] = []
        for name in names {
            let read = opened.filter { trainee(of: $0) == name }
            for r in Array(Set(read.map(\.routine))).sorted() {
                let rows = read.filter { $0.routine == r }
                let first = rows.filter(isFirst)
                pairs.append(TraineeRoutine(trainee: name, routine: r, casesRead: rows.count, firstReads: first.count,
                                            firstReadMean: mean(first.map(\.score)),
                                            medianScore: Percentile.median(rows.map(\.score)),
                                            medianCoverage: Percentile.median(rows.map(\.coverage)),
                                            medianDetection: Percentile.median(rows.map(\.detection))))
            }
        }
        routines = pairs
        var grouped: [String: [ProgramRecord.Miss]] = [:]
        for miss in misses { grouped[[miss.routine, miss.caseId, miss.finding].joined(separator: "\t"), default: []].append(miss) }
        mostMissed = grouped.values.map { group in
            let first = group[0]
            let who = Set(group.compactMap { sessionByID[$0.sessionId]?.trainee })
            return Missed(routine: first.routine, caseId: first.caseId, finding: first.finding, term: first.term,
                          missed: group.count, residents: who.count, weight: group.reduce(0) { $0 + $1.weight })
        }
        .sorted { ($1.weight, $0.routine, $0.caseId, $0.finding) < ($0.weight, $1.routine, $1.caseId, $1.finding) }
        .prefix(top).map { $0 }
        residents = names.count
        self.sessions = sessions.count
        self.since = since
        self.routine = routine
    }
}

extension ProgramReport {
    public static let csvColumns = ["trainee", "percentile", "sessions", "routine", "cases_read", "first_reads",
                                    "first_read_mean", "median_score", "median_coverage", "median_detection"]

    /// One row per resident and routine, for the director's spreadsheet (RFC 4180; text
    /// cells kept from being read as formulas, as the export does).
    public var csv: String {
        func n(_ x: Double?) -> String { x.map { String($0) } ?? "" }
        func text(_ s: String) -> String {
            let clean = HistoryDatabase.neutralised(Sanitizer.sanitize(s))
            guard clean.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return clean }
            return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        let byName = Dictionary(uniqueKeysWithValues: trainees.map { ($0.trainee, $0) })
        let rows = routines.map { r in
            let t = byName[r.trainee]
            return [text(r.trainee), n(t?.percentile), String(t?.sessions ?? 0), text(r.routine), String(r.casesRead),
                    String(r.firstReads), n(r.firstReadMean), n(r.medianScore), n(r.medianCoverage), n(r.medianDetection)]
                .joined(separator: ",")
        }
        return ([Self.csvColumns.joined(separator: ",")] + rows).joined(separator: "\r\n") + "\r\n"
    }
}
