/// A shift or an exam (PRODUCT.md §2).
public struct Scenario: Sendable, Equatable {
    public var id: String
    public var title: String
    public var description: String
    public var mode: Mode
    /// The cases: a fixed list, or drawn from a pool by the seed.
    public var cases: CaseSource
    public var interruptions: [Interruption]
    public var turnaround: TurnaroundTargets
    /// Seconds from a critical finding's first showing within which a call scores 100.
    public var communicationWindow: Double
    /// Seconds of session clock; nil = no limit.
    public var timeLimit: Double?
    /// Show per-case feedback after signing (exams: false).
    public var feedback: Bool
    /// The default scenario of its mode.
    public var isDefault: Bool

    public static let defaultCommunicationWindow: Double = 120

    public init(id: String, title: String, description: String = "", mode: Mode, cases: CaseSource,
                interruptions: [Interruption] = [], turnaround: TurnaroundTargets = .init(),
                communicationWindow: Double = Scenario.defaultCommunicationWindow, timeLimit: Double? = nil,
                feedback: Bool = true, isDefault: Bool = false) {
        self.id = id
        self.title = title
        self.description = description
        self.mode = mode
        self.cases = cases
        self.interruptions = interruptions
        self.turnaround = turnaround
        self.communicationWindow = communicationWindow
        self.timeLimit = timeLimit
        self.feedback = feedback
        self.isDefault = isDefault
    }
}

public enum CaseSource: Sendable, Equatable {
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

    public init(id: String, at: Double, caller: String, question: String, caseID: String,
                steps: [String], answers: [Answer]) {
        self.id = id
        self.at = at
        self.caller = caller
        self.question = question
        self.caseID = caseID
        self.steps = steps
        self.answers = answers
    }

    /// Always offered besides the scenario's answers.
    enum CodingKeys: String, CodingKey {
        case id, at, caller, question, steps, answers
        case caseID = "case"
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
