import WorklistCore

/// Turns a key into UI changes and engine actions, through the keymap. Pure: the app
/// sends the returned actions to the engine (which journals them) and redraws.
public enum Interaction {
    /// The context the keys are read in right now: the screen's.
    public static func context(_ ui: UIState) -> Context { ui.screen.context }

    /// What the bottom line leaves out or words differently on the screen showing, so it
    /// offers only keys that act, in the words of the mode.
    public static func lineOptions(_ ui: UIState, _ state: SessionState) -> KeyMap.LineOptions {
        let mode = state.snapshot.scenario.mode
        var options = KeyMap.LineOptions()
        switch ui.screen {
        case .reading:
            if let id = state.openCase, state.progress(id)?.status == .signed {
                options.hidden = [.normal, .find, .unmark, .undo, .sign]
            }
            // A drill has no worklist to go back to.
            if mode == .drill { options.hidden.insert(.back) }
            // No one to ask in an exam.
            if mode == .exam { options.hidden.formUnion([.askExtra, .consult]) }
        case .worklist:
            // Flags are an exam's: films to come back to.
            if mode != .exam { options.hidden.insert(.flag) }
        case .confirmQuit:
            options.labels[.endNow] = "end the \(mode.rawValue) now (score it)"
        case .feedback:
            options.labels[.back] = state.ended != nil ? "summary" : mode == .drill ? "next case" : "back to the worklist"
        case .summary:
            if ui.progress == nil { options.hidden.insert(.progress) }
        case .protocolRequest(let id, _, _):
            // Answered: the choice is final, the screen is its verdict.
            if state.protocoled[id] != nil { options.hidden.insert(.choose) }
        case .call:
            // A call-back is the trainee's own call: nothing rings again, so nothing to defer.
            if state.modalIsCallBack { options.hidden.insert(.deferCall) }
        default:
            break
        }
        return options
    }

