/// A key as the trainee pressed it, after the terminal's own translations
/// (DESIGN.md §4: Ctrl-H arrives as Backspace, Ctrl-I as Tab, Ctrl-J/M as Enter).
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character (letters are text in text fields, commands elsewhere).
    case char(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1–F12.
    case function(Int)
    /// Ctrl-A … Ctrl-Z, lowercase letter; never H, I, J, M (those arrive as the keys above).
    case ctrl(Character)

    public var description: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let n): "F\(n)"
        case .ctrl(let c): "Ctrl-" + String(c).uppercased()
        }
    }
}

/// What a terminal backend reports.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// The terminal changed size (ncurses' KEY_RESIZE); never a key press.
    case resize(columns: Int, rows: Int)
    /// A mouse click at a cell (only with --mouse).
    case click(column: Int, row: Int)
    /// Input ended (a hung-up terminal): treat as SIGHUP.
    case hangup
}
