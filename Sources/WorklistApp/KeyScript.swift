import WorklistUI

/// The key file of `worklist play`: one command a line (README "Scripted sessions").
///
///     # a comment
///     wait 12.5        advance the virtual clock; what falls due inside fires at its instant
///     key Enter        one key, named as below
///     type ptx         each character of the rest of the line, verbatim
///     resize 100x30
public enum KeyScript {
    public enum Command: Equatable, Sendable {
        case wait(Double)
        case key(ScriptKey)
        case type(String)
        case resize(columns: Int, rows: Int)
    }

    /// A key as a real terminal delivers it; Ctrl-C and Ctrl-Z are signals, not keys.
    public enum ScriptKey: Equatable, Sendable {
        case key(Key)
        /// SIGINT: the session stays unfinished, `play` exits 130.
        case interrupt
        /// SIGTSTP: a suspend of zero seconds.
        case suspend
        /// Ctrl-S / Ctrl-Q: terminal flow control, never delivered.
        case swallowed
    }

    public struct Line: Equatable, Sendable {
        public var number: Int
        public var command: Command
    }

    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "\(line): \(message)" }
    }

    public static func parse(_ text: String) throws(ParseError) -> [Line] {
        var lines: [Line] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let word = String(trimmed.prefix { $0 != " " && $0 != "\t" })
            let rest = String(trimmed.dropFirst(word.count).dropFirst())
            let argument = rest.trimmingCharacters(in: " \t")
            switch word.lowercased() {
            case "wait":
                guard let seconds = Double(argument), seconds >= 0, seconds.isFinite else {
                    throw ParseError(line: number, message: "wait needs a number of seconds ≥ 0, e.g. 'wait 2.5'")
                }
                lines.append(Line(number: number, command: .wait(seconds)))
            case "key":
                guard let key = scriptKey(named: argument) else {
                    throw ParseError(line: number, message: "unknown key '\(argument)' (see README: Scripted sessions)")
                }
                lines.append(Line(number: number, command: .key(key)))
            case "type":
                guard !rest.isEmpty else { throw ParseError(line: number, message: "type needs text, e.g. 'type ptx'") }
                lines.append(Line(number: number, command: .type(rest)))
            case "resize":
                let parts = argument.lowercased().split(separator: "x")
                guard parts.count == 2, let c = Int(parts[0]), let r = Int(parts[1]), c > 0, r > 0 else {
                    throw ParseError(line: number, message: "resize needs COLSxROWS, e.g. 'resize 100x30'")
                }
                lines.append(Line(number: number, command: .resize(columns: c, rows: r)))
            default:
                throw ParseError(line: number, message: "unknown command '\(word)'; use wait, key, type or resize")
            }
        }
        return lines
    }

    /// Key names as `Key(name:)` reads them; Ctrl-C, Ctrl-Z, Ctrl-S and Ctrl-Q are signals
    /// or flow control here.
    public static func scriptKey(named name: String) -> ScriptKey? {
        switch name.lowercased() {
        case "ctrl-c": return .interrupt
        case "ctrl-z": return .suspend
        case "ctrl-s", "ctrl-q": return .swallowed
        default: return Key(name: name).map { .key($0) }
        }
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
