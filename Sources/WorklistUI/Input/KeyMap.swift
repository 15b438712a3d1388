import WorklistCore

/// The one keymap table (DESIGN.md §3): it maps keys to intents per context, and the same
/// table produces the bottom key line and the help overlay.
public enum Context: String, CaseIterable, Sendable {
    case worklist, reading, picker, sidePicker, chooser, preview, confirmSign, confirmQuit, call
    case feedback, summary, history, reviewList, reviewCase, help, tooSmall
    /// The study's whole request (indication, patient, exam), over the worklist or reading.
    case request
    /// A protocoling request's screen (issue 17).
    case protocolRequest = "protocol"

    /// In text contexts printable characters are text, never commands.
    public var takesText: Bool { self == .picker || self == .preview }
}

public enum Intent: Hashable, Sendable {
    case up, down, pageUp, pageDown, top, bottom
    /// Jump to checklist step N (1–9).
    case step(Int)
    case open, back, quit
    case normal, find, unmark, communicate, preview, sign
    /// Take back the last decision on the open case (repeatable).
    case undo
    /// The pick list of every step of the case, not only the one on screen.
    case findEverywhere
    case choose, cancel
    case side(Side)
    case endNow, saveAndExit
    case deleteBackward
    case deferCall
    case help, review, progress
    case expandMacro
    /// The study's whole request, one key away wherever its indication is cut.
    case request
    /// An exam film marked to come back to (or unmarked).
    case flag
    /// Ask the technologist for the step's extra view; consult a senior (not in exams).
    case askExtra, consult
}

public struct KeyBinding: Sendable, Equatable {
    public var context: Context
    public var keys: [Key]
    public var intent: Intent
    /// Words for the bottom line and help; nil keeps the binding out of the bottom line.
    public var label: String?

    public init(_ context: Context, _ keys: [Key], _ intent: Intent, _ label: String?) {
        self.context = context
        self.keys = keys
        self.intent = intent
        self.label = label
    }
}

public struct KeyMap: Sendable, Equatable {
    public internal(set) var table: [KeyBinding]

    public init(table: [KeyBinding] = KeyMap.standardTable) { self.table = table }

    public static let standard = KeyMap()

