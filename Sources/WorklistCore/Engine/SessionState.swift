/// The live state of one session: what the screens show and what the reducer checks
/// actions against. It is built only by `reduce`, from the session's snapshot.
public struct SessionState: Sendable, Equatable {
    public let snapshot: ContentSnapshot
    /// Session-clock seconds of the latest action.
    public private(set) var now: Double = 0
    /// Sequence number of the next journal event.
    public internal(set) var nextSeq = 1
    public internal(set) var cases: [String: CaseProgress]
    /// The case on the reading screen.
    public internal(set) var openCase: String?
    /// The interruption modal on screen.
    public internal(set) var modal: String?
    /// When each unanswered interruption is next due (first ring or a redial).
    public internal(set) var calls: [String: Double]
    public internal(set) var paused: PauseReason?
    public internal(set) var ended: EndReason?
    /// Keystrokes on the open case not yet journalled.
    public internal(set) var pendingKeys = 0

    public init(snapshot: ContentSnapshot) {
        self.snapshot = snapshot
        var cases: [String: CaseProgress] = [:]
        for item in snapshot.cases { cases[item.id] = CaseProgress() }
        self.cases = cases
        var calls: [String: Double] = [:]
        for call in snapshot.scenario.interruptions { calls[call.id] = call.at }
        self.calls = calls
    }

    mutating func advanceClock(to t: Double) { now = max(now, t) }

    // MARK: - Questions the screens and the reducer ask

    public func progress(_ caseID: String) -> CaseProgress? { cases[caseID] }

    public func hasArrived(_ caseID: String) -> Bool {
        guard let item = snapshot.case(caseID) else { return false }
        return item.arrives <= now
    }

    /// Session-clock instant the step's images exist (arrival plus `available_after`).
    public func availableAt(_ caseID: String, step: String) -> Double? {
        guard let item = snapshot.case(caseID), let s = item.step(step) else { return nil }
        return item.arrives + (s.availableAfter ?? 0)
    }

    public func isAvailable(_ caseID: String, step: String) -> Bool {
        availableAt(caseID, step: step).map { $0 <= now } ?? false
    }

    /// Cases that have arrived, in scenario order.
    public var arrivedCases: [CaseSnapshot] { snapshot.cases.filter { $0.arrives <= now } }

    public var allArrivedAndSigned: Bool {
        snapshot.cases.allSatisfy { $0.arrives <= now && cases[$0.id]?.status == .signed }
    }

    /// The next instant at which the engine acts by itself (a call rings, the time limit):
    /// a driver advancing virtual time ticks exactly there.
    public var nextScheduledInstant: Double? {
        guard ended == nil else { return nil }
        var candidates: [Double] = []
        if modal == nil, let due = calls.values.min() { candidates.append(max(due, now)) }
        if let limit = snapshot.scenario.timeLimit { candidates.append(limit) }
        return candidates.min()
    }
}

public struct CaseProgress: Sendable, Equatable {
    public enum Status: Sendable, Equatable { case unopened, inProgress, signed }

    public internal(set) var status: Status = .unopened
    /// The step on screen (kept when the case is left, shown again on reopening).
    public internal(set) var currentStep: String?
    public internal(set) var decisions: [String: StepDecision] = [:]
    /// (step, mark) pairs communicated as critical results.
    public internal(set) var communicated: [CommunicatedResult] = []
    public internal(set) var impression = ""
    public internal(set) var signedAt: Double?

    public func isCommunicated(step: String, mark: Mark) -> Bool {
        communicated.contains { $0.step == step && $0.mark == mark }
    }
}

public struct CommunicatedResult: Sendable, Equatable {
    public var step: String
    public var mark: Mark
    public var t: Double
}
