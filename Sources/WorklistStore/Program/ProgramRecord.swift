import Foundation
import WorklistCore

/// One finished session as the program store holds it (issue 16): the journal itself,
/// its fingerprint, and the rows derived from it by the current scoring version. A
/// session is keyed by its id; the fingerprint tells a re-sync (the same journal: nothing
/// to send) from a journal edited after it was synced (refused).
public struct ProgramRecord: Sendable, Equatable {
    public struct Session: Sendable, Equatable, Codable {
        public var id: String
        public var trainee: String
        public var mode: String
        public var scenario: String
        public var startedAt: String
        public var scoringVersion: Int
        public var contentHash: String
        public var journalHash: String
        public var sessionScore: Double
        public var timeManagement: Double?
        public var triage: Double?
        public var turnaround: Double?
        public var interruptions: Double?
        public var sensitivity: Double?
        public var specificity: Double?

        public init(id: String, trainee: String, mode: String, scenario: String, startedAt: String, scoringVersion: Int,
                    contentHash: String, journalHash: String, sessionScore: Double, timeManagement: Double? = nil,
                    triage: Double? = nil, turnaround: Double? = nil, interruptions: Double? = nil,
                    sensitivity: Double? = nil, specificity: Double? = nil) {
            self.id = id
            self.trainee = trainee
            self.mode = mode
            self.scenario = scenario
            self.startedAt = startedAt
            self.scoringVersion = scoringVersion
            self.contentHash = contentHash
            self.journalHash = journalHash
            self.sessionScore = sessionScore
            self.timeManagement = timeManagement
            self.triage = triage
            self.turnaround = turnaround
            self.interruptions = interruptions
            self.sensitivity = sensitivity
            self.specificity = specificity
        }
    }

    public struct CaseRow: Sendable, Equatable, Codable {
        public var sessionId: String
        public var caseId: String
        public var position: Int
        public var routine: String
        public var priority: String
        public var status: String
        public var readSeconds: Double
        public var time: Double
        public var coverage: Double
        public var order: Double
        public var detection: Double
        public var communication: Double?
        public var score: Double
        public var grade: String

        public init(sessionId: String, caseId: String, position: Int, routine: String, priority: String, status: String,
                    readSeconds: Double, time: Double, coverage: Double, order: Double, detection: Double,
                    communication: Double?, score: Double, grade: String) {
            self.sessionId = sessionId
            self.caseId = caseId
            self.position = position
            self.routine = routine
            self.priority = priority
            self.status = status
            self.readSeconds = readSeconds
            self.time = time
            self.coverage = coverage
            self.order = order
            self.detection = detection
            self.communication = communication
            self.score = score
            self.grade = grade
        }
    }

    /// A missed finding, weighed by its severity (critical 4 … incidental 0.5).
    public struct Miss: Sendable, Equatable, Codable {
        public var sessionId: String
        public var caseId: String
        public var routine: String
        public var finding: String
        public var term: String
        public var grade: String
        public var weight: Double

        public init(sessionId: String, caseId: String, routine: String, finding: String, term: String, grade: String,
                    weight: Double) {
            self.sessionId = sessionId
            self.caseId = caseId
            self.routine = routine
            self.finding = finding
            self.term = term
            self.grade = grade
            self.weight = weight
        }
    }

    public var session: Session
    public var cases: [CaseRow]
    public var misses: [Miss]
    /// The journal's text, byte for byte as it is on disk.
    public var journal: String

    /// Scores the journal's text (the file's bytes, which the fingerprint covers).
    public init(journalBytes bytes: Data) throws {
        let text = String(decoding: bytes, as: UTF8.self)
        let journal = try JournalCoding.parse(text).journal
        let report = Scoring.report(journal)
        let snapshot = journal.header.snapshot
        session = Session(
            id: report.session, trainee: report.trainee, mode: report.mode.rawValue, scenario: report.scenario,
            startedAt: journal.header.startedAt, scoringVersion: report.scoringVersion,
            contentHash: journal.header.contentHash, journalHash: FNV1a.label(bytes), sessionScore: report.sessionScore,
            timeManagement: report.timeManagement, triage: report.triage, turnaround: report.turnaround,
            interruptions: report.interruptions, sensitivity: report.sensitivity, specificity: report.specificity)
        var cases: [CaseRow] = []
        var misses: [Miss] = []
        for (position, result) in report.cases.enumerated() {
            guard let item = snapshot.case(result.id) else { continue }
            cases.append(CaseRow(
                sessionId: report.session, caseId: result.id, position: position, routine: item.routine,
                priority: item.priority.rawValue, status: result.status.rawValue, readSeconds: result.readSeconds,
                time: result.time, coverage: result.coverage, order: result.order, detection: result.detection,
                communication: result.communication, score: result.score, grade: result.grade.rawValue))
            for miss in result.missed {
                let severity = item.findings.first { $0.id == miss.finding }?.severity ?? .minor
                misses.append(Miss(sessionId: report.session, caseId: result.id, routine: item.routine,
                                   finding: miss.finding, term: miss.term, grade: miss.grade.rawValue,
                                   weight: severity.weight))
            }
        }
        self.cases = cases
        self.misses = misses
        self.journal = text
    }
}
