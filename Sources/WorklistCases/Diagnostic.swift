import WorklistCore

/// A place in a case file: the path as given, 1-based line and column.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// "FILE:LINE:COLUMN", safe to print (the path came from outside too).
    public var description: String { "\(Wording.oneLine(file)):\(line):\(column)" }
}

/// One problem found while loading cases, in the `FILE:LINE:COLUMN: error: …` form of
/// compilers, so editors and terminals can jump to it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    /// What is wrong and what to do; one line, sanitised (text quoted from a file shows its
    /// control characters spelled out, e.g. `\u{1B}`, and never carries them).
    public var message: String

    public init(file: String, line: Int, column: Int, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = Wording.oneLine(message)
    }

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.init(file: location.file, line: location.line, column: location.column,
                  severity: severity, message: message)
    }

    public var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }
    public var isError: Bool { severity == .error }

    /// One line, sanitised again as a last guard: nothing from a file reaches the terminal raw.
    public var description: String {
        "\(location): \(severity.rawValue): \(Wording.oneLine(message))"
    }

    /// The order diagnostics are reported in: file, line, column.
    static func precedes(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.line != b.line { return a.line < b.line }
        return a.column < b.column
    }
}

/// Collects the diagnostics of one load. A class so decoders can share it; a load runs on
/// one thread and the log never leaves it.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, at: location, message))
    }

    func warning(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.warning, at: location, message))
    }

    var errorCount: Int { diagnostics.count { $0.isError } }

    /// Sorted by file, line, column; ties keep the order they were found in; exact repeats dropped.
    func sorted() -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        let unique = diagnostics.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { x, y in
            if Diagnostic.precedes(x.element, y.element) { return true }
            if Diagnostic.precedes(y.element, x.element) { return false }
            return x.offset < y.offset
        }.map(\.element)
    }
}
