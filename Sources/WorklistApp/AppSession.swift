import WorklistCore
import WorklistStore
import WorklistUI

/// One running session as the trainee sees it: the engine and its journal (through the
/// recorder), the UI state, and the content to show. Shared by the terminal loop and the
/// headless `play` driver, so both run exactly the same keymap, engine and view.
public final class AppSession {
    public let recorder: SessionRecorder
    public let content: SessionContent
    public internal(set) var ui = UIState()
    public var theme: Theme
    private var lastHeartbeat: Double = 0
    /// Drill reminders, each of which the trainee can switch off in the config.
    public struct DrillReminders: Sendable {
        /// "Out of protocol order" when a step is decided before an earlier one.
        public var order = true
        /// "Keep searching — finish the pattern" after the first finding.
        public var keepSearching = true
        public init(order: Bool = true, keepSearching: Bool = true) {
            self.order = order
            self.keepSearching = keepSearching
        }
    }

    public var drillReminders = DrillReminders()

    /// Called once when the session ends: stores it in the history and returns the
    /// trainee's progress, for the summary's comparison and progress screen.
    public var onEnded: ((Journal, String) -> TraineeProgress?)?
    /// Set when a call modal opened: the backend should drop keys typed ahead.
    public private(set) var wantsInputDiscarded = false

    public static let heartbeatSeconds: Double = 5

    public init(recorder: SessionRecorder, content: SessionContent, theme: Theme) {
        self.recorder = recorder
        self.content = content
        self.theme = theme
        ui.selectedCase = Lists.worklistRows(recorder.state).first?.id
    }

    public var state: SessionState { recorder.state }
    /// The session has ended or been left: keys no longer reach the engine.
    public var isOver: Bool { state.ended != nil || ui.exit != nil }
    /// The trainee has finished with the screen (the summary, or "save and exit").
    public var wantsExit: Bool { ui.exit != nil }

    /// A key press at session time `now`.
    public func press(_ key: Key, at now: Double) throws(StoreError) {
        try advance(to: now)
        if state.ended == nil { try recorder.send(.key, at: now) }
        let actions = Interaction.handle(key, at: now, ui: &ui, state: state, content: content)
        try apply(actions, at: now)
    }

    /// A mouse click (with --mouse), on a screen of `columns`×`rows`.
    public func click(column: Int, row: Int, columns: Int, rows: Int, at now: Double) throws(StoreError) {
        try advance(to: now)
        guard state.ended == nil else { return }
        let actions = Interaction.click(column: column, row: row, columns: columns, rows: rows, ui: &ui, state: state)
        try apply(actions, at: now)
    }

    /// Sends actions to the engine, then brings the UI in line with what happened.
    public func apply(_ actions: [Action], at now: Double) throws(StoreError) {
        for action in actions {
            let before = state
            let notices = try recorder.send(action, at: now)
            if let notice = notices.last { ui.notice = notice }
            reconcile(before: before, now: now)
            if state.snapshot.scenario.mode == .drill { remind(before: before) }
        }
        try drillAdvance(at: now)
    }

    /// A drill has no queue: the next case opens by itself once the last one is done with.
    private func drillAdvance(at now: Double) throws(StoreError) {
        guard state.snapshot.scenario.mode == .drill, state.ended == nil, state.openCase == nil, state.modal == nil,
              ui.feedback == nil, ui.overlay == nil, ui.exit == nil,
              let next = state.snapshot.cases.first(where: { state.progress($0.id)?.status != .signed }) else { return }
        let before = state
        try recorder.send(.open(next.id), at: now)
        reconcile(before: before, now: now)
    }

