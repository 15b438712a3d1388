/// A shift or an exam (PRODUCT.md §2).
public struct Scenario: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var description: String
    public var mode: Mode
    /// The cases: a fixed list, or drawn from a pool by the seed.
    public var cases: CaseSource
    public var interruptions: [Interruption]
    public var turnaround: TurnaroundTargets
    /// Seconds from a category-1 finding's first showing within which a call scores 100.
    public var communicationWindow: Double
    /// The same for category 2 (hours, not minutes).
    public var secondWindow: Double
    /// Seconds of session clock; nil = no limit.
    public var timeLimit: Double?
    /// Show per-case feedback after signing (exams: false).
    public var feedback: Bool
    /// The default scenario of its mode.
    public var isDefault: Bool
    /// Seconds before a consulted senior's note appears (issue 17).
    public var consultDelay: Double
    /// Protocoling requests waiting beside the cases (issue 17).
    public var requests: [ProtocolRequest]

    public static let defaultCommunicationWindow: Double = 120
    public static let defaultSecondWindow: Double = 1800
    public static let defaultConsultDelay: Double = 90

    public init(id: String, title: String, description: String = "", mode: Mode, cases: CaseSource,
                interruptions: [Interruption] = [], turnaround: TurnaroundTargets = .init(),
                communicationWindow: Double = Scenario.defaultCommunicationWindow,
                secondWindow: Double = Scenario.defaultSecondWindow, timeLimit: Double? = nil,
                feedback: Bool = true, isDefault: Bool = false, consultDelay: Double = Scenario.defaultConsultDelay,
                requests: [ProtocolRequest] = []) {
        self.id = id
        self.title = title
        self.description = description
        self.mode = mode
        self.cases = cases
        self.interruptions = interruptions
        self.turnaround = turnaround
        self.communicationWindow = communicationWindow
        self.secondWindow = secondWindow
        self.timeLimit = timeLimit
        self.feedback = feedback
        self.isDefault = isDefault
        self.consultDelay = consultDelay
        self.requests = requests
    }
}

public enum CaseSource: Codable, Sendable, Equatable {
    /// Cases in scenario order, each with its arrival (seconds from start).
    case fixed([ScheduledCase])
    /// `count` cases drawn from `pool` and ordered by the seed; one arrives every `arriveEvery` seconds.
    case pool(ids: [String], count: Int, arriveEvery: Double)
}

public struct ScheduledCase: Codable, Sendable, Equatable {
    public var caseID: String
    public var arrives: Double

    enum CodingKeys: String, CodingKey {
        case caseID = "case"
        case arrives
    }

    public init(caseID: String, arrives: Double) {
        self.caseID = caseID
        self.arrives = arrives
    }
}

public struct TurnaroundTargets: Codable, Sendable, Equatable {
    public var stat: Double
    public var urgent: Double
    /// nil: signed before the end of the session.
    public var routine: Double?

    public init(stat: Double = 600, urgent: Double = 1800, routine: Double? = nil) {
        self.stat = stat
        self.urgent = urgent
        self.routine = routine
    }

    public func target(for priority: Priority) -> Double? {
        switch priority {
        case .stat: stat
        case .urgent: urgent
        case .routine: routine
        }
    }
}

/// A phone call or technologist question during a shift.
public struct Interruption: Codable, Sendable, Equatable {
    public var id: String
    /// Seconds from the start of the session.
    public var at: Double
    public var caller: String
    public var question: String
    public var caseID: String
    public var steps: [String]
    public var answers: [Answer]
    /// Whether the right answer depends on having read `steps` (a technologist quoting the
    /// measurement on the phone does not); when it does, "not read yet" is right until then.
    public var needsRead: Bool
    /// Why the right answer is right, shown in the debrief (with its reference).
    public var explanation: String
    /// Finding ids of the case: when all were communicated before the call's time, the
    /// caller already knows and the call does not ring.
    public var unlessCommunicated: [String]

    public init(id: String, at: Double, caller: String, question: String, caseID: String,
                steps: [String], answers: [Answer], needsRead: Bool = true, explanation: String = "",
                unlessCommunicated: [String] = []) {
        self.id = id
        self.at = at
        self.caller = caller
        self.question = question
        self.caseID = caseID
        self.steps = steps
        self.answers = answers
        self.needsRead = needsRead
        self.explanation = explanation
        self.unlessCommunicated = unlessCommunicated
    }

    enum CodingKeys: String, CodingKey {
        case id, at, caller, question, steps, answers, explanation
        case caseID = "case"
        case needsRead = "needs_read"
        case unlessCommunicated = "unless_communicated"
    }

    // A version-1 snapshot has none of the newer fields.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        at = try c.decode(Double.self, forKey: .at)
        caller = try c.decode(String.self, forKey: .caller)
        question = try c.decode(String.self, forKey: .question)
        caseID = try c.decode(String.self, forKey: .caseID)
        steps = try c.decode([String].self, forKey: .steps)
        answers = try c.decode([Answer].self, forKey: .answers)
        needsRead = try c.decodeIfPresent(Bool.self, forKey: .needsRead) ?? true
        explanation = try c.decodeIfPresent(String.self, forKey: .explanation) ?? ""
        unlessCommunicated = try c.decodeIfPresent([String].self, forKey: .unlessCommunicated) ?? []
    }

    public static let notReadYetID = "not-read-yet"
    public static let notReadYetText = "Not read yet — I will call back"
    /// Seconds after a deferral before the call rings again.
    public static let redialSeconds: Double = 60
}

public struct Answer: Codable, Sendable, Equatable {
    public var id: String
    public var text: String
    public var correct: Bool

    public init(id: String, text: String, correct: Bool) {
        self.id = id
        self.text = text
        self.correct = correct
    }
}
