/// Reads a journal into per-case and per-session facts, in journal order, exactly as
/// PRODUCT.md §4 defines them. Scoring (Scoring.swift) turns these facts into figures.
///
/// Time that an interruption modal was on screen is taken out of read time and dwell by
/// measuring both on an "effective" clock that stands still while a modal is up.
struct Replay: Sendable {
    struct CaseFacts {
        let snapshot: CaseSnapshot
        var opened = false
        var signedAt: Double?
        var impression = ""
        /// Effective-clock instant the current open visit began.
        var openSince: Double?
        var readSeconds: Double = 0
        /// The step on screen and the effective instant it was shown.
        var shown: (step: String, since: Double)?
        var dwell: [String: Double] = [:]
        /// Session-clock instant each step was first shown.
        var firstShownAt: [String: Double] = [:]
        var decisions: [String: StepDecision] = [:]
        /// Dwell on the step at the event that made its standing decision, and its instant.
        var standingDwell: [String: Double] = [:]
        var standingAt: [String: Double] = [:]
        /// Steps whose extra view was asked for, and when (its words join the read rule
        /// once it has arrived); when a senior was consulted.
        var extrasAsked: [String: Double] = [:]
        var consultedAt: Double?
        /// Sequence number of the first event that ever decided the step.
        var firstDecisionSeq: [String: Int] = [:]
        var communications: [(step: String, mark: Mark, t: Double)] = []
        var keys = 0

        var isSigned: Bool { signedAt != nil }

        func dwellNow(_ step: String, at effective: Double) -> Double {
            let running = shown.map { $0.step == step ? effective - $0.since : 0 } ?? 0
            return (dwell[step] ?? 0) + running
        }

        func isReadDecided(_ step: String) -> Bool {
            guard decisions[step] != nil, let dwell = standingDwell[step],
                  let need = readingSeconds(step, at: standingAt[step] ?? 0) else { return false }
            return dwell >= need
        }

        /// The read rule's dwell for the step at session time `t`: its extra view's words
        /// count from the instant the view has arrived.
        func readingSeconds(_ step: String, at t: Double) -> Double? {
            snapshot.step(step)?.readingSeconds(at: t, extraAskedAt: extrasAsked[step])
        }
    }

    /// A protocoling request: its dwell (effective clock) and the answer, with the dwell
    /// it had then (the read rule on the request's text).
    struct RequestFacts {
        let snapshot: RequestSnapshot
        var opened = false
        var openSince: Double?
        var dwell: Double = 0
        var option: String?
        var answeredAt: Double?
        var dwellAtAnswer: Double = 0

        var isAnswered: Bool { option != nil }
        var wasRead: Bool { dwellAtAnswer >= snapshot.readingSeconds }
    }

    struct Answered {
        var answer: String
        var t: Double
        var correct: Bool
        /// Whether the steps the call asks about were all read-decided when it was answered.
        var stepsRead: Bool
    }

    let snapshot: ContentSnapshot
    private(set) var cases: [String: CaseFacts] = [:]
    private(set) var openCase: String?
    private(set) var requests: [String: RequestFacts] = [:]
    private(set) var openRequest: String?
    private(set) var endTime: Double = 0
    private(set) var finished = false
    private(set) var triageChoices = 0
    private(set) var triageInversions = 0
    private(set) var interruptionFirstShown: [String: Double] = [:]
    private(set) var interruptionAnswers: [String: Answered] = [:]
    /// The latest answer given after the scored one, on a call-back: shown, never scored.
    private(set) var callBackAnswers: [String: Answered] = [:]
    /// Calls that fell due and did not ring (their findings were already communicated).
    private(set) var interruptionsSkipped: [String: Double] = [:]
    private(set) var pauseSeconds: Double = 0

    private var modalSince: Double?
    private var modalTotal: Double = 0
    private var pausedAt: Double?

    init(_ journal: Journal) {
        self.init(header: journal.header)
        for event in journal.events { feed(event) }
        close()
    }

    /// Before the first event: events come one at a time (`feed`), as a journal is read.
    init(header: JournalHeader) {
        snapshot = header.snapshot
        for item in snapshot.cases { cases[item.id] = CaseFacts(snapshot: item) }
        for request in snapshot.scenario.protocolRequests { requests[request.id] = RequestFacts(snapshot: request) }
    }

    /// The next event in journal order; nothing after `ended` counts. The session ends at
    /// its last event (`ended`, when there is one).
    mutating func feed(_ event: Event) {
        guard !finished else { return }
        endTime = event.t
        apply(event)
    }

