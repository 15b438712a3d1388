/// Keys and intents by name: for key files (`play`) and the config's own bindings.
extension Key {
    /// A printable character, or Space, Hash, Enter, Esc, Tab, BackTab, Backspace, Delete,
    /// Up, Down, Left, Right, Home, End, PageUp, PageDown, F1–F12, Ctrl-A–Ctrl-Z
    /// (case-insensitive). Ctrl-H, I, J and M give the keys a terminal delivers instead.
    /// Ctrl-C, Ctrl-Z, Ctrl-S and Ctrl-Q are signals or flow control: nil here.
    public init?(name: String) {
        if name.count == 1, let c = name.first, !c.isWhitespace {
            self = .char(c)
            return
        }
        let lower = name.lowercased()
        let named: [String: Key] = [
            "space": .char(" "), "hash": .char("#"), "enter": .enter, "return": .enter, "esc": .escape,
            "escape": .escape, "tab": .tab, "backtab": .backTab, "backspace": .backspace, "delete": .delete,
            "up": .up, "down": .down, "left": .left, "right": .right, "home": .home, "end": .end,
            "pageup": .pageUp, "pagedown": .pageDown,
        ]
        if let key = named[lower] {
            self = key
            return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) {
            self = .function(n)
            return
        }
        guard lower.hasPrefix("ctrl-"), lower.count == 6, let letter = lower.last, letter.isLetter, letter.isASCII else {
            return nil
        }
        switch letter {
        case "c", "z", "s", "q": return nil
        case "h": self = .backspace
        case "i": self = .tab
        case "j", "m": self = .enter
        default: self = .ctrl(letter)
        }
    }
}

extension Intent {
    /// Names for the config file (`keys: { reading.normal: x }`).
    public static let names: [String: Intent] = [
        "up": .up, "down": .down, "page_up": .pageUp, "page_down": .pageDown, "top": .top, "bottom": .bottom,
        "open": .open, "back": .back, "quit": .quit, "normal": .normal, "find": .find, "unmark": .unmark,
        "communicate": .communicate, "preview": .preview, "sign": .sign, "choose": .choose, "cancel": .cancel,
        "left": .side(.left), "right": .side(.right), "bilateral": .side(.bilateral), "end_now": .endNow,
        "save_and_exit": .saveAndExit, "delete": .deleteBackward, "defer": .deferCall, "help": .help,
        "review": .review, "progress": .progress, "expand_macro": .expandMacro, "request": .request, "undo": .undo, "find_everywhere": .findEverywhere, "flag": .flag,
        "ask_extra": .askExtra, "consult": .consult,
        "step_1": .step(1), "step_2": .step(2), "step_3": .step(3), "step_4": .step(4), "step_5": .step(5),
        "step_6": .step(6), "step_7": .step(7), "step_8": .step(8), "step_9": .step(9),
    ]
}

public struct KeyMapError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

extension KeyMap {
    /// Binds `keys` to `intent` in `context` instead of its standard keys; help and the
    /// bottom line follow. Refuses a key bound to something else there, and letters in the
    /// text fields (where letters are text).
    public mutating func rebind(_ intent: Intent, in context: Context, to keys: [Key]) throws(KeyMapError) {
        guard let index = table.firstIndex(where: { $0.context == context && $0.intent == intent }) else {
            throw KeyMapError(message: "\(context.rawValue) has no action \"\(Self.name(of: intent))\"; actions there: "
                              + table.filter { $0.context == context }.map { Self.name(of: $0.intent) }.joined(separator: ", "))
        }
        for key in keys {
            if context.takesText, case .char = key {
                throw KeyMapError(message: "\(key) is text in \(context.rawValue); choose a key that is not a character")
            }
            if let other = table.first(where: { $0.context == context && $0.intent != intent && $0.keys.contains(key) }) {
                throw KeyMapError(message: "\(key) already does \"\(Self.name(of: other.intent))\" in \(context.rawValue)")
            }
        }
        table[index].keys = keys
    }

    static func name(of intent: Intent) -> String {
        Intent.names.first { $0.value == intent }?.key ?? "\(intent)"
    }
}