    public static func handle(_ key: Key, at now: Double, ui: inout UIState, state: SessionState,
                              content: SessionContent) -> [Action] {
        let screen = ui.screen
        let context = screen.context
        if context != .tooSmall { ui.notice = nil }
        var intent = ui.keyMap.intent(for: key, in: context)
        // A key the bottom line leaves out does nothing — except on the reading screen,
        // where a signed case's n f u s still say why ("read-only").
        if let wanted = intent, lineOptions(ui, state).hidden.contains(wanted), context != .reading { intent = nil }

        if intent == .help {
            ui.screen = .help(over: screen)
            return []
        }
        if intent == .flag, [.worklist, .reading].contains(context) {
            guard state.snapshot.scenario.mode == .exam,
                  let id = context == .reading ? state.openCase : ui.selectedCase else { return [] }
            let name = Lists.filmLabel(state, id) ?? id
            if ui.flagged.remove(id) == nil {
                ui.flagged.insert(id)
                ui.notice = "\(name) flagged to come back to."
            } else {
                ui.notice = "\(name): flag taken off."
            }
            return []
        }
        if intent == .request {
            // The selected study on the worklist, the open one when reading.
            if let id = context == .reading ? state.openCase : ui.selectedCase {
                ui.screen = .request(case: id, over: screen)
            } else {
                ui.notice = "Select a study to see its request."
            }
            return []
        }
        switch screen {
        case .tooSmall:
            return []
        case .help(let over), .request(_, let over):
            ui.screen = over   // any key closes it
            return []
        case .feedback(var card):
            if intent == .back {
                // After the last case, the summary waits behind the card.
                ui.screen = state.ended != nil ? .summary(scroll: 0) : .worklist
                return []
            }
            card.scroll = scrolled(card.scroll, intent)
            ui.screen = .feedback(card)
            return []
        case .summary(let scroll):
            switch intent {
            case .quit?: ui.exit = .ended
            case .review?: ui.screen = .review(UIState.Review())
            case .progress?:
                if ui.progress != nil { ui.screen = .history(scroll: 0) } else { ui.notice = "No history yet." }
            default: ui.screen = .summary(scroll: scrolled(scroll, intent))
            }
            return []
        case .history(let scroll):
            ui.screen = intent == .back ? .summary(scroll: 0) : .history(scroll: scrolled(scroll, intent))
            return []
        case .review(let review):
            self.review(intent, review, ui: &ui, state: state)
            return []
        case .call:
            return call(intent, at: now, ui: &ui, state: state)
        case .protocolRequest(let id, let selection, let scroll):
            return protocolRequest(intent, id: id, selection: selection, scroll: scroll, ui: &ui, state: state)
        case .worklist:
            return worklist(intent, ui: &ui, state: state)
        case .reading:
            return reading(intent, ui: &ui, state: state, content: content)
        case .picker(let filter, let selection, let everywhere):
            return picker(key, intent, filter: filter, selection: selection, everywhere: everywhere, ui: &ui,
                          state: state, content: content)
        case .sidePicker(let term):
            switch intent {
            case .side(let side)?:
                ui.screen = .reading
                return currentStep(state).map { [.mark(step: $0, Mark(term: term, side: side))] } ?? []
            case .cancel?: ui.screen = .reading
            default: break
            }
            return []
        case .chooser(let purpose, let selection):
            return chooser(intent, purpose: purpose, selection: selection, ui: &ui, state: state, content: content)
        case .preview(let scroll):
            return preview(key, intent, scroll: scroll, ui: &ui, state: state)
        case .confirmSign:
            switch intent {
            case .choose?:
                ui.screen = .reading
                let id = state.openCase ?? ""
                return [.sign(impression: ui.impressions[id] ?? "")]
            case .cancel?: ui.screen = .reading
            default: break
            }
            return []
        case .confirmQuit(let over):
            // One mis-keyed end at 0:04 must not put a 0 in the history: under half the cases
            // opened, "end now" is asked twice.
            let askAgain = intent == .endNow && !ui.confirmingEndEarly && EarlyEnd(state) != nil
            ui.confirmingEndEarly = askAgain
            switch intent {
            case .endNow? where askAgain:
                break
            case .endNow?:
                ui.screen = over   // the summary follows when the engine says the session ended
                return [.end(.trainee)]
            case .saveAndExit?:
                ui.screen = over
                ui.exit = .saveAndExit
            case .cancel?: ui.screen = over
            default: break
            }
            return []
        }
    }

    /// A mouse click (with --mouse): a worklist row selects it, a second click opens it; a
    /// checklist step shows it; a call's answer is chosen (Enter still answers).
    public static func click(column: Int, row: Int, columns: Int, rows: Int, ui: inout UIState,
                             state: SessionState) -> [Action] {
        switch ui.screen.context {
        case .worklist:
            let list = Lists.worklistRows(state)
            let capacity = WorklistScreen.capacity(height: rows)
            let selected = list.firstIndex { $0.id == ui.selectedRow } ?? 0
            let index = WorklistScreen.firstVisible(selected: selected, count: list.count, capacity: capacity)
                + row - WorklistScreen.firstRow
            guard row >= WorklistScreen.firstRow, row < WorklistScreen.firstRow + capacity,
                  list.indices.contains(index) else { return [] }
            if ui.selectedRow == list[index].id {
                ui.scroll = 0
                return [list[index].openAction]
            }
            ui.selectedRow = list[index].id
            ui.selectionFollowsQueue = false   // the trainee chose: the queue no longer moves it
        case .reading:
            guard let id = state.openCase, let item = state.snapshot.case(id), column < ReadingScreen.checklistWidth(columns: columns),
                  item.steps.indices.contains(row - ReadingScreen.checklistTop) else { return [] }
            ui.scroll = 0
            return [.show(step: item.steps[row - ReadingScreen.checklistTop].id)]
        case .call:
            guard let id = state.modal, let call = state.snapshot.interruption(id),
                  let index = Overlays.callAnswer(atRow: row, call, columns: columns, rows: rows) else { return [] }
            ui.callSelection = index
        default:
            break
        }
        return []
    }

