/// How each journal event changes the live state. The reducer decides which events
/// happen; this is the only place that says what they do, so a session restored from its
/// journal (resume) is the state the screens had, event for event.
extension SessionState {
    /// The state of a session after the events of its journal.
    public init(restoring journal: Journal) {
        self.init(snapshot: journal.header.snapshot)
        for event in journal.events { apply(event) }
    }

    mutating func apply(_ event: Event) {
        advanceClock(to: event.t)
        nextSeq = max(nextSeq, event.seq + 1)
        switch event.kind {
        case .opened(let id):
            openRequest = nil
            openCase = id
            if cases[id]?.status == .unopened { cases[id]?.status = .inProgress }
        case .left(let id):
            if openCase == id { openCase = nil }
        case .shown(let id, let step):
            cases[id]?.currentStep = step
        case .decidedNormal(let id, let step):
            editing(id) { $0.decisions[step] = .normal }
        case .marked(let id, let step, let mark):
            editing(id) { $0.decisions[step] = .marked(($0.decisions[step]?.marks ?? []).union([mark])) }
        case .unmarked(let id, let step, let mark):
            editing(id) { progress in
                var marks = progress.decisions[step]?.marks ?? []
                marks.remove(mark)
                progress.decisions[step] = marks.isEmpty ? nil : .marked(marks)
            }
        case .communicated(let id, let step, let mark):
            cases[id]?.communicated.append(CommunicatedResult(step: step, mark: mark, t: event.t))
        case .interruptionShown(let id):
            modal = id
            calls[id] = nil
        case .interruptionDeferred(let id):
            if modal == id { modal = nil }
            calls[id] = event.t + Interruption.redialSeconds
        case .interruptionAnswered(let id, let answer):
            if modal == id { modal = nil }
            calls[id] = nil
            // "Not read yet" leaves a call-back task (kept in its first place when repeated);
            // any other answer closes it.
            if answer == Interruption.notReadYetID {
                if callBacks[id] == nil { callBacks[id] = event.t }
            } else {
                callBacks[id] = nil
            }
        case .interruptionSkipped(let id):
            calls[id] = nil
        case .callBackOpened(let id):
            modal = id
        case .signed(let id, let impression):
            editing(id) { progress in
                progress.status = .signed
                progress.signedAt = event.t
                progress.impression = impression
            }
            if openCase == id { openCase = nil }
        case .keys:
            break
        case .paused(let reason):
            paused = reason
        case .resumed:
            paused = nil
        case .heartbeat:
            break
        case .ended(let reason):
            ended = reason
        case .askedExtra(let id, let step):
            if cases[id]?.extrasAsked[step] == nil { cases[id]?.extrasAsked[step] = event.t }
        case .consulted(let id):
            if cases[id]?.consultedAt == nil { cases[id]?.consultedAt = event.t }
        case .requestOpened(let id):
            openCase = nil
            openRequest = id
            requestsOpened.insert(id)
        case .requestLeft(let id):
            if openRequest == id { openRequest = nil }
        case .protocoled(let id, let option):
            if protocoled[id] == nil { protocoled[id] = RequestAnswer(option: option, at: event.t) }
        }
    }

    /// Decisions change only on a case that is not signed.
    private mutating func editing(_ id: String, _ change: (inout CaseProgress) -> Void) {
        guard var progress = cases[id], progress.status != .signed else { return }
        change(&progress)
        cases[id] = progress
    }
}
