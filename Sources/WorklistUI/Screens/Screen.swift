import WorklistCore

/// What is on screen: the one value input routing and drawing both read (issue 10).
/// Full screens stand alone; overlays name what they cover, so closing one returns to
/// exactly what was under it. The reading overlays (pick list … sign confirmation) always
/// cover the reading screen.
public indirect enum Screen: Equatable, Sendable {
    case worklist
    case reading
    /// The finding pick list of the step on screen (or, `everywhere`, of every step:
    /// choosing shows the term's step and marks it there), filtered by typed text.
    case picker(filter: String, selection: Int, everywhere: Bool = false)
    /// The side of a lateral term about to be marked.
    case sidePicker(term: String)
    /// One of the case's marks, to unmark or to call through.
    case chooser(UIState.ChooserPurpose, selection: Int)
    /// The structured report beside the typed impression.
    case preview(scroll: Int)
    case confirmSign
    case confirmQuit(over: Screen)
    /// A phone call or technologist question, over whatever was showing.
    case call(over: Screen)
    /// The card of the case just signed.
    case feedback(UIState.Scrolled<CaseReport>)
    /// The end-of-session summary.
    case summary(scroll: Int)
    /// Progress over sessions, opened from the summary.
    case history(scroll: Int)
    /// The finished cases, read-only, with the truth.
    case review(UIState.Review)
    case help(over: Screen)
    /// A study's whole request (indication, patient, exam), over the worklist or reading.
    case request(case: String, over: Screen)
    /// Below 80×24: a notice; the session clock stops (outside an exam).
    case tooSmall(over: Screen)
    /// A protocoling request: its details and options (choose one, final), then the verdict.
    case protocolRequest(id: String, selection: Int, scroll: Int)

    /// The context its keys are read in.
    public var context: Context {
        switch self {
        case .worklist: .worklist
        case .reading: .reading
        case .picker: .picker
        case .sidePicker: .sidePicker
        case .chooser: .chooser
        case .preview: .preview
        case .confirmSign: .confirmSign
        case .confirmQuit: .confirmQuit
        case .call: .call
        case .feedback: .feedback
        case .summary: .summary
        case .history: .history
        case .review(let review): review.openCase == nil ? .reviewList : .reviewCase
        case .help: .help
        case .request: .request
        case .tooSmall: .tooSmall
        case .protocolRequest: .protocolRequest
        }
    }

    /// What this screen covers, for an overlay; nil for a full screen.
    public var under: Screen? {
        switch self {
        case .picker, .sidePicker, .chooser, .preview, .confirmSign: .reading
        case .confirmQuit(let over), .call(let over), .help(let over), .tooSmall(let over), .request(_, let over): over
        default: nil
        }
    }

    /// Bottom first: the full screen, then each overlay drawn over it.
    public var layers: [Screen] {
        var stack = [self]
        while let next = stack.last?.under { stack.append(next) }
        return stack.reversed()
    }

    /// The full screen at the bottom.
    public var base: Screen { layers[0] }

    public var isCall: Bool { if case .call = self { true } else { false } }
    public var isTooSmall: Bool { if case .tooSmall = self { true } else { false } }
    public var isFeedback: Bool { if case .feedback = self { true } else { false } }

    /// The call goes, whatever lies over or under it stays (a resize over a call, say).
    public var removingCall: Screen {
        switch self {
        case .call(let over): over.removingCall
        case .tooSmall(let over): .tooSmall(over: over.removingCall)
        case .help(let over): .help(over: over.removingCall)
        case .request(let id, let over): .request(case: id, over: over.removingCall)
        case .confirmQuit(let over): .confirmQuit(over: over.removingCall)
        default: self
        }
    }

    /// A call arriving: it covers what is showing (help closes; too-small stays on top).
    public func showingCall() -> Screen {
        switch self {
        case .tooSmall(let over): .tooSmall(over: over.showingCall())
        case .help(let over), .request(_, let over): over.showingCall()
        case .call: self
        default: .call(over: self)
        }
    }

    /// The session ended: the summary replaces everything but a feedback card, which the
    /// trainee closes first (the last case's card is never skipped).
    public func ending() -> Screen {
        switch self {
        case .tooSmall(let over): .tooSmall(over: over.ending())
        case .feedback, .protocolRequest: self   // the trainee closes the verdict first
        case .call(let over), .help(let over), .confirmQuit(let over), .request(_, let over): over.ending()
        case .summary, .history, .review: self
        default: .summary(scroll: 0)
        }
    }
}
