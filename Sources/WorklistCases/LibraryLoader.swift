import WorklistCore

/// Loads a library of routines, cases and scenarios from YAML, checking every rule of
/// docs/case-format.md and reporting each problem at its file, line and column.
public enum LibraryLoader {
    private enum Kind: String, CaseIterable { case routine, `case`, scenario }

    /// Pure entry: decode and check `files` (in the order given; the first of two equal ids
    /// wins). With `wholeLibrary`, the library-wide rules apply too (one default shift, at
    /// most one default exam); a missing default shift is reported at `libraryPath`:1:1.
    /// With `lint`, text that looks like a patient identifier is warned about (`validate`
    /// and the tests of the shipped library); without, those warnings are not computed.
    public static func load(files: [SourceFile], wholeLibrary: Bool = false,
                            libraryPath: String = "Cases", lint: Bool = false) -> LoadedLibrary {
        let log = DiagnosticLog()
        let reader = NodeReader(log: log)
        let lint = lint ? IdentifierLint() : nil
        var routines: [(draft: RoutineDraft, complete: Bool)] = []
        var cases: [(draft: CaseDraft, complete: Bool)] = []
        var scenarios: [(draft: ScenarioDraft, complete: Bool)] = []

        for file in files {
            guard let root = YAMLTree.parse(file, log: log), let (kind, view) = object(root, reader: reader) else {
                continue
            }
            // An item is complete when its own decoding found no error.
            let errorsBefore = log.errorCount
            func complete() -> Bool { log.errorCount == errorsBefore }
            switch kind {
            case .routine:
                if let d = RoutineDecoder(reader: reader).decode(view) { routines.append((d, complete())) }
            case .case:
                if let d = CaseDecoder(reader: reader, lint: lint).decode(view) { cases.append((d, complete())) }
            case .scenario:
                if let d = ScenarioDecoder(reader: reader, lint: lint).decode(view) {
                    scenarios.append((d, complete()))
                }
            }
        }

        let rules = LibraryRules(log: log)
        let keptRoutines = rules.firstOfEach(routines, kind: "routine", id: { $0.draft.routine.id }, at: { $0.draft.at })
        let keptCases = rules.firstOfEach(cases, kind: "case", id: { $0.draft.value.id }, at: { $0.draft.at })
        let keptScenarios = rules.firstOfEach(scenarios, kind: "scenario", id: { $0.draft.value.id },
                                              at: { $0.draft.at })
        let routineByID = Dictionary(uniqueKeysWithValues: keptRoutines.map { ($0.draft.routine.id, $0.draft) })
        let caseByID = Dictionary(uniqueKeysWithValues: keptCases.map { ($0.draft.value.id, $0.draft) })

        // Duplicates are still checked, so every problem in them shows at once.
        for c in cases { CaseRules(log: log).check(c.draft, routines: routineByID) }
        for s in scenarios { ScenarioRules(log: log).check(s.draft, cases: caseByID, routines: routineByID) }
        if wholeLibrary { rules.checkDefaults(keptScenarios.map(\.draft), libraryPath: libraryPath) }

        var library = Library()
        var locations: [LibraryItem: SourceLocation] = [:]
        for r in keptRoutines where r.complete {
            library.routines.append(r.draft.routine)
            locations[.routine(r.draft.routine.id)] = r.draft.at
            for (step, at) in r.draft.stepAt { locations[.step(routine: r.draft.routine.id, step: step)] = at }
            for (step, terms) in r.draft.termAt {
                for (term, at) in terms { locations[.term(routine: r.draft.routine.id, step: step, term: term)] = at }
            }
        }
        var loadedCases: [Case] = []
        for c in keptCases where c.complete {
            loadedCases.append(c.draft.value)
            locations[.case(c.draft.value.id)] = c.draft.at
            for f in c.draft.findings { locations[.finding(case: c.draft.value.id, finding: f.id.value)] = f.id.at }
        }
        library.cases = loadedCases   // once: appending through the shelf would copy every time
        for s in keptScenarios where s.complete {
            library.scenarios.append(s.draft.value)
            locations[.scenario(s.draft.value.id)] = s.draft.at
            for i in s.draft.interruptions {
                locations[.interruption(scenario: s.draft.value.id, interruption: i.id.value)] = i.id.at
            }
        }
        return LoadedLibrary(library: library, diagnostics: log.sorted(), files: files.map(\.path),
                             locations: locations)
    }

    /// The file's one object: a mapping whose `kind` says what it is, with its keys checked.
    private static func object(_ root: YNode, reader: NodeReader) -> (Kind, MappingView)? {
        let log = reader.log
        let kinds = Kind.allCases.map(\.rawValue)
        guard case .mapping(let entries) = root.kind else {
            log.error("expected a mapping starting with kind: \(Wording.alternatives(kinds)), found \(root.found)",
                      at: root.at)
            return nil
        }
        guard let entry = entries.first(where: { $0.key == "kind" }) else {
            log.error("missing required key \"kind\"; start the file with kind: \(Wording.alternatives(kinds))",
                      at: root.at)
            return nil
        }
        guard let kind = reader.choice(entry.value, key: "kind", Kind.self)?.value else { return nil }
        let keys: [String]
        switch kind {
        case .routine: keys = RoutineDecoder.keys
        case .case: keys = CaseDecoder.keys
        case .scenario: keys = ScenarioDecoder.keys
        }
        guard let view = reader.mapping(root, key: "kind", noun: kind.rawValue, keys: keys) else { return nil }
        return (kind, view)
    }
}