    // MARK: - Contexts

    private static func worklist(_ intent: Intent?, ui: inout UIState, state: SessionState) -> [Action] {
        let rows = Lists.worklistRows(state)
        let index = rows.firstIndex { $0.id == ui.selectedRow } ?? 0
        func select(_ i: Int) {
            guard !rows.isEmpty else { return }
            ui.selectedRow = rows[min(max(0, i), rows.count - 1)].id
            ui.selectionFollowsQueue = false
        }
        switch intent {
        case .up?: select(index - 1)
        case .down?: select(index + 1)
        case .top?: select(0)
        case .bottom?: select(rows.count - 1)
        case .open?:
            guard rows.indices.contains(index) else { return [] }
            ui.selectedRow = rows[index].id
            ui.scroll = 0
            return [rows[index].openAction]
        case .quit?:
            ui.confirmingEndEarly = false
            ui.screen = .confirmQuit(over: ui.screen)
        default: break
        }
        return []
    }

    private static func reading(_ intent: Intent?, ui: inout UIState, state: SessionState,
                                content: SessionContent) -> [Action] {
        guard let id = state.openCase, let item = state.snapshot.case(id), let progress = state.progress(id) else { return [] }
        let steps = item.steps.map(\.id)
        let index = progress.currentStep.flatMap { steps.firstIndex(of: $0) } ?? 0
        let signed = progress.status == .signed
        if intent != .normal { ui.confirmingErase = nil }   // the question was for one n only
        switch intent {
        case .up?, .down?:
            // Steps whose images are still coming in are passed over, not walls.
            let direction = intent == .up ? -1 : 1
            var next = index + direction
            while steps.indices.contains(next), !state.isAvailable(id, step: steps[next]) { next += direction }
            guard steps.indices.contains(next) else {
                let pending = steps.indices.contains(index + direction) ? steps[index + direction] : nil
                if let pending, let at = state.availableAt(id, step: pending) {
                    ui.notice = "Those images are still coming in (about \(Int((at - state.now).rounded(.up))) s)."
                }
                return []
            }
            ui.scroll = 0
            return [.show(step: steps[next])]
        case .normal?:
            if signed { ui.notice = readOnly; return [] }
            let step = steps[index]
            // Erasing a finding already telephoned asks first: n again, on the same step.
            let called = progress.decisions[step]?.marks.contains { progress.isCommunicated(step: step, mark: $0) } ?? false
            if called && ui.confirmingErase != step {
                ui.confirmingErase = step
                ui.notice = "This step holds a finding you called through. Press n again to call the step normal and erase it."
                return []
            }
            ui.confirmingErase = nil
            var actions: [Action] = [.decideNormal(step: step)]
            // Normal, then on to the next step still undecided (a PACS reading flow); the
            // config's `reading: {normal_moves_on: false}` keeps the old stay-put.
            if ui.normalMovesOn, let next = nextUndecided(after: index, steps: steps, progress: progress, state: state, id: id) {
                ui.scroll = 0
                actions.append(.show(step: next))
            }
            return actions
        case .top?, .bottom?:
            let available = steps.filter { state.isAvailable(id, step: $0) }
            guard let target = intent == .top ? available.first : available.last, target != steps[index] else { return [] }
            ui.scroll = 0
            return [.show(step: target)]
        case .step(let number)?:
            guard steps.indices.contains(number - 1) else {
                ui.notice = "This case has \(steps.count) steps."
                return []
            }
            let target = steps[number - 1]
            if let at = state.availableAt(id, step: target), !state.isAvailable(id, step: target) {
                ui.notice = "Those images are still coming in (about \(Int((at - state.now).rounded(.up))) s)."
                return []
            }
            guard target != steps[index] else { return [] }
            ui.scroll = 0
            return [.show(step: target)]
        case .find?, .findEverywhere?:
            if signed { ui.notice = readOnly; return [] }
            ui.filterCursor = nil
            ui.screen = .picker(filter: "", selection: 0, everywhere: intent == .findEverywhere)
        case .unmark?, .communicate?:
            let purpose: UIState.ChooserPurpose = intent == .unmark ? .unmark : .communicate
            if signed && purpose == .unmark { ui.notice = readOnly; return [] }
            guard let routine = content.routine(ofCase: id),
                  !Lists.marks(state, caseID: id, routine: routine, purpose: purpose).isEmpty else {
                ui.notice = purpose == .unmark ? "No findings marked on this case."
                    : "No marked finding left to call through."
                return []
            }
            ui.screen = .chooser(purpose, selection: 0)
        case .undo?:
            if signed { ui.notice = readOnly; return [] }
            ui.undoRequested = true
        case .askExtra?:
            if signed { ui.notice = readOnly; return [] }
            guard state.snapshot.scenario.mode != .exam else { ui.notice = "In an exam you read what you are given."; return [] }
            guard let extra = content.cases[id]?.views[steps[index]]?.extra else {
                ui.notice = "The technologist has no further view to add at this step."
                return []
            }
            ui.notice = "Asked the technologist for: \(extra.label)."
            return [.askExtra(step: steps[index])]
        case .consult?:
            if signed { ui.notice = readOnly; return [] }
            guard state.snapshot.scenario.mode != .exam else { ui.notice = "In an exam you read alone."; return [] }
            guard content.cases[id]?.senior != nil else {
                ui.notice = "No senior colleague is free to look at this one; read it through the pattern."
                return []
            }
            return [.consult]
        case .preview?: ui.screen = .preview(scroll: 0)
        case .sign?:
            if signed { ui.notice = readOnly; return [] }
            ui.screen = .confirmSign
        case .pageDown?: ui.scroll += 5
        case .pageUp?: ui.scroll = max(0, ui.scroll - 5)
        case .back?:
            // A drill has no worklist: the next case opens by itself once this one is signed.
            return state.snapshot.scenario.mode == .drill ? [] : [.leave]
        case .quit?:
            ui.confirmingEndEarly = false
            ui.screen = .confirmQuit(over: ui.screen)
        default: break
        }
        return []
    }

