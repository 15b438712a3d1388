import ArgumentParser
import WorklistCore
import WorklistCases

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the routines, cases or scenarios of the library in use."
    )

    enum What: String, ExpressibleByArgument, CaseIterable {
        case routines, cases, scenarios
    }

    @Argument(help: "routines, cases or scenarios")
    var what: What

    @Flag(help: "Print JSON (an array of objects) instead of a table.")
    var json = false

    @Flag(name: .customLong("exam-films"),
          help: "List the exam-only films too (their ids and titles give the exam's answers away).")
    var examFilms = false

    @OptionGroup var options: CommonOptions

    func run() throws {
        let (loaded, source) = try options.loadLibrary()
        var library = loaded.library
        // An exam film's id names its diagnosis: listed only when asked for.
        let hidden = examFilms ? 0 : library.caseEntries.filter(\.examOnly).count
        if hidden > 0 { library.cases = library.cases.filter { !$0.examOnly } }
        if json {
            Output.line(source.description, to: .standardError)
            switch what {
            case .routines: try Output.json(library.routines.map(RoutineRow.init))
            case .cases: try Output.json(library.cases.map(CaseRow.init))
            case .scenarios: try Output.json(library.scenarios.map(ScenarioRow.init))
            }
            return
        }
        Output.line(source.description)
        let rows: [[String]] = switch what {
        case .routines:
            library.routines.map { [$0.id, $0.modality, "\($0.steps.count) steps", $0.title] }
        case .cases:
            library.cases.map { c in
                let flags = [c.examOnly ? "exam-only" : nil, c.status == .draft ? "draft" : nil].compactMap { $0 }
                return [c.id, c.priority.rawValue.uppercased(), c.routine, flags.joined(separator: ","), c.title]
            }
        case .scenarios:
            library.scenarios.map { [$0.id, $0.mode.rawValue, $0.isDefault ? "default" : "", $0.title] }
        }
        let widths = columnWidths(rows)   // once: per row it made `list` quadratic
        for row in rows { Output.line(table(row, widths: widths)) }
        if what == .cases, hidden > 0 {
            Output.line("(\(hidden) exam-only films not listed: --exam-films lists them, which gives the exam's answers away)")
        }
    }

    /// Each column as wide as its widest cell (the last column is not padded).
    private func columnWidths(_ rows: [[String]]) -> [Int] {
        guard let columns = rows.first?.count else { return [] }
        return (0..<columns).map { i in rows.map { $0[i].count }.max() ?? 0 }
    }

    private func table(_ row: [String], widths: [Int]) -> String {
        row.enumerated().map { i, cell in i == row.count - 1 ? cell : pad(cell, widths[i]) }.joined(separator: "  ")
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}

// JSON rows: at least `id`; cases also routine, priority, modality, title, exam_only, status.

struct RoutineRow: Encodable {
    var id, title, modality, order: String
    var steps: [String]
    init(_ r: Routine) {
        id = r.id; title = r.title; modality = r.modality; steps = r.steps.map(\.id)
        if case .groups = r.order { order = "groups" } else { order = "strict" }
    }
}

struct CaseRow: Encodable {
    var id, routine, priority, modality, exam, title, status: String
    var examOnly: Bool
    var findings: Int
    enum CodingKeys: String, CodingKey {
        case id, routine, priority, modality, exam, title, status, findings
        case examOnly = "exam_only"
    }
    init(_ c: Case) {
        id = c.id; routine = c.routine; priority = c.priority.rawValue; modality = c.modality; exam = c.exam
        title = c.title; status = c.status.rawValue; examOnly = c.examOnly; findings = c.findings.count
    }
}

struct ScenarioRow: Encodable {
    var id, title, mode: String
    var isDefault: Bool
    var cases: Int
    var timeLimit: Double?
    enum CodingKeys: String, CodingKey {
        case id, title, mode, cases
        case isDefault = "default"
        case timeLimit = "time_limit"
    }
    init(_ s: Scenario) {
        id = s.id; title = s.title; mode = s.mode.rawValue; isDefault = s.isDefault; timeLimit = s.timeLimit
        switch s.cases {
        case .fixed(let list): cases = list.count
        case .pool(_, let count, _): cases = count
        }
    }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(mode, forKey: .mode)
        try c.encode(isDefault, forKey: .isDefault)
        try c.encode(cases, forKey: .cases)
        try c.encode(timeLimit, forKey: .timeLimit)
    }
}
