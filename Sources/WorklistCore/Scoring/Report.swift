/// The score report of PRODUCT.md §5: field for field, numbers unrounded, null where an
/// axis does not apply.
public struct SessionReport: Sendable, Equatable {
    public var scoringVersion: Int
    public var journalVersion: Int
    public var session: String
    public var mode: Mode
    public var scenario: String
    public var trainee: String
    public var client: Client
    public var finished: Bool
    public var sessionScore: Double
    public var timeManagement: Double?
    public var triage: Double?
    public var turnaround: Double?
    public var interruptions: Double?
    public var sensitivity: Double?
    public var specificity: Double?
    public var pauseSeconds: Double
    /// Each interruption shown, in the order first shown.
    public var calls: [CallReport] = []
    /// Calls that fell due and did not ring, their findings already communicated, in
    /// scenario order (for the debrief; not in the JSON report: never shown, not scored).
    public var skippedCalls: [String] = []
    public var cases: [CaseReport]
    /// Mean of the requests' Protocoling scores; nil when the scenario has none.
    public var protocoling: Double?
    /// Each protocoling request, in scenario order.
    public var requests: [RequestReport] = []

    /// Reported, not scored: steps decided without reading, over all cases.
    public var unreadStepCount: Int { cases.reduce(0) { $0 + $1.unreadSteps.count } }

    /// Reported, not scored: keystrokes per signed case (nil when none was signed).
    public var keystrokesPerSignedCase: Double? {
        let signed = cases.filter { $0.status == .signed }
        guard !signed.isEmpty else { return nil }
        return Double(signed.reduce(0) { $0 + $1.keystrokes }) / Double(signed.count)
    }
}

public enum CaseStatus: String, Codable, Sendable {
    case unopened, open, signed
}

/// RADPEER-style grade (ACR 2016): 1 concur; 2 understandable miss, 3 should be made most
/// of the time; a unlikely, b likely clinically significant.
public enum Grade: String, Codable, Sendable, CaseIterable {
    case concur = "1"
    case understandableMinor = "2a"
    case understandableSignificant = "2b"
    case shouldMakeMinor = "3a"
    case shouldMakeSignificant = "3b"
    case notAttempted = "not attempted"

    /// 3b > 2b > 3a > 2a > 1 (PRODUCT.md §4).
    public var severityRank: Int {
        switch self {
        case .notAttempted, .concur: 0
        case .understandableMinor: 1
        case .shouldMakeMinor: 2
        case .understandableSignificant: 3
        case .shouldMakeSignificant: 4
        }
    }
}

public struct CaseReport: Sendable, Equatable {
    public var id: String
    public var status: CaseStatus
    public var readSeconds: Double
    public var time: Double
    public var coverage: Double
    public var order: Double
    public var detection: Double
    public var communication: Double?
    public var score: Double
    public var grade: Grade
    public var keystrokes: Int
    public var missed: [MissedFinding]
    public var overcalls: [Overcall]
    /// Decided without reading, in routine step order.
    public var unreadSteps: [String]
    /// Never decided, in routine step order.
    public var skippedSteps: [String]
    /// Found findings' ids in case-file order (for feedback; not in the JSON report).
    public var found: [String]
    /// For feedback, not in the JSON report: pairs of read steps decided out of protocol order,
    public var orderSlips: [OrderSlip] = []
    /// when each critical finding was called through,
    public var calls: [CallTiming] = []
    /// and calls that matched no finding at all.
    public var falseAlerts: [Overcall] = []
    /// Every communication on the case, in journal order, with its verdict.
    public var communications: [CommunicationReport] = []
    /// For feedback, not in the JSON report (there: `calls` of the session): the calls
    /// about this case that were shown, in the order first shown.
    public var interruptionCalls: [CallReport] = []
    /// The decisions as they stood at signing (or the end), and the typed impression: what
    /// review shows beside the truth.
    public var decisions: [String: StepDecision] = [:]
    public var impression = ""
    /// Extra views asked for, in routine step order; when a senior was consulted. Time only,
    /// never points (PRODUCT.md §4: also reported, not scored).
    public var extras: [ExtraRequest] = []
    public var consultedAt: Double?
}

/// An extra view the trainee asked the technologist for.
public struct ExtraRequest: Codable, Sendable, Equatable {
    public var step: String
    public var askedAt: Double
    public var indicated: Bool

    public init(step: String, askedAt: Double, indicated: Bool) {
        self.step = step
        self.askedAt = askedAt
        self.indicated = indicated
    }

    enum CodingKeys: String, CodingKey {
        case step, indicated
        case askedAt = "asked_at"
    }
}

/// A pair of read steps decided against the routine's protocol order.
public struct OrderSlip: Sendable, Equatable {
    /// Decided first, though the routine puts it later.
    public var decidedFirst: String
    /// Decided later, though the routine puts it first.
    public var decidedLater: String
}

public struct CallTiming: Sendable, Equatable {
    public var finding: String
    /// Seconds from the first showing of one of its steps to the call; nil when never called.
    public var delay: Double?
    public var score: Double
    /// The finding's category (1 or 2) and the window it was judged by.
    public var category: ActionCategory? = nil
    public var window: Double = 0
}