    /// The first step after `index` (then from the top) with no decision whose images are
    /// in; nil when every available step is decided.
    static func nextUndecided(after index: Int, steps: [String], progress: CaseProgress, state: SessionState,
                              id: String) -> String? {
        let order = steps.indices.map { (index + 1 + $0) % steps.count }.filter { $0 != index }
        return order.map { steps[$0] }.first { progress.decisions[$0] == nil && state.isAvailable(id, step: $0) }
    }

    private static func picker(_ key: Key, _ intent: Intent?, filter: String, selection: Int, everywhere: Bool,
                               ui: inout UIState, state: SessionState, content: SessionContent) -> [Action] {
        var filter = filter, selection = selection
        guard let stepID = currentStep(state), let id = state.openCase, let routine = content.routine(ofCase: id),
              let step = routine.step(stepID) else { return [] }
        // Each item with the step it is marked at: the one on screen, or its own.
        let items: [(step: String, term: Term)] = everywhere
            ? Lists.pickList(routine, filter: filter).map { ($0.step.id, $0.term) }
            : Lists.pickList(step, filter: filter).map { (stepID, $0) }
        switch intent {
        case .up?: selection = max(0, selection - 1)
        case .down?: selection = min(max(0, items.count - 1), selection + 1)
        case .cancel?:
            ui.screen = .reading
            ui.filterCursor = nil
            return []
        case .choose?:
            guard items.indices.contains(selection) else { return [] }
            let (target, term) = items[selection]
            // A term of another step: that step is shown first, and marked there.
            let show: [Action] = target == stepID ? [] : [.show(step: target)]
            if term.lateral {
                ui.screen = .sidePicker(term: term.id)
                return show
            }
            ui.screen = .reading
            ui.filterCursor = nil
            return show + [.mark(step: target, Mark(term: term.id))]
        default:
            // The filter is a text field too: typed and edited at its cursor.
            var field = TextField(filter, cursor: ui.filterCursor)
            guard field.apply(intent == .deleteBackward ? .backspace : key) else { return [] }
            if field.text != filter { selection = 0 }
            filter = field.text
            ui.filterCursor = field.cursor
        }
        ui.screen = .picker(filter: filter, selection: selection, everywhere: everywhere)
        return []
    }

