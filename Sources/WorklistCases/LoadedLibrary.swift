import WorklistCore

/// An item of the library that has a place in a file.
public enum LibraryItem: Hashable, Sendable {
    case routine(String)
    case `case`(String)
    case scenario(String)
    case step(routine: String, step: String)
    case term(routine: String, step: String, term: String)
    case finding(case: String, finding: String)
    case interruption(scenario: String, interruption: String)
}

/// The result of loading: the items that decoded, every problem found, and where each item
/// was written (for later messages such as "case x (Cases/cases/cxr/x.yaml:2:5)").
public struct LoadedLibrary: Sendable {
    /// Items whose own fields all decoded; the first of two with the same id. Checks across
    /// files may still have failed: use it only when `hasErrors` is false (or to list).
    public var library: Library
    /// Sorted by file, line, column.
    public var diagnostics: [Diagnostic]
    /// The files read, in the order they were read.
    public var files: [String]
    var locations: [LibraryItem: SourceLocation]

    public init(library: Library = Library(), diagnostics: [Diagnostic] = [], files: [String] = [],
                locations: [LibraryItem: SourceLocation] = [:]) {
        self.library = library
        self.diagnostics = diagnostics
        self.files = files
        self.locations = locations
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// Where the item's id is written.
    public func location(of item: LibraryItem) -> SourceLocation? { locations[item] }
    public func location(ofRoutine id: String) -> SourceLocation? { locations[.routine(id)] }
    public func location(ofCase id: String) -> SourceLocation? { locations[.case(id)] }
    public func location(ofScenario id: String) -> SourceLocation? { locations[.scenario(id)] }
}
