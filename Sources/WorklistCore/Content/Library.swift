/// Every routine, case and scenario loaded from one place.
public struct Library: Sendable, Equatable {
    public var routines: [Routine]
    public var scenarios: [Scenario]
    private var shelf: CaseShelf

    /// Every case, in library order. On a library read from the cache this decodes them
    /// all: where a few will do (a shift, a drill), use `case(_:)` and `caseEntries`.
    public var cases: [Case] {
        get { shelf.all }
        set { shelf = CaseShelf(newValue) }
    }

    public init(routines: [Routine] = [], cases: [Case] = [], scenarios: [Scenario] = []) {
        self.init(routines: routines, shelf: CaseShelf(cases), scenarios: scenarios)
    }

    public init(routines: [Routine], shelf: CaseShelf, scenarios: [Scenario]) {
        self.routines = routines
        self.shelf = shelf
        self.scenarios = scenarios
    }

    /// What every case is (id, routine, exam-only) without decoding any.
    public var caseEntries: [CaseShelf.Entry] { shelf.entries }

    public func routine(_ id: String) -> Routine? { routines.first { $0.id == id } }
    public func `case`(_ id: String) -> Case? { shelf.case(id) }
    public func scenario(_ id: String) -> Scenario? { scenarios.first { $0.id == id } }

    public func defaultScenario(for mode: Mode) -> Scenario? {
        scenarios.first { $0.mode == mode && $0.isDefault }
    }

    public static func == (a: Library, b: Library) -> Bool {
        a.routines == b.routines && a.scenarios == b.scenarios && a.cases == b.cases
    }
}

/// A library's cases: held as values, or (from the library cache) decoded one at a time
/// when asked for, so starting a shift on a 10,000-case folder decodes its 15 (issue 13).
/// Immutable: decoding is a pure function of what was stored, so nothing is cached here.
public final class CaseShelf: Sendable {
    public struct Entry: Sendable, Equatable {
        public var id: String
        public var routine: String
        public var examOnly: Bool

        public init(id: String, routine: String, examOnly: Bool) {
            self.id = id
            self.routine = routine
            self.examOnly = examOnly
        }
    }

    public let entries: [Entry]
    private let index: [String: Int]
    private let values: [Case]?
    private let decode: @Sendable (Int) -> Case?

    public init(_ cases: [Case]) {
        entries = cases.map { Entry(id: $0.id, routine: $0.routine, examOnly: $0.examOnly) }
        index = Self.index(entries)
        values = cases
        decode = { cases[$0] }
    }

    /// Cases decoded on demand: `decode(i)` makes entry i's case (nil if it cannot).
    public init(entries: [Entry], decode: @escaping @Sendable (Int) -> Case?) {
        self.entries = entries
        index = Self.index(entries)
        values = nil
        self.decode = decode
    }

    public var all: [Case] { values ?? entries.indices.compactMap(decode) }

    public func `case`(_ id: String) -> Case? { index[id].flatMap(decode) }

    /// The first of two equal ids wins, as everywhere in a library.
    private static func index(_ entries: [Entry]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (i, e) in entries.enumerated() where index[e.id] == nil { index[e.id] = i }
        return index
    }
}
