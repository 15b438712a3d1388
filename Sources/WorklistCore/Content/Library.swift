/// Every routine, case and scenario loaded from one place.
public struct Library: Sendable, Equatable {
    public var routines: [Routine]
    public var cases: [Case]
    public var scenarios: [Scenario]

    public init(routines: [Routine] = [], cases: [Case] = [], scenarios: [Scenario] = []) {
        self.routines = routines
        self.cases = cases
        self.scenarios = scenarios
    }

    public func routine(_ id: String) -> Routine? { routines.first { $0.id == id } }
    public func `case`(_ id: String) -> Case? { cases.first { $0.id == id } }
    public func scenario(_ id: String) -> Scenario? { scenarios.first { $0.id == id } }

    public func defaultScenario(for mode: Mode) -> Scenario? {
        scenarios.first { $0.mode == mode && $0.isDefault }
    }
}
