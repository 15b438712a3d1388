/// The only mutator of a session: checks an action against the state, journals what
/// happened as events and applies them. Refused actions change nothing and return a
/// notice saying why. Never reads a clock: `t` is the action's instant.
extension SessionState {
    public mutating func reduce(_ action: Action, at t: Double) -> [Effect] {
        var fx: [Effect] = []
        guard ended == nil else { return [] }
        advance(to: t, &fx)
        guard ended == nil else { return fx }
        if paused != nil {
            switch action {
            case .resume, .end, .tick: break
            default: return fx  // the clock is stopped; nothing else happens while paused
            }
        }

        switch action {
        case .tick:
            break
        case .open(let id):
            open(id, &fx)
        case .leave:
            guard let id = openCase else { break }
            flushKeys(&fx)
            emit(.left(case: id), &fx)
            fx.append(.sync)
        case .show(let step):
            show(step, &fx)
        case .decideNormal(let step):
            guard let id = editableCase(step, &fx), cases[id]?.decisions[step] != .normal else { break }
            emit(.decidedNormal(case: id, step: step), &fx)
        case .mark(let step, let mark):
            guard let id = editableCase(step, &fx), checkMark(id, step, mark, &fx) else { break }
            let marks = cases[id]?.decisions[step]?.marks ?? []
            guard !marks.contains(mark) else { break }
            emit(.marked(case: id, step: step, mark: mark), &fx)
        case .unmark(let step, let mark):
            unmark(step, mark, &fx)
        case .communicate(let step, let mark):
            communicate(step, mark, &fx)
        case .sign(let impression):
            sign(impression, &fx)
        case .answer(let answer):
            answerCall(answer, &fx)
        case .deferCall:
            guard let id = modal else { break }
            guard callBacks[id] == nil else {
                fx.append(.notice("You are calling back: choose an answer (\"not read yet\" keeps the task)."))
                break
            }
            emit(.interruptionDeferred(id: id), &fx)
            advance(to: now, &fx)
        case .callBack(let id):
            openCallBack(id, &fx)
        case .key:
            if let id = openCase, cases[id]?.status != .signed { pendingKeys += 1 }
        case .pause(let reason):
            guard paused == nil else { break }
            emit(.paused(reason: reason), &fx)
            fx.append(.sync)
        case .resume(let reason, let wall):
            guard paused != nil else { break }
            emit(.resumed(reason: reason, wallSeconds: max(0, wall)), &fx)
        case .heartbeat:
            guard openCase != nil else { break }
            flushKeys(&fx)
            emit(.heartbeat, &fx)
            fx.append(.sync)   // every few seconds the journal reaches the disk itself
        case .end(let reason):
            end(reason, &fx)
        case .askExtra(let step):
            askExtra(step, &fx)
        case .consult:
            consult(&fx)
        case .openRequest(let id):
            openRequest(id, &fx)
        case .leaveRequest:
            guard let id = openRequest else { break }
            emit(.requestLeft(id: id), &fx)
            fx.append(.sync)
        case .protocolRequest(let option):
            answerRequest(option, &fx)
        }
        return fx
    }

    // MARK: - Protocoling requests (issue 17)

    private mutating func openRequest(_ id: String, _ fx: inout [Effect]) {
        guard modal == nil else { return fx.append(.notice("Answer the call first.")) }
        guard let request = snapshot.scenario.request(id) else {
            return fx.append(.notice("No request \(Sanitizer.sanitize(id)) in this session."))
        }
        guard request.arrives <= now else { return fx.append(.notice("That request has not arrived yet.")) }
        guard openRequest != id else { return }
        if let current = openCase {
            flushKeys(&fx)
            emit(.left(case: current), &fx)
        }
        if let other = openRequest { emit(.requestLeft(id: other), &fx) }
        emit(.requestOpened(id: id), &fx)
        fx.append(.sync)
    }

    private mutating func answerRequest(_ option: String, _ fx: inout [Effect]) {
        guard modal == nil, let id = openRequest, let request = snapshot.scenario.request(id) else { return }
        guard protocoled[id] == nil else { return fx.append(.notice("This request is answered; the choice is final.")) }
        guard request.verdict(of: option) != nil else { return fx.append(.notice("Choose one of the options.")) }
        emit(.protocoled(id: id, option: option), &fx)
        fx.append(.sync)
        if allArrivedAndSigned { end(.allSigned, &fx) }
    }