    /// After the last event: the open visit and a pause still running end at the last event.
    mutating func close() {
        let end = effective(endTime)
        if let open = openCase { closeVisit(open, at: end) }
        if let open = openRequest { closeRequest(open, at: end) }
        if let since = pausedAt { pauseSeconds += max(0, endTime - since) }
    }

    func facts(_ caseID: String) -> CaseFacts? { cases[caseID] }
    func requestFacts(_ id: String) -> RequestFacts? { requests[id] }

    /// The session clock minus all modal time up to `t`.
    func effectiveTime(_ t: Double) -> Double { effective(t) }

    private func effective(_ t: Double) -> Double {
        t - modalTotal - (modalSince.map { t - $0 } ?? 0)
    }

    private mutating func apply(_ event: Event) {
        let t = event.t
        let eff = effective(t)
        switch event.kind {
        case .opened(let id):
            if let open = openCase { closeVisit(open, at: eff) }  // implicit leave
            if let open = openRequest { closeRequest(open, at: eff); openRequest = nil }
            guard var facts = cases[id] else { openCase = nil; return }
            openCase = id
            if facts.isSigned { return }  // read-only: changes nothing, not a triage choice
            countTriageChoice(id: id, priority: facts.snapshot.priority, at: t)
            facts.opened = true
            facts.openSince = eff
            cases[id] = facts

        case .left(let id):
            if openCase == id {
                closeVisit(id, at: eff)
                openCase = nil
            }

        case .shown(let id, let step):
            // In place (`&cases[id]!`): a copy out and back would copy the case's tables on
            // every event of a long journal.
            guard openCase == id, let i = cases.index(forKey: id) else { return }
            Self.show(&cases.values[i], step, at: eff, t: t)

        case .decidedNormal(let id, let step):
            decide(id, step, event, at: eff) { _ in .normal }

        case .marked(let id, let step, let mark):
            decide(id, step, event, at: eff) { old in .marked((old?.marks ?? []).union([mark])) }

        case .unmarked(let id, let step, let mark):
            guard openCase == id, var facts = cases[id], !facts.isSigned,
                  var marks = facts.decisions[step]?.marks, marks.contains(mark) else { return }
            marks.remove(mark)
            if marks.isEmpty {
                facts.decisions[step] = nil
                facts.standingDwell[step] = nil
            } else {
                facts.decisions[step] = .marked(marks)
                facts.standingDwell[step] = facts.dwellNow(step, at: eff)
                facts.standingAt[step] = t
            }
            cases[id] = facts

        case .communicated(let id, let step, let mark):
            cases[id]?.communications.append((step, mark, t))

        case .interruptionShown(let id):
            if modalSince == nil { modalSince = t }
            if interruptionFirstShown[id] == nil { interruptionFirstShown[id] = t }

        case .interruptionDeferred:
            closeModal(at: t)

        case .interruptionAnswered(let id, let answer):
            closeModal(at: t)
            // The first answer is the one scored; a later one (a call-back) is only reported.
            if interruptionAnswers[id] == nil, interruptionFirstShown[id] != nil {
                interruptionAnswers[id] = Answered(answer: answer, t: t, correct: isCorrect(answer, to: id),
                                                   stepsRead: stepsRead(for: id))
            } else if interruptionAnswers[id] != nil {
                callBackAnswers[id] = Answered(answer: answer, t: t, correct: isCorrect(answer, to: id),
                                               stepsRead: stepsRead(for: id))
            }

        case .interruptionSkipped(let id):
            if interruptionsSkipped[id] == nil { interruptionsSkipped[id] = t }

        case .callBackOpened:
            // The call's modal is on screen again: its time is out of read time and dwell,
            // as for any call; it is not a new showing.
            if modalSince == nil { modalSince = t }

        case .signed(let id, let impression):
            guard openCase == id, let facts = cases[id], !facts.isSigned else { return }
            closeVisit(id, at: eff)
            cases[id]?.signedAt = t
            cases[id]?.impression = impression
            openCase = nil

        case .keys(let id, let count):
            cases[id]?.keys += count

        case .paused:
            if pausedAt == nil { pausedAt = t }

        case .resumed(_, let wall):
            pauseSeconds += wall
            pausedAt = nil

        case .heartbeat:
            break

        case .ended:
            endTime = t
            finished = true

        case .askedExtra(let id, let step):
            guard openCase == id, cases[id]?.isSigned == false, cases[id]?.extrasAsked[step] == nil else { return }
            cases[id]?.extrasAsked[step] = t

        case .consulted(let id):
            guard openCase == id, cases[id]?.isSigned == false, cases[id]?.consultedAt == nil else { return }
            cases[id]?.consultedAt = t

        case .requestOpened(let id):
            if let open = openCase { closeVisit(open, at: eff); openCase = nil }
            if let open = openRequest { closeRequest(open, at: eff) }
            guard var facts = requests[id] else { openRequest = nil; return }
            openRequest = id
            if facts.isAnswered { return }   // read-only again: not a triage choice
            countTriageChoice(id: id, priority: facts.snapshot.priority, at: t)
            facts.opened = true
            facts.openSince = eff
            requests[id] = facts

        case .requestLeft(let id):
            if openRequest == id {
                closeRequest(id, at: eff)
                openRequest = nil
            }

        case .protocoled(let id, let option):
            guard openRequest == id, var facts = requests[id], !facts.isAnswered,
                  facts.snapshot.verdict(of: option) != nil else { return }
            facts.dwellAtAnswer = facts.dwell + (facts.openSince.map { eff - $0 } ?? 0)
            facts.option = option
            facts.answeredAt = t
            requests[id] = facts
            closeRequest(id, at: eff)
            openRequest = nil
        }
    }