/// One communication of a case and what it was (PRODUCT.md §5).
public struct CommunicationReport: Codable, Sendable, Equatable {
    public enum Verdict: String, Codable, Sendable {
        case inTime = "in_time", late, unnecessary
        case falseAlert = "false_alert"
    }

    public var t: Double
    public var step: String
    public var term: String
    public var side: Side?
    /// The finding it matched; nil for a false alert.
    public var finding: String?
    public var category: ActionCategory?
    public var verdict: Verdict

    enum CodingKeys: String, CodingKey { case t, step, term, side, finding, category, verdict }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(t, forKey: .t)
        try c.encode(step, forKey: .step)
        try c.encode(term, forKey: .term)
        try c.encode(side, forKey: .side)
        try c.encode(finding, forKey: .finding)
        try c.encode(category, forKey: .category)
        try c.encode(verdict, forKey: .verdict)
    }
}

/// One interruption shown, and how it was answered (PRODUCT.md §5).
public struct CallReport: Codable, Sendable, Equatable {
    public var id: String
    public var caseID: String
    public var shownAt: Double
    public var answeredAt: Double?
    /// The answer id; nil when never answered.
    public var answer: String?
    public var correct: Bool
    public var score: Double
    /// After a "not read yet": when the trainee called back (the latest answer given on the
    /// call-back task) and what they said; nil when they never did. Shown, never scored.
    public var calledBackAt: Double? = nil
    public var callBackAnswer: String? = nil
    /// For the debrief, not in the JSON: whether the steps asked about were all read when
    /// the (scored) answer was given, so it can say which answer was right at that moment.
    public var stepsRead: Bool? = nil

    enum CodingKeys: String, CodingKey {
        case id, answer, correct, score
        case caseID = "case"
        case shownAt = "shown_at"
        case answeredAt = "answered_at"
        case calledBackAt = "called_back_at"
        case callBackAnswer = "call_back_answer"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(caseID, forKey: .caseID)
        try c.encode(shownAt, forKey: .shownAt)
        try c.encode(answeredAt, forKey: .answeredAt)
        try c.encode(answer, forKey: .answer)
        try c.encode(correct, forKey: .correct)
        try c.encode(score, forKey: .score)
        try c.encode(calledBackAt, forKey: .calledBackAt)
        try c.encode(callBackAnswer, forKey: .callBackAnswer)
    }
}

public struct MissedFinding: Codable, Sendable, Equatable {
    public var finding: String
    public var step: String
    public var term: String
    public var grade: Grade
}

public struct Overcall: Codable, Sendable, Equatable {
    public var step: String
    public var term: String
    public var side: Side?
    public var grade: Grade

    enum CodingKeys: String, CodingKey { case step, term, side, grade }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(step, forKey: .step)
        try c.encode(term, forKey: .term)
        try c.encode(side, forKey: .side)  // explicit null: the report keeps every field
        try c.encode(grade, forKey: .grade)
    }
}

// MARK: - JSON with explicit nulls and §5's names

extension SessionReport: Codable {
    enum CodingKeys: String, CodingKey {
        case session, mode, scenario, trainee, client, finished, triage, turnaround, interruptions
        case sensitivity, specificity, cases, calls, protocoling, requests
        case scoringVersion = "scoring_version"
        case journalVersion = "journal_version"
        case sessionScore = "session_score"
        case timeManagement = "time_management"
        case pauseSeconds = "pause_seconds"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        scoringVersion = try c.decode(Int.self, forKey: .scoringVersion)
        journalVersion = try c.decode(Int.self, forKey: .journalVersion)
        session = try c.decode(String.self, forKey: .session)
        mode = try c.decode(Mode.self, forKey: .mode)
        scenario = try c.decode(String.self, forKey: .scenario)
        trainee = try c.decode(String.self, forKey: .trainee)
        client = try c.decode(Client.self, forKey: .client)
        finished = try c.decode(Bool.self, forKey: .finished)
        sessionScore = try c.decode(Double.self, forKey: .sessionScore)
        timeManagement = try c.decodeIfPresent(Double.self, forKey: .timeManagement)
        triage = try c.decodeIfPresent(Double.self, forKey: .triage)
        turnaround = try c.decodeIfPresent(Double.self, forKey: .turnaround)
        interruptions = try c.decodeIfPresent(Double.self, forKey: .interruptions)
        sensitivity = try c.decodeIfPresent(Double.self, forKey: .sensitivity)
        specificity = try c.decodeIfPresent(Double.self, forKey: .specificity)
        pauseSeconds = try c.decode(Double.self, forKey: .pauseSeconds)
        calls = try c.decodeIfPresent([CallReport].self, forKey: .calls) ?? []
        cases = try c.decode([CaseReport].self, forKey: .cases)
        protocoling = try c.decodeIfPresent(Double.self, forKey: .protocoling)
        requests = try c.decodeIfPresent([RequestReport].self, forKey: .requests) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(scoringVersion, forKey: .scoringVersion)
        try c.encode(journalVersion, forKey: .journalVersion)
        try c.encode(session, forKey: .session)
        try c.encode(mode, forKey: .mode)
        try c.encode(scenario, forKey: .scenario)
        try c.encode(trainee, forKey: .trainee)
        try c.encode(client, forKey: .client)
        try c.encode(finished, forKey: .finished)
        try c.encode(sessionScore, forKey: .sessionScore)
        try c.encode(timeManagement, forKey: .timeManagement)
        try c.encode(triage, forKey: .triage)
        try c.encode(turnaround, forKey: .turnaround)
        try c.encode(interruptions, forKey: .interruptions)
        try c.encode(sensitivity, forKey: .sensitivity)
        try c.encode(specificity, forKey: .specificity)
        try c.encode(pauseSeconds, forKey: .pauseSeconds)
        try c.encode(calls, forKey: .calls)
        try c.encode(protocoling, forKey: .protocoling)   // null when the scenario has no request
        try c.encode(requests, forKey: .requests)
        try c.encode(cases, forKey: .cases)
    }
}

