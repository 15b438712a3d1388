import WorklistCore

/// The app's one reducer (issue 10): (state, input) → new state + effects as values. It
/// sends the trainee's actions to the engine and changes the screen in answer to the
/// events the engine journalled (a call shown, a case signed, the session ended), never by
/// comparing states. Pure: the loop performs the effects (journal, history, exit).
public enum AppReducer {
    public static func reduce(_ app: inout AppState, _ input: AppInput, at now: Double,
                              content: SessionContent) -> [AppEffect] {
        var run = Run(app: app, now: now, content: content)
        let wasExiting = app.ui.exit != nil
        switch input {
        case .key(let key):
            run.timePasses()
            if run.app.engine.ended == nil { run.send(.key) }
            let actions = Interaction.handle(key, at: now, ui: &run.app.ui, state: run.app.engine, content: content)
            for action in actions { run.send(action) }
            if run.app.ui.undoRequested { run.undoLastDecision() }
        case .click(let column, let row, let columns, let rows):
            run.timePasses()
            guard run.app.engine.ended == nil else { break }
            let actions = Interaction.click(column: column, row: row, columns: columns, rows: rows,
                                            ui: &run.app.ui, state: run.app.engine)
            for action in actions { run.send(action) }
        case .tick:
            run.timePasses()
        case .resized(let small, let wall):
            if small, !run.app.ui.screen.isTooSmall {
                run.app.ui.screen = .tooSmall(over: run.app.ui.screen)
                run.send(.pause(.tooSmall))
            } else if !small, case .tooSmall(let over) = run.app.ui.screen {
                run.app.ui.screen = over
                run.send(.resume(.tooSmall, wallSeconds: wall))
            }
        case .suspended:
            run.send(.pause(.suspended))
        case .resumedFromSuspend(let wall):
            run.send(.resume(.suspended, wallSeconds: wall))
        case .resumedAfterExit(let away):
            run.resumedAfterExit(away)
        case .end(let reason):
            run.send(.end(reason))
        case .historyRecorded(let progress):
            run.app.ui.progress = progress
        case .openReview:
            if run.app.engine.ended != nil { run.app.ui.screen = .review(UIState.Review()) }
        }
        run.drillAdvance()
        run.followQueue()
        if !wasExiting, let exit = run.app.ui.exit { run.effects.append(.exit(exit)) }
        app = run.app
        return run.effects
    }
}

/// One reduction in progress: the state so far and the effects it has asked for.
private struct Run {
    var app: AppState
    let now: Double
    let content: SessionContent
    var effects: [AppEffect] = []
    /// Sending the actions of an undo: they are not themselves put on the undo stack.
    var undoing = false

    init(app: AppState, now: Double, content: SessionContent) {
        self.app = app
        self.now = now
        self.content = content
    }

    /// Hands an action to the engine and answers each event it journalled.
    mutating func send(_ action: Action) {
        let before = app.engine.openCase.flatMap { app.engine.progress($0) }
        for effect in app.engine.reduce(action, at: now) {
            switch effect {
            case .journal(let event):
                app.events.append(event)
                app.ui.reading?.feed(event)
                effects.append(.journal(event))
                react(to: event, before: before)
            case .sync:
                effects.append(.sync)
            case .notice(let text):
                app.ui.notice = text
            }
        }
    }

    /// Calls ring and the limit ends the session (the engine decides), heartbeats fall due.
    mutating func timePasses() {
        guard app.engine.ended == nil else { return }
        send(.tick)
        if let due = app.nextHeartbeat, now >= due {
            send(.heartbeat)
            app.lastHeartbeat = now
        }
    }

    // MARK: - The screen follows the engine's events