    /// A decided-normal or marked event on the open, unsigned case.
    private mutating func decide(_ id: String, _ step: String, _ event: Event, at eff: Double,
                                 _ update: (StepDecision?) -> StepDecision) {
        guard openCase == id, let facts = cases[id], !facts.isSigned, facts.snapshot.step(step) != nil else { return }
        Self.decide(&cases[id]!, step, seq: event.seq, at: eff, t: event.t, update)
    }

    private static func decide(_ facts: inout CaseFacts, _ step: String, seq: Int, at eff: Double, t: Double,
                               _ update: (StepDecision?) -> StepDecision) {
        facts.decisions[step] = update(facts.decisions[step])
        facts.standingDwell[step] = facts.dwellNow(step, at: eff)
        facts.standingAt[step] = t
        if facts.firstDecisionSeq[step] == nil { facts.firstDecisionSeq[step] = seq }
    }

    private mutating func closeVisit(_ id: String, at eff: Double) {
        guard cases[id]?.isSigned == false else { return }
        Self.closeVisit(&cases[id]!, at: eff)
    }

    private static func show(_ facts: inout CaseFacts, _ step: String, at eff: Double, t: Double) {
        guard !facts.isSigned else { return }
        endShown(&facts, at: eff)
        facts.shown = (step, eff)
        if facts.firstShownAt[step] == nil { facts.firstShownAt[step] = t }
    }

    private static func closeVisit(_ facts: inout CaseFacts, at eff: Double) {
        endShown(&facts, at: eff)
        if let since = facts.openSince { facts.readSeconds += eff - since }
        facts.openSince = nil
    }

    private static func endShown(_ facts: inout CaseFacts, at eff: Double) {
        if let shown = facts.shown {
            facts.dwell[shown.step, default: 0] += eff - shown.since
        }
        facts.shown = nil
    }

    private mutating func closeRequest(_ id: String, at eff: Double) {
        guard var facts = requests[id], let since = facts.openSince else { return }
        facts.dwell += eff - since
        facts.openSince = nil
        requests[id] = facts
    }

    private mutating func closeModal(at t: Double) {
        if let since = modalSince { modalTotal += t - since }
        modalSince = nil
    }

    /// Triage: opening a case or a request is a choice when another case or request is
    /// waiting (arrived, unsigned or unanswered); an inversion when one of higher priority is.
    private mutating func countTriageChoice(id chosen: String, priority: Priority, at t: Double) {
        let waiting = cases.values.filter { $0.snapshot.id != chosen && $0.snapshot.arrives <= t && !$0.isSigned }
            .map(\.snapshot.priority)
            + requests.values.filter { $0.snapshot.id != chosen && $0.snapshot.arrives <= t && !$0.isAnswered }
            .map(\.snapshot.priority)
        guard !waiting.isEmpty else { return }
        triageChoices += 1
        if waiting.contains(where: { $0 > priority }) { triageInversions += 1 }
    }

    private func stepsRead(for interruptionID: String) -> Bool {
        guard let call = snapshot.interruption(interruptionID) else { return false }
        return cases[call.caseID].map { facts in call.steps.allSatisfy { facts.isReadDecided($0) } } ?? false
    }

    /// A call that needs reading: "not read yet" is right while the concerned steps are not
    /// all read-decided, a substantive answer only once they are and it is marked correct.
    /// A call that does not (the caller gave the number): the correct answer is right.
    private func isCorrect(_ answer: String, to interruptionID: String) -> Bool {
        guard let call = snapshot.interruption(interruptionID) else { return false }
        let allRead = stepsRead(for: interruptionID)
        if answer == Interruption.notReadYetID { return call.needsRead && !allRead }
        return (allRead || !call.needsRead) && call.answers.contains { $0.id == answer && $0.correct }
    }
}