extension CaseReport: Codable {
    enum CodingKeys: String, CodingKey {
        case id, status, time, coverage, order, detection, communication, score, grade, keystrokes
        case missed, overcalls, communications, extras
        case readSeconds = "read_seconds"
        case consultedAt = "consulted_at"
        case unreadSteps = "unread_steps"
        case skippedSteps = "skipped_steps"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        status = try c.decode(CaseStatus.self, forKey: .status)
        readSeconds = try c.decode(Double.self, forKey: .readSeconds)
        time = try c.decode(Double.self, forKey: .time)
        coverage = try c.decode(Double.self, forKey: .coverage)
        order = try c.decode(Double.self, forKey: .order)
        detection = try c.decode(Double.self, forKey: .detection)
        communication = try c.decodeIfPresent(Double.self, forKey: .communication)
        score = try c.decode(Double.self, forKey: .score)
        grade = try c.decode(Grade.self, forKey: .grade)
        keystrokes = try c.decode(Int.self, forKey: .keystrokes)
        missed = try c.decode([MissedFinding].self, forKey: .missed)
        overcalls = try c.decode([Overcall].self, forKey: .overcalls)
        unreadSteps = try c.decode([String].self, forKey: .unreadSteps)
        skippedSteps = try c.decode([String].self, forKey: .skippedSteps)
        communications = try c.decodeIfPresent([CommunicationReport].self, forKey: .communications) ?? []
        extras = try c.decodeIfPresent([ExtraRequest].self, forKey: .extras) ?? []
        consultedAt = try c.decodeIfPresent(Double.self, forKey: .consultedAt)
        found = []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(status, forKey: .status)
        try c.encode(readSeconds, forKey: .readSeconds)
        try c.encode(time, forKey: .time)
        try c.encode(coverage, forKey: .coverage)
        try c.encode(order, forKey: .order)
        try c.encode(detection, forKey: .detection)
        try c.encode(communication, forKey: .communication)
        try c.encode(score, forKey: .score)
        try c.encode(grade, forKey: .grade)
        try c.encode(keystrokes, forKey: .keystrokes)
        try c.encode(missed, forKey: .missed)
        try c.encode(overcalls, forKey: .overcalls)
        try c.encode(communications, forKey: .communications)
        try c.encode(extras, forKey: .extras)
        try c.encode(consultedAt, forKey: .consultedAt)   // null when no senior was asked
        try c.encode(unreadSteps, forKey: .unreadSteps)
        try c.encode(skippedSteps, forKey: .skippedSteps)
    }
}

/// One protocoling request (PRODUCT.md §5): `{id, status, option, verdict, read, score}`.
public struct RequestReport: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable { case unopened, opened, answered }

    public var id: String
    public var status: Status
    public var option: String?
    public var verdict: Verdict?
    /// The request's text had been on screen long enough (the read rule) when it was answered.
    public var read: Bool
    public var score: Double
    /// When it was answered (for the debrief; not in the JSON report).
    public var answeredAt: Double?

    public init(id: String, status: Status, option: String?, verdict: Verdict?, read: Bool, score: Double,
                answeredAt: Double? = nil) {
        self.id = id
        self.status = status
        self.option = option
        self.verdict = verdict
        self.read = read
        self.score = score
        self.answeredAt = answeredAt
    }

    enum CodingKeys: String, CodingKey { case id, status, option, verdict, read, score }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        status = try c.decode(Status.self, forKey: .status)
        option = try c.decodeIfPresent(String.self, forKey: .option)
        verdict = try c.decodeIfPresent(Verdict.self, forKey: .verdict)
        read = try c.decode(Bool.self, forKey: .read)
        score = try c.decode(Double.self, forKey: .score)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(status, forKey: .status)
        try c.encode(option, forKey: .option)     // explicit nulls: the report keeps every field
        try c.encode(verdict, forKey: .verdict)
        try c.encode(read, forKey: .read)
        try c.encode(score, forKey: .score)
    }
}
