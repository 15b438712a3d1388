import WorklistCore

/// The first-run tutorial's guide (issue 14): one or two sentences above the key line that
/// say what to do next on the screen showing, naming keys from the keymap (so own bindings
/// show), and the read-time rule when it first matters.
public enum TutorialGuide {
    public static func text(state: SessionState, ui: UIState, content: SessionContent, now: Double) -> String? {
        func key(_ intent: Intent, _ context: Context) -> String { ui.keyMap.key(for: intent, in: context) ?? "?" }
        switch ui.screen {
        case .worklist:
            if state.snapshot.cases.allSatisfy({ state.progress($0.id)?.status == .signed }) {
                return "Both studies are read. \(key(.quit, .worklist)), then \(key(.endNow, .confirmQuit)), ends the tutorial and shows the summary."
            }
            return "This is the worklist: the studies waiting to be read. \(key(.up, .worklist))/\(key(.down, .worklist)) chooses one; \(key(.open, .worklist)) opens it."
        case .reading:
            return reading(state: state, ui: ui, content: content, now: now, key: key)
        case .picker:
            return "Type a few letters of what you see, \(key(.up, .picker))/\(key(.down, .picker)) to choose, \(key(.choose, .picker)) to mark it at this step."
        case .sidePicker:
            return "Which side? \(key(.side(.left), .sidePicker)) left, \(key(.side(.right), .sidePicker)) right, \(key(.side(.bilateral), .sidePicker)) both."
        case .chooser:
            return "Choose the finding and press \(key(.choose, .chooser)): the call is timed from when you first saw it."
        case .preview:
            return "Type the impression: what you would tell the referrer in a line. \(key(.back, .preview)) when done."
        case .confirmSign:
            return "\(key(.choose, .confirmSign)) signs: the report is then final. \(key(.cancel, .confirmSign)) goes back to reading."
        case .feedback:
            return "Your feedback: what you found and missed, and why. \(key(.down, .feedback)) scrolls; \(key(.back, .feedback)) goes on."
        case .summary:
            return "The session's summary. \(key(.quit, .summary)) finishes the tutorial; `worklist shift` starts a real shift."
        default:
            return nil
        }
    }

    private static func reading(state: SessionState, ui: UIState, content: SessionContent, now: Double,
                                key: (Intent, Context) -> String) -> String? {
        guard let id = state.openCase, let item = state.snapshot.case(id), let progress = state.progress(id),
              let step = progress.currentStep, let text = content.cases[id],
              let routine = content.routine(ofCase: id) else { return nil }
        if item.steps.allSatisfy({ progress.decisions[$0.id] != nil }) {
            return "Every step is decided. \(key(.preview, .reading)) writes the impression, \(key(.sign, .reading)) signs the report."
        }
        let standing = ui.reading?.standing(case: id, step: step, at: now) ?? .unread
        if standing == .unread && progress.decisions[step] == nil {
            return "Read the view on the right. A step counts as read once it has been on screen 1 s plus 1 s per 8 words: a • then shows at the end of its row."
        }
        let here = text.findings.filter { $0.step == step }
        let marked = progress.decisions[step]?.marks ?? []
        if let finding = here.first, !marked.contains(where: { $0.term == finding.term || finding.acceptTerms.contains($0.term) }) {
            return "There is something to mark here. \(key(.find, .reading)) opens the pick list; \(key(.undo, .reading)) undoes a decision."
        }
        if let finding = here.first, finding.actionCategory(in: routine)?.mustBeCommunicated == true,
           !marked.contains(where: { progress.isCommunicated(step: step, mark: $0) }) {
            return "The team needs to hear of this finding: \(key(.communicate, .reading)) calls it through."
        }
        if progress.decisions[step] == nil {
            return "Looks normal? \(key(.normal, .reading)) calls the step normal and shows the next one."
        }
        return "\(key(.down, .reading)) goes to the next step."
    }
}