    /// The drill's gentle notices: a step decided out of protocol order; the first finding.
    private func remind(before: SessionState) {
        guard let id = state.openCase, let item = state.snapshot.case(id), let routine = state.snapshot.routine(item.routine),
              let old = before.progress(id), let new = state.progress(id) else { return }
        let newlyDecided = item.steps.map(\.id).filter { old.decisions[$0] == nil && new.decisions[$0] != nil }
        if drillReminders.keepSearching, old.decisions.values.allSatisfy({ $0.marks.isEmpty }),
           new.decisions.values.contains(where: { !$0.marks.isEmpty }) {
            ui.notice = "Keep searching: finish the pattern (satisfaction of search hides the second finding)."
            return
        }
        guard drillReminders.order, let step = newlyDecided.first else { return }
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
            ui.notice = "Out of protocol order: \(label) comes before \(routine.step(step)?.label ?? step)."
        }
    }

    /// Time passes: calls ring, the time limit ends the session, heartbeats while a case is open.
    public func advance(to now: Double) throws(StoreError) {
        guard state.ended == nil else { return }
        let before = state
        try recorder.send(.tick, at: now)
        reconcile(before: before, now: now)
        try drillAdvance(at: now)
        if state.openCase != nil, now - lastHeartbeat >= Self.heartbeatSeconds {
            try recorder.send(.heartbeat, at: now)
            lastHeartbeat = now
        }
    }

    /// The terminal's size changed: below 80×24 the session pauses (the clock stops in a
    /// shift or drill) and a notice asks for a larger window.
    public func resized(columns: Int, rows: Int, at now: Double, wallSecondsPaused: () -> Double) throws(StoreError) {
        let small = columns < Frame.minimumColumns || rows < Frame.minimumRows
        guard small != ui.tooSmall else { return }
        ui.tooSmall = small
        if small {
            try recorder.send(.pause(.tooSmall), at: now)
        } else {
            try recorder.send(.resume(.tooSmall, wallSeconds: wallSecondsPaused()), at: now)
        }
    }

    public func suspended(at now: Double) throws(StoreError) { try recorder.send(.pause(.suspended), at: now) }

    public func resumed(at now: Double, wallSeconds: Double) throws(StoreError) {
        try recorder.send(.resume(.suspended, wallSeconds: wallSeconds), at: now)
    }

    /// After a restart: journal the time away as a pause, and bring the UI back to where
    /// it was (the open case, a call still on screen). Restoring is not an *opened* event.
    public func resumeAfterExit(at now: Double, wallSecondsAway: Double) throws(StoreError) {
        let before = state
        if let reason = state.paused {
            try recorder.send(.resume(reason, wallSeconds: wallSecondsAway), at: now)
        } else {
            try recorder.send(.pause(.exited), at: now)
            try recorder.send(.resume(.exited, wallSeconds: wallSecondsAway), at: now)
        }
        if state.modal != nil {
            ui.callShownAt = now
            ui.callSelection = -1
        }
        if let open = state.openCase { ui.selectedCase = open }
        reconcile(before: before, now: now)
        let away = Int(wallSecondsAway.rounded())
        ui.notice = state.snapshot.scenario.mode == .exam
            ? "Resumed after \(away) s away; an exam clock never stops."
            : "Resumed after \(away) s away, not counted on the clock."
    }

    /// Ends the session (the trainee, or the key file running out).
    public func end(_ reason: EndReason, at now: Double) throws(StoreError) {
        try apply([.end(reason)], at: now)
    }

    /// When the next heartbeat falls due, while a case is open.
    public var nextHeartbeat: Double? {
        state.openCase == nil || state.ended != nil ? nil : lastHeartbeat + Self.heartbeatSeconds
    }

    /// Whether the session clock stands still now (too small or suspended; never in an exam).
    public var clockStopped: Bool { state.paused != nil && state.snapshot.scenario.mode != .exam }

    public func frame(now: Double, columns: Int, rows: Int) -> Buffer {
        Frame.render(state: state, ui: ui, content: content, now: now, columns: columns, rows: rows, theme: theme)
    }

    public func takeInputDiscardRequest() -> Bool {
        defer { wantsInputDiscarded = false }
        return wantsInputDiscarded
    }

    private func reconcile(before: SessionState, now: Double) {
        if state.ended != nil && before.ended == nil {
            // The end: the summary replaces whatever was on screen.
            recorder.sync()
            ui.progress = onEnded?(recorder.journal, recorder.journalPath)
            ui.summary = UIState.Scrolled(recorder.report)
            ui.overlay = nil
            ui.feedback = nil
            ui.notice = nil
        }
        if state.modal != nil && state.modal != before.modal {
            ui.callShownAt = now
            ui.callSelection = -1
            wantsInputDiscarded = true
        }
        if state.openCase != before.openCase {
            if ui.overlay != .confirmQuit { ui.overlay = nil }
            ui.scroll = 0
            if let id = before.openCase, state.progress(id)?.status == .signed, before.progress(id)?.status != .signed {
                ui.impressions[id] = nil
                if state.snapshot.scenario.mode == .drill {
                    let signed = recorder.report.cases.filter { $0.status == .signed }
                    ui.drillTally = UIState.DrillTally(signed: signed.count,
                                                        mean: signed.reduce(0) { $0 + $1.score } / Double(max(1, signed.count)))
                }
                if state.snapshot.scenario.feedback, let report = recorder.report.cases.first(where: { $0.id == id }) {
                    ui.feedback = UIState.Scrolled(report)
                } else {
                    ui.notice = "Signed. Feedback comes with the summary at the end."
                }
                // Back on the worklist, the next waiting study is selected, not the one just signed.
                ui.selectionFollowsQueue = true
            }
            if let open = state.openCase { ui.selectedCase = open }
        }
        let rows = Lists.worklistRows(state)
        if state.openCase == nil, ui.selectionFollowsQueue,
           let waiting = rows.first(where: { state.progress($0.id)?.status != .signed }) {
            ui.selectedCase = waiting.id
        }
        if ui.selectedCase == nil || !rows.contains(where: { $0.id == ui.selectedCase }) {
            ui.selectedCase = rows.first?.id
        }
    }
}