    public static let standardTable: [KeyBinding] = [
        // Worklist
        KeyBinding(.worklist, [.up, .char("k")], .up, "select"),
        KeyBinding(.worklist, [.down, .char("j")], .down, nil),
        KeyBinding(.worklist, [.home, .char("g")], .top, nil),
        KeyBinding(.worklist, [.end, .char("G")], .bottom, nil),
        KeyBinding(.worklist, [.enter], .open, "open"),
        KeyBinding(.worklist, [.char("i")], .request, "request"),
        KeyBinding(.worklist, [.char("F")], .flag, "flag"),
        KeyBinding(.worklist, [.char("q")], .quit, "quit"),
        KeyBinding(.worklist, [.char("?"), .function(1)], .help, "help"),
        // Reading
        KeyBinding(.reading, [.up, .char("k")], .up, "step"),
        KeyBinding(.reading, [.down, .char("j")], .down, nil),
        KeyBinding(.reading, [.home, .char("g")], .top, nil),
        KeyBinding(.reading, [.end, .char("G")], .bottom, nil),
        KeyBinding(.reading, [.char("1")], .step(1), nil),
        KeyBinding(.reading, [.char("2")], .step(2), nil),
        KeyBinding(.reading, [.char("3")], .step(3), nil),
        KeyBinding(.reading, [.char("4")], .step(4), nil),
        KeyBinding(.reading, [.char("5")], .step(5), nil),
        KeyBinding(.reading, [.char("6")], .step(6), nil),
        KeyBinding(.reading, [.char("7")], .step(7), nil),
        KeyBinding(.reading, [.char("8")], .step(8), nil),
        KeyBinding(.reading, [.char("9")], .step(9), nil),
        KeyBinding(.reading, [.char("i")], .request, nil),
        KeyBinding(.reading, [.char("F")], .flag, nil),
        KeyBinding(.reading, [.char("n")], .normal, "normal"),
        KeyBinding(.reading, [.char("f"), .char("m")], .find, "find"),
        KeyBinding(.reading, [.char("/")], .findEverywhere, nil),
        KeyBinding(.reading, [.char("u")], .undo, "undo"),
        KeyBinding(.reading, [.char("U")], .unmark, nil),   // in help; the line has room for undo
        KeyBinding(.reading, [.char("c")], .communicate, "call"),
        KeyBinding(.reading, [.char("r")], .preview, "report"),
        KeyBinding(.reading, [.char("s")], .sign, "sign"),
        KeyBinding(.reading, [.char("t")], .askExtra, nil),   // offered on the step that has one
        KeyBinding(.reading, [.char("a")], .consult, nil),
        KeyBinding(.reading, [.pageDown, .char(" ")], .pageDown, nil),
        KeyBinding(.reading, [.pageUp, .char("b")], .pageUp, nil),
        KeyBinding(.reading, [.escape], .back, "list"),
        KeyBinding(.reading, [.char("q")], .quit, "quit"),
        KeyBinding(.reading, [.char("?"), .function(1)], .help, nil),
        // A protocoling request: choose an option, then Enter (final), as for a call.
        KeyBinding(.protocolRequest, [.up, .char("k")], .up, "choose"),
        KeyBinding(.protocolRequest, [.down, .char("j")], .down, nil),
        KeyBinding(.protocolRequest, [.enter], .choose, "answer (final)"),
        KeyBinding(.protocolRequest, [.pageDown, .char(" ")], .pageDown, "scroll"),
        KeyBinding(.protocolRequest, [.pageUp, .char("b")], .pageUp, nil),
        KeyBinding(.protocolRequest, [.escape], .back, "worklist"),
        KeyBinding(.protocolRequest, [.char("q")], .quit, "quit"),
        KeyBinding(.protocolRequest, [.char("?"), .function(1)], .help, nil),
        // The finding pick list: letters filter it.
        KeyBinding(.picker, [.up], .up, "select"),
        KeyBinding(.picker, [.down], .down, nil),
        KeyBinding(.picker, [.enter], .choose, "mark"),
        KeyBinding(.picker, [.backspace], .deleteBackward, nil),
        KeyBinding(.picker, [.escape], .cancel, "cancel"),
        KeyBinding(.picker, [.function(1)], .help, nil),
        // The side of a lateral term.
        KeyBinding(.sidePicker, [.char("l"), .left], .side(.left), "left"),
        KeyBinding(.sidePicker, [.char("r"), .right], .side(.right), "right"),
        KeyBinding(.sidePicker, [.char("b")], .side(.bilateral), "bilateral"),
        KeyBinding(.sidePicker, [.escape], .cancel, "cancel"),
        // Choosing one of the marks (unmark, call through).
        KeyBinding(.chooser, [.up, .char("k")], .up, "select"),
        KeyBinding(.chooser, [.down, .char("j")], .down, nil),
        KeyBinding(.chooser, [.enter], .choose, "choose"),
        KeyBinding(.chooser, [.escape], .cancel, "cancel"),
        // The report preview: letters type the impression.
        KeyBinding(.preview, [.backspace], .deleteBackward, nil),
        KeyBinding(.preview, [.tab], .expandMacro, "macro"),
        KeyBinding(.preview, [.pageDown], .pageDown, "scroll"),
        KeyBinding(.preview, [.pageUp], .pageUp, nil),
        KeyBinding(.preview, [.enter, .escape], .back, "done"),
        KeyBinding(.preview, [.function(1)], .help, nil),
        // Confirmations.
        KeyBinding(.confirmSign, [.char("y"), .enter], .choose, "sign"),
        KeyBinding(.confirmSign, [.char("n"), .escape], .cancel, "keep reading"),
        KeyBinding(.confirmQuit, [.char("e")], .endNow, "end the shift now (score it)"),
        KeyBinding(.confirmQuit, [.char("s")], .saveAndExit, "save and exit (resume later)"),
        KeyBinding(.confirmQuit, [.escape, .char("n")], .cancel, "cancel"),
        // A phone call or technologist question: a choice plus Enter, never a single key.
        KeyBinding(.call, [.up, .char("k")], .up, "choose"),
        KeyBinding(.call, [.down, .char("j")], .down, nil),
        KeyBinding(.call, [.enter], .choose, "answer"),
        KeyBinding(.call, [.char("d")], .deferCall, "defer (rings again in 60 s)"),
        // The feedback card after signing.
        KeyBinding(.feedback, [.down, .char("j")], .down, "scroll"),
        KeyBinding(.feedback, [.up, .char("k")], .up, nil),
        KeyBinding(.feedback, [.pageDown, .char(" ")], .pageDown, "page"),
        KeyBinding(.feedback, [.pageUp, .char("b")], .pageUp, nil),
        KeyBinding(.feedback, [.enter, .escape], .back, "back to the worklist"),
        KeyBinding(.feedback, [.char("?"), .function(1)], .help, "help"),
        // The summary at the end.
        KeyBinding(.summary, [.down, .char("j")], .down, "scroll"),
        KeyBinding(.summary, [.up, .char("k")], .up, nil),
        KeyBinding(.summary, [.pageDown, .char(" ")], .pageDown, nil),
        KeyBinding(.summary, [.pageUp, .char("b")], .pageUp, nil),
        KeyBinding(.summary, [.char("v")], .review, "review the cases"),
        KeyBinding(.summary, [.char("h")], .progress, "progress"),
        // Progress over sessions, from the summary.
        KeyBinding(.history, [.down, .char("j")], .down, "scroll"),
        KeyBinding(.history, [.up, .char("k")], .up, nil),
        KeyBinding(.history, [.pageDown, .char(" ")], .pageDown, nil),
        KeyBinding(.history, [.pageUp, .char("b")], .pageUp, nil),
        KeyBinding(.history, [.escape, .enter], .back, "summary"),
        KeyBinding(.history, [.char("?"), .function(1)], .help, nil),
        KeyBinding(.summary, [.enter, .char("q")], .quit, "finish"),
        KeyBinding(.summary, [.char("?"), .function(1)], .help, "help"),
        // Review: finished cases, read-only, with the truth.
        KeyBinding(.reviewList, [.up, .char("k")], .up, "select"),
        KeyBinding(.reviewList, [.down, .char("j")], .down, nil),
        KeyBinding(.reviewList, [.enter], .open, "open"),
        KeyBinding(.reviewList, [.escape], .back, "summary"),
        KeyBinding(.reviewList, [.char("q")], .quit, "finish"),
        KeyBinding(.reviewList, [.char("?"), .function(1)], .help, nil),
        KeyBinding(.reviewCase, [.up, .char("k")], .up, "step"),
        KeyBinding(.reviewCase, [.down, .char("j")], .down, nil),
        KeyBinding(.reviewCase, [.pageDown, .char(" ")], .pageDown, "scroll"),
        KeyBinding(.reviewCase, [.pageUp, .char("b")], .pageUp, nil),
        KeyBinding(.reviewCase, [.escape], .back, "cases"),
        KeyBinding(.reviewCase, [.char("q")], .quit, "finish"),
        KeyBinding(.reviewCase, [.char("?"), .function(1)], .help, nil),
        // The request: any key closes it.
        KeyBinding(.request, [.escape, .enter, .char("i")], .back, "close (any key)"),
        // Help: any key closes it.
        KeyBinding(.help, [.escape, .enter, .char("?"), .function(1)], .back, "close (any key)"),
    ]