    // MARK: - Help from colleagues (issue 17): time only, never points; not in an exam.

    private mutating func askExtra(_ step: String, _ fx: inout [Effect]) {
        guard modal == nil, let id = openCase, let progress = cases[id] else { return }
        guard snapshot.scenario.mode != .exam else { return fx.append(.notice("In an exam you read what you are given.")) }
        guard snapshot.case(id)?.step(step)?.extra != nil else {
            return fx.append(.notice("The technologist has no further view to add at this step."))
        }
        guard progress.extrasAsked[step] == nil else { return fx.append(.notice("Already requested.")) }
        guard progress.status != .signed else { return fx.append(.notice("This case is signed; it is read-only.")) }
        emit(.askedExtra(case: id, step: step), &fx)
    }

    private mutating func consult(_ fx: inout [Effect]) {
        guard modal == nil, let id = openCase, let progress = cases[id] else { return }
        guard snapshot.scenario.mode != .exam else { return fx.append(.notice("In an exam you read alone.")) }
        guard progress.consultedAt == nil else { return fx.append(.notice("You have asked already.")) }
        guard progress.status != .signed else { return fx.append(.notice("This case is signed; it is read-only.")) }
        emit(.consulted(case: id), &fx)
    }

    // MARK: - Actions

    private mutating func open(_ id: String, _ fx: inout [Effect]) {
        guard modal == nil else { return fx.append(.notice("Answer the call first.")) }
        guard let item = snapshot.case(id), let progress = cases[id] else {
            return fx.append(.notice("No case \(Sanitizer.sanitize(id)) in this session."))
        }
        guard item.arrives <= now else { return fx.append(.notice("That study has not arrived yet.")) }
        guard openCase != id else { return }
        if let request = openRequest { emit(.requestLeft(id: request), &fx) }
        if let current = openCase {
            flushKeys(&fx)
            emit(.left(case: current), &fx)
        }
        emit(.opened(case: id), &fx)
        let first = progress.currentStep.flatMap { isAvailable(id, step: $0) ? $0 : nil }
            ?? item.steps.first { isAvailable(id, step: $0.id) }?.id
        if let first { emit(.shown(case: id, step: first), &fx) }
        fx.append(.sync)
    }

    private mutating func show(_ step: String, _ fx: inout [Effect]) {
        guard modal == nil, let id = openCase, snapshot.case(id)?.step(step) != nil,
              cases[id]?.currentStep != step else { return }
        guard isAvailable(id, step: step) else {
            let wait = Int(((availableAt(id, step: step) ?? now) - now).rounded(.up))
            return fx.append(.notice("Those images are still coming in (about \(wait) s)."))
        }
        emit(.shown(case: id, step: step), &fx)
    }

    /// The open case when `step` may be decided now: on screen, case not signed, no call up.
    private func editableCase(_ step: String, _ fx: inout [Effect]) -> String? {
        guard modal == nil, let id = openCase, let progress = cases[id] else { return nil }
        guard progress.status != .signed else {
            fx.append(.notice("This case is signed; it is read-only."))
            return nil
        }
        guard progress.currentStep == step else { return nil }
        return id
    }

    /// A vocabulary term of the step, with a side exactly when the term is lateral.
    private func checkMark(_ id: String, _ step: String, _ mark: Mark, _ fx: inout [Effect]) -> Bool {
        guard let item = snapshot.case(id), let term = snapshot.routine(item.routine)?.step(step)?.term(mark.term) else {
            fx.append(.notice("\(Sanitizer.sanitize(mark.term)) is not in this step's list."))
            return false
        }
        if term.lateral && mark.side == nil {
            fx.append(.notice("Choose a side for \(Sanitizer.sanitize(term.label))."))
            return false
        }
        if !term.lateral && mark.side != nil {
            fx.append(.notice("\(Sanitizer.sanitize(term.label)) takes no side."))
            return false
        }
        return true
    }

