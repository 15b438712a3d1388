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
    /// The protocoling request on screen, and each request's answer (option, instant).
    public internal(set) var openRequest: String?
    public internal(set) var protocoled: [String: RequestAnswer] = [:]
    /// Requests opened at least once.
    public internal(set) var requestsOpened: Set<String> = []
    /// The interruption modal on screen.
    public internal(set) var modal: String?
    /// When each unanswered interruption is next due (first ring or a redial).
    public internal(set) var calls: [String: Double]
    /// Call-back tasks: each call answered "not read yet — I will call back" and not yet
    /// answered otherwise, with the instant of that first "not read yet" (the task's place
    /// on the worklist).
    public internal(set) var callBacks: [String: Double] = [:]
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

    /// Session instant the step's extra view arrives; nil until it is asked for.
    public func extraArrives(_ caseID: String, step: String) -> Double? {
        guard let asked = cases[caseID]?.extrasAsked[step],
              let extra = snapshot.case(caseID)?.step(step)?.extra else { return nil }
        return asked + extra.delay
    }

    /// Session instant the consulted senior's note appears; nil until consulted.
    public func seniorArrives(_ caseID: String) -> Double? {
        cases[caseID]?.consultedAt.map { $0 + snapshot.scenario.seniorDelay }
    }

    public func isAvailable(_ caseID: String, step: String) -> Bool {
        availableAt(caseID, step: step).map { $0 <= now } ?? false
    }

    /// Cases that have arrived, in scenario order.
    public var arrivedCases: [CaseSnapshot] { snapshot.cases.filter { $0.arrives <= now } }

    /// Every case arrived and signed, and every request arrived and answered: the session is done.
    public var allArrivedAndSigned: Bool {
        snapshot.cases.allSatisfy { $0.arrives <= now && cases[$0.id]?.status == .signed }
            && snapshot.scenario.protocolRequests.allSatisfy { $0.arrives <= now && protocoled[$0.id] != nil }
    }

    /// Requests that have arrived, in scenario order.
    public var arrivedRequests: [RequestSnapshot] { snapshot.scenario.protocolRequests.filter { $0.arrives <= now } }

    /// The open call-back tasks, oldest first (scenario order breaks ties).
    public var openCallBacks: [(call: Interruption, since: Double)] {
        snapshot.scenario.interruptions
            .compactMap { call in callBacks[call.id].map { (call: call, since: $0) } }
            .sorted { $0.since < $1.since }
    }

    /// Whether the modal on screen is a call-back the trainee opened (not a call ringing).
    public var modalIsCallBack: Bool { modal.map { callBacks[$0] != nil } ?? false }

    /// A call that does not ring when it falls due: every finding it lists under
    /// `unless_communicated` was communicated before its time (a communication matches a
    /// finding as marking does; one side of a bilateral finding counts, as in scoring).
    public func isSkipped(_ call: Interruption) -> Bool {
        guard !call.unlessCommunicated.isEmpty, let item = snapshot.case(call.caseID),
              let progress = cases[call.caseID] else { return false }
        return call.unlessCommunicated.allSatisfy { findingID in
            guard let finding = item.findings.first(where: { $0.id == findingID }) else { return false }
            return progress.communicated.contains { result in
                result.t < call.at && finding.isCommunicated(step: result.step, term: result.mark.term, side: result.mark.side)
            }
        }
    }

    /// The next instant at which the engine acts by itself (a call rings, the time limit):
    /// a driver advancing virtual time ticks exactly there.
    public var nextScheduledInstant: Double? {
        guard ended == nil else { return nil }
        var candidates: [Double] = []
        // With a modal up only a call that is skipped acts (it never rings).
        let acting = snapshot.scenario.interruptions.filter { modal == nil || isSkipped($0) }
        if let due = acting.compactMap({ calls[$0.id] }).min() { candidates.append(max(due, now)) }
        if let limit = snapshot.scenario.timeLimit { candidates.append(limit) }
        return candidates.min()
    }
}

/// The option chosen for a protocoling request, and when.
public struct RequestAnswer: Sendable, Equatable {
    public var option: String
    public var at: Double
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
    /// Steps whose extra view was asked for, and when.
    public internal(set) var extrasAsked: [String: Double] = [:]
    /// When a senior was consulted on the case.
    public internal(set) var consultedAt: Double?

    public func isCommunicated(step: String, mark: Mark) -> Bool {
        communicated.contains { $0.step == step && $0.mark == mark }
    }
}

public struct CommunicatedResult: Sendable, Equatable {
    public var step: String
    public var mark: Mark
    public var t: Double
}