    public func intent(for key: Key, in context: Context) -> Intent? {
        table.first { $0.context == context && $0.keys.contains(key) }?.intent
    }

    /// The key that does `intent` here, as the boxes name it ("l", "Esc"); nil if unbound.
    public func key(for intent: Intent, in context: Context) -> String? {
        table.first { $0.context == context && $0.intent == intent }?.keys.first?.description
    }

    /// What the screen showing changes in the bottom line: intents that would do nothing
    /// now are left out, and some read differently by mode ("next case" in a drill).
    public struct LineOptions: Sendable, Equatable {
        public var hidden: Set<Intent> = []
        public var labels: [Intent: String] = [:]
        public init(hidden: Set<Intent> = [], labels: [Intent: String] = [:]) {
            self.hidden = hidden
            self.labels = labels
        }
    }

    /// The label of a binding on this screen.
    public func label(_ binding: KeyBinding, _ options: LineOptions = LineOptions()) -> String? {
        options.labels[binding.intent] ?? binding.label
    }

    /// The keys that work now, for the bottom line: "Enter open · ↑↓ select · q quit".
    public func bottomLine(for context: Context, _ options: LineOptions = LineOptions(), gap: String = "  ") -> String {
        let bindings = table.filter { $0.context == context && $0.label != nil && !options.hidden.contains($0.intent) }
        let entries = bindings.map { binding -> String in
            var keys = binding.keys.first.map { $0.description } ?? ""
            // Arrow pairs read as one entry: "↑↓ select".
            if binding.intent == .up,
               let down = table.first(where: { $0.context == context && $0.intent == .down })?.keys.first {
                keys += down.description
            }
            if context == .picker, binding.intent == .up { return "type to filter  \(keys) select" }
            if context == .preview, binding.intent == .deleteBackward { return "" }
            return keys + " " + (label(binding, options) ?? "")
        }
        let prefix = context == .preview ? "type the impression  " : ""
        // Two spaces between entries: the reading screen's nine fit in 80 columns (a
        // narrower line, as ASCII's longer key names make it, asks for one).
        return prefix + entries.filter { !$0.isEmpty }.joined(separator: gap)
    }
}