    private mutating func unmark(_ step: String, _ mark: Mark, _ fx: inout [Effect]) {
        guard modal == nil, let id = openCase, let progress = cases[id] else { return }
        guard progress.status != .signed else { return fx.append(.notice("This case is signed; it is read-only.")) }
        // An unmark that removes nothing is not journalled.
        guard progress.decisions[step]?.marks.contains(mark) == true else { return }
        emit(.unmarked(case: id, step: step, mark: mark), &fx)
    }

    private mutating func communicate(_ step: String, _ mark: Mark, _ fx: inout [Effect]) {
        guard modal == nil, let id = openCase, let progress = cases[id] else { return }
        guard progress.decisions[step]?.marks.contains(mark) == true else {
            return fx.append(.notice("Mark the finding before calling it through."))
        }
        guard !progress.isCommunicated(step: step, mark: mark) else {
            return fx.append(.notice("Already communicated."))
        }
        emit(.communicated(case: id, step: step, mark: mark), &fx)
    }

    private mutating func sign(_ impression: String, _ fx: inout [Effect]) {
        guard modal == nil, let id = openCase, cases[id]?.status == .inProgress else { return }
        flushKeys(&fx)
        emit(.signed(case: id, impression: impression), &fx)
        fx.append(.sync)
        if allArrivedAndSigned { end(.allSigned, &fx) }
    }

    private mutating func answerCall(_ answer: String, _ fx: inout [Effect]) {
        guard let id = modal, let call = snapshot.interruption(id) else { return }
        guard answer == Interruption.notReadYetID || call.answers.contains(where: { $0.id == answer }) else {
            return fx.append(.notice("Choose one of the answers."))
        }
        emit(.interruptionAnswered(id: id, answer: answer), &fx)
        advance(to: now, &fx)
    }

    private mutating func openCallBack(_ id: String, _ fx: inout [Effect]) {
        guard modal == nil else { return fx.append(.notice("Answer the call first.")) }
        guard callBacks[id] != nil else { return fx.append(.notice("No call back waiting for \(Sanitizer.sanitize(id)).")) }
        emit(.callBackOpened(id: id), &fx)
    }

    private mutating func end(_ reason: EndReason, _ fx: inout [Effect]) {
        flushKeys(&fx)
        emit(.ended(reason: reason), &fx)
        fx.append(.sync)
    }

    // MARK: - Time

    /// Fires what falls due up to `t`, each at its own instant: calls ring (one modal at a
    /// time; a waiting call is shown when the modal before it closes) or, when their
    /// `unless_communicated` findings were all communicated before their time, are skipped
    /// (at their instant, modal or not: they never ring); the time limit ends.
    private mutating func advance(to t: Double, _ fx: inout [Effect]) {
        while ended == nil {
            let limit = snapshot.scenario.timeLimit
            let nextCall = dueCall(by: t)
            if let limit, limit <= t, nextCall.map({ limit <= $0.due }) ?? true {
                advanceClock(to: limit)
                end(.timeLimit, &fx)
                return
            }
            guard let call = nextCall else { break }
            advanceClock(to: call.due)
            emit(call.skipped ? .interruptionSkipped(id: call.id) : .interruptionShown(id: call.id), &fx)
        }
        advanceClock(to: t)
    }

    /// The earliest call due by `t` that acts now: one that is skipped, or, with no modal
    /// up, one that rings (scenario order breaks ties).
    private func dueCall(by t: Double) -> (id: String, due: Double, skipped: Bool)? {
        // Runs on every tick: only a call already due is asked whether it is skipped.
        var earliest: (id: String, due: Double, skipped: Bool)?
        for call in snapshot.scenario.interruptions {
            guard let due = calls[call.id], due <= t, due < earliest?.due ?? .infinity else { continue }
            let skipped = isSkipped(call)
            if modal == nil || skipped { earliest = (call.id, due, skipped) }
        }
        return earliest
    }

    // MARK: - Journal

    /// Journals an event and applies it: state changes only through events.
    private mutating func emit(_ kind: EventKind, _ fx: inout [Effect]) {
        let event = Event(seq: nextSeq, t: now, kind)
        fx.append(.journal(event))
        apply(event)
    }

    private mutating func flushKeys(_ fx: inout [Effect]) {
        guard let id = openCase, pendingKeys > 0 else { return }
        emit(.keys(case: id, count: pendingKeys), &fx)
        pendingKeys = 0
    }
}