    private static func chooser(_ intent: Intent?, purpose: UIState.ChooserPurpose, selection: Int, ui: inout UIState,
                                state: SessionState, content: SessionContent) -> [Action] {
        var selection = selection
        guard let id = state.openCase,
              let routine = content.routine(ofCase: id) else { return [] }
        let items = Lists.marks(state, caseID: id, routine: routine, purpose: purpose)
        switch intent {
        case .up?: selection = max(0, selection - 1)
        case .down?: selection = min(max(0, items.count - 1), selection + 1)
        case .cancel?:
            ui.screen = .reading
            return []
        case .choose?:
            ui.screen = .reading
            guard items.indices.contains(selection) else { return [] }
            let item = items[selection]
            return [purpose == .unmark ? .unmark(step: item.step, item.mark) : .communicate(step: item.step, item.mark)]
        default: break
        }
        ui.screen = .chooser(purpose, selection: selection)
        return []
    }

    private static func preview(_ key: Key, _ intent: Intent?, scroll: Int, ui: inout UIState,
                                state: SessionState) -> [Action] {
        var scroll = scroll
        guard let id = state.openCase else { return [] }
        let signed = state.progress(id)?.status == .signed
        switch intent {
        case .back?:
            ui.screen = .reading
            return []
        case .pageDown?: scroll += 5
        case .pageUp?: scroll = max(0, scroll - 5)
        default:
            // The impression: typed and edited at its cursor.
            guard !signed else { break }
            var field = TextField(ui.impressions[id] ?? "", cursor: ui.impressionCursors[id])
            if intent == .expandMacro {
                // The word before the cursor, if it is a macro code, becomes its phrase.
                let code = field.wordBeforeCursor
                if let phrase = ui.macros[code.lowercased()] {
                    field.replaceWordBeforeCursor(with: phrase)
                } else {
                    let tab = ui.keyMap.key(for: .expandMacro, in: .preview) ?? "Tab"
                    ui.notice = code.isEmpty ? "Type a macro code, then \(tab)." : "No macro \"\(code)\"."
                }
            } else if !field.apply(intent == .deleteBackward ? .backspace : key) {
                break
            }
            ui.impressions[id] = field.text
            ui.impressionCursors[id] = field.cursor
        }
        ui.screen = .preview(scroll: scroll)
        return []
    }

    /// The call modal: ignores keys for its first 400 ms, so keys already in flight cannot
    /// answer it; answering needs a choice plus Enter.
    private static func call(_ intent: Intent?, at now: Double, ui: inout UIState, state: SessionState) -> [Action] {
        guard let id = state.modal, let call = state.snapshot.interruption(id) else { return [] }
        if let shown = ui.callShownAt, now - shown < UIState.callGuardSeconds { return [] }
        let answers = Lists.answers(call)
        switch intent {
        // Nothing is chosen when the call opens: Enter alone never answers it.
        case .up?: ui.callSelection = ui.callSelection < 0 ? answers.count - 1 : max(0, ui.callSelection - 1)
        case .down?: ui.callSelection = min(answers.count - 1, ui.callSelection + 1)
        case .choose?:
            guard answers.indices.contains(ui.callSelection) else { return [] }
            return [.answer(answers[ui.callSelection].id)]
        case .deferCall?: return [.deferCall]
        default: break
        }
        return []
    }

