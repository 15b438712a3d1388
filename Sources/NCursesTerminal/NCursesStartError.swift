/// Why the terminal could not be opened: one sentence each, saying what happened and
/// what to do (DESIGN.md §3: errors are for people).
public enum NCursesStartError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is a file, pipe or /dev/null.
    case notATerminal(stdinRedirected: Bool, stdoutRedirected: Bool)
    /// TERM is empty or unset.
    case termUnset
    /// No terminfo entry for TERM (`newterm` returned NULL).
    case unknownTerminal(String)
    /// The terminal cannot move the cursor (TERM=dumb).
    case noCursorAddressing(String)

    public var description: String {
        let play = "or use `worklist play` for scripted, non-interactive use"
        switch self {
        case let .notATerminal(stdin, stdout):
            let which = stdin && stdout ? "standard input and output are" : stdin ? "standard input is" : "standard output is"
            return "Worklist needs an interactive terminal, but its \(which) not one (redirected or piped); run it directly in a terminal, \(play)."
        case .termUnset:
            return "The TERM environment variable is not set, so Worklist cannot drive this terminal; set it (for example TERM=xterm-256color), \(play)."
        case .unknownTerminal(let name):
            return "The terminal type TERM=\(Self.shown(name)) is not known on this machine; set TERM to one it knows (xterm-256color, or tmux-256color inside tmux), \(play)."
        case .noCursorAddressing(let name):
            return "The terminal type TERM=\(Self.shown(name)) cannot move the cursor, so Worklist cannot draw its screen; run it in a full terminal (TERM=xterm-256color), \(play)."
        }
    }

    /// TERM comes from outside: never echo control characters, keep it short.
    static func shown(_ name: String) -> String {
        let printable = name.unicodeScalars.prefix(40).map { (0x20..<0x7F).contains($0.value) ? Character($0) : "?" }
        return "\"" + String(printable) + "\""
    }
}