    /// Takes back the open case's last decision by sending the decision actions that
    /// reverse it (journalled as ordinary decision events, which scoring already reads).
    mutating func undoLastDecision() {
        app.ui.undoRequested = false
        guard let id = app.engine.openCase, let last = app.ui.undo[id]?.popLast() else {
            app.ui.notice = "Nothing to undo on this case."
            return
        }
        guard !last.actions.isEmpty else {
            app.ui.notice = "That step was undecided before: no decision leads back there. Mark what you see, or leave it normal."
            return
        }
        undoing = true
        defer { undoing = false }
        if app.engine.progress(id)?.currentStep != last.step { send(.show(step: last.step)) }
        for action in last.actions { send(action) }
        app.ui.notice = "Undone."
    }

    /// How to take back a decision event, from the step's decision before it; nil when it
    /// changed nothing.
    static func reversal(of event: Event, before: CaseProgress?) -> (case: String, UIState.UndoStep)? {
        switch event.kind {
        case .decidedNormal(let id, let step):
            switch before?.decisions[step] {
            case .normal?: return nil
            case .marked(let marks)?:
                return (id, .init(step: step, actions: marks.sorted { ($0.term, $0.side?.rawValue ?? "") < ($1.term, $1.side?.rawValue ?? "") }
                    .map { .mark(step: step, $0) }))
            case nil: return (id, .init(step: step, actions: []))
            }
        case .marked(let id, let step, let mark):
            switch before?.decisions[step] {
            case .marked(let marks)? where marks.contains(mark): return nil
            case .normal?: return (id, .init(step: step, actions: [.unmark(step: step, mark), .decideNormal(step: step)]))
            default: return (id, .init(step: step, actions: [.unmark(step: step, mark)]))
            }
        case .unmarked(let id, let step, let mark):
            return (id, .init(step: step, actions: [.mark(step: step, mark)]))
        default:
            return nil
        }
    }

    private mutating func react(to event: Event, before: CaseProgress?) {
        if !undoing, let (id, reversal) = Self.reversal(of: event, before: before) {
            app.ui.undo[id, default: []].append(reversal)
        }
        switch event.kind {
        case .opened(let id):
            if [.worklist, .reading].contains(app.ui.screen.context) { app.ui.screen = .reading }
            app.ui.scroll = 0
            app.ui.selectedCase = id
        case .left:
            if app.ui.screen.base == .reading, !app.ui.screen.isCall { app.ui.screen = .worklist }
            app.ui.scroll = 0
        case .shown:
            app.ui.scroll = 0
        case .signed(let id, _):
            signed(id)
        case .decidedNormal(_, let step), .marked(_, let step, _):
            if app.mode == .drill && !undoing { remind(step: step, before: before) }
        case .interruptionShown, .callBackOpened:
            // A call ringing, or a call-back the trainee opened: the same modal, the same guard.
            app.ui.screen = app.ui.screen.showingCall()
            app.ui.callShownAt = now
            app.ui.callSelection = -1
            effects.append(.discardInput)
        case .interruptionAnswered, .interruptionDeferred:
            app.ui.screen = app.ui.screen.removingCall
        case .ended:
            app.ui.report = Scoring.report(app.journal)
            app.ui.screen = app.ui.screen.ending()
            app.ui.notice = nil
            effects.append(.recordHistory)
        case .requestOpened(let id):
            if [.worklist, .reading].contains(app.ui.screen.context) {
                app.ui.screen = .protocolRequest(id: id, selection: -1, scroll: 0)
            }
            app.ui.selectedRow = .request(id)
        case .requestLeft:
            if case .protocolRequest = app.ui.screen { app.ui.screen = .worklist }
        case .protocoled:
            break   // the request screen turns into its verdict
        case .unmarked, .communicated, .keys, .paused, .resumed, .heartbeat, .interruptionSkipped,
             .askedExtra, .consulted:   // the reading screen shows what is on the way from the state
            break
        }
    }