    /// A protocoling request: nothing is chosen when it opens, so Enter alone never answers
    /// it; the choice is final, and the screen then shows the verdict until Esc.
    private static func protocolRequest(_ intent: Intent?, id: String, selection: Int, scroll: Int, ui: inout UIState,
                                        state: SessionState) -> [Action] {
        let count = state.snapshot.scenario.request(id)?.options.count ?? 0
        let answered = state.protocoled[id] != nil
        switch intent {
        case .up? where !answered:
            ui.screen = .protocolRequest(id: id, selection: selection < 0 ? count - 1 : max(0, selection - 1), scroll: scroll)
        case .down? where !answered:
            ui.screen = .protocolRequest(id: id, selection: min(count - 1, selection + 1), scroll: scroll)
        case .up?, .down?, .pageUp?, .pageDown?:
            ui.screen = .protocolRequest(id: id, selection: selection, scroll: scrolled(scroll, intent))
        case .choose?:
            if answered { ui.notice = "This request is answered; the choice is final."; return [] }
            guard let options = state.snapshot.scenario.request(id)?.options, options.indices.contains(selection) else {
                ui.notice = "Choose an option first (\(ui.keyMap.key(for: .down, in: .protocolRequest) ?? "↓")), then Enter."
                return []
            }
            return [.protocolRequest(option: options[selection].id)]
        case .back?:
            if state.ended != nil {
                ui.screen = .summary(scroll: 0)
                return []
            }
            ui.screen = .worklist
            return state.openRequest == id ? [.leaveRequest] : []
        case .quit?:
            ui.confirmingEndEarly = false
            ui.screen = .confirmQuit(over: ui.screen)
        default: break
        }
        return []
    }

    /// Line and page scrolling shared by the long read-only screens.
    static func scrolled(_ scroll: Int, _ intent: Intent?) -> Int {
        switch intent {
        case .down?: scroll + 1
        case .up?: max(0, scroll - 1)
        case .pageDown?: scroll + 10
        case .pageUp?: max(0, scroll - 10)
        default: scroll
        }
    }

    private static func review(_ intent: Intent?, _ review: UIState.Review, ui: inout UIState, state: SessionState) {
        var review = review
        let cases = state.snapshot.cases
        if let open = review.openCase, let item = state.snapshot.case(open) {
            switch intent {
            case .up?, .down?:
                review.step = min(max(0, review.step + (intent == .up ? -1 : 1)), item.steps.count - 1)
                review.scroll = 0
            case .pageDown?, .pageUp?: review.scroll = scrolled(review.scroll, intent)
            case .back?: review.openCase = nil
            case .quit?: ui.exit = .ended
            default: break
            }
        } else {
            switch intent {
            case .up?: review.selection = max(0, review.selection - 1)
            case .down?: review.selection = min(max(0, cases.count - 1), review.selection + 1)
            case .open?:
                guard cases.indices.contains(review.selection) else { break }
                review.openCase = cases[review.selection].id
                review.step = 0
                review.scroll = 0
            case .back?:
                ui.screen = .summary(scroll: 0)
                return
            case .quit?: ui.exit = .ended
            default: break
            }
        }
        ui.screen = .review(review)
    }

    private static func currentStep(_ state: SessionState) -> String? {
        state.openCase.flatMap { state.progress($0)?.currentStep }
    }

    private static let readOnly = "This case is signed; it is read-only."
}

/// Ending a shift or an exam with under half its items (cases and requests) opened: what
/// the quit box warns of.
/// Nil when at least half are opened, and in a drill (it scores only what was presented).
public struct EarlyEnd: Equatable, Sendable {
    public var opened: Int
    public var total: Int

    public init(opened: Int, total: Int) {
        self.opened = opened
        self.total = total
    }

    public init?(_ state: SessionState) {
        // Cases and protocoling requests alike: a requests-only list asks too.
        let requests = state.snapshot.scenario.protocolRequests
        let total = state.snapshot.cases.count + requests.count
        let opened = state.snapshot.cases.filter { (state.progress($0.id)?.status ?? .unopened) != .unopened }.count
            + requests.filter { state.requestsOpened.contains($0.id) }.count
        guard state.snapshot.scenario.mode != .drill, total > 0, opened * 2 < total else { return nil }
        self.opened = opened
        self.total = total
    }
}