    private mutating func signed(_ id: String) {
        app.ui.impressions[id] = nil
        app.ui.impressionCursors[id] = nil
        app.ui.undo[id] = nil   // a signed report is final
        // Back on the worklist, the next waiting study is selected, not the one just signed.
        app.ui.selectionFollowsQueue = true
        app.ui.scroll = 0
        let report = Scoring.report(app.journal)
        if app.mode == .drill {
            let signed = report.cases.filter { $0.status == .signed }
            app.ui.drillTally = UIState.DrillTally(signed: signed.count,
                                                   mean: signed.reduce(0) { $0 + $1.score } / Double(max(1, signed.count)))
        }
        if app.engine.snapshot.scenario.feedback, let card = report.cases.first(where: { $0.id == id }) {
            app.ui.screen = .feedback(UIState.Scrolled(card))
        } else {
            app.ui.screen = .worklist
            app.ui.notice = "Signed. Feedback comes with the summary at the end."
        }
    }

    /// The drill's gentle notices: the first finding; a step decided out of protocol order.
    private mutating func remind(step: String, before: CaseProgress?) {
        guard let id = app.engine.openCase, let item = app.engine.snapshot.case(id),
              let routine = app.engine.snapshot.routine(item.routine), let new = app.engine.progress(id) else { return }
        let old = before?.decisions ?? [:]
        if app.reminders.keepSearching, old.values.allSatisfy({ $0.marks.isEmpty }),
           new.decisions.values.contains(where: { !$0.marks.isEmpty }) {
            app.ui.notice = "Keep searching: finish the pattern (satisfaction of search hides the second finding)."
            return
        }
        guard app.reminders.order, old[step] == nil else { return }
        let rank: (String) -> Int? = { s in
            switch routine.order {
            case .strict: routine.stepIndex(s)
            case .groups(let groups): groups.firstIndex { $0.steps.contains(s) }
            }
        }
        if let mine = rank(step), let skipped = item.steps.first(where: { other in
            new.decisions[other.id] == nil && (rank(other.id).map { $0 < mine } ?? false)
        }) {
            let label = routine.step(skipped.id)?.label ?? skipped.id
            app.ui.notice = "Out of protocol order: \(label) comes before \(routine.step(step)?.label ?? step)."
        }
    }

    // MARK: - After each input

    /// A drill has no queue: the next case opens by itself once the last one is done with.
    mutating func drillAdvance() {
        let engine = app.engine
        guard app.mode == .drill, engine.ended == nil, engine.openCase == nil, engine.modal == nil,
              app.ui.screen == .worklist, app.ui.exit == nil,
              let next = engine.snapshot.cases.first(where: { engine.progress($0.id)?.status != .signed }) else { return }
        send(.open(next.id))
    }

    /// Until the trainee moves the selection, it follows the first waiting study (not a
    /// call-back task: those wait for the trainee).
    mutating func followQueue() {
        let rows = Lists.worklistRows(app.engine)
        if app.engine.openCase == nil, app.ui.selectionFollowsQueue,
           let waiting = rows.compactMap(\.study).first(where: { app.engine.progress($0.id)?.status != .signed }) {
            app.ui.selectedCase = waiting.id
        }
        if app.ui.selectedRow == nil || !rows.contains(where: { $0.id == app.ui.selectedRow }) {
            app.ui.selectedRow = rows.first?.id
        }
    }

    /// After a restart: the time away is journalled as a pause (restoring is not an
    /// *opened* event), and a call still up starts its guard again.
    mutating func resumedAfterExit(_ away: Double) {
        if let reason = app.engine.paused {
            send(.resume(reason, wallSeconds: away))
        } else {
            send(.pause(.exited))
            send(.resume(.exited, wallSeconds: away))
        }
        if app.ui.screen.isCall {
            app.ui.callShownAt = now
            app.ui.callSelection = -1
        }
        guard app.engine.ended == nil else { return }
        let seconds = Int(away.rounded())
        app.ui.notice = app.mode == .exam
            ? "Resumed after \(seconds) s away; an exam clock never stops."
            : "Resumed after \(seconds) s away, not counted on the clock."
    }
}
