import WorklistCore

/// Rules over the whole library: unique ids per kind, and the default scenarios.
struct LibraryRules {
    let log: DiagnosticLog

    /// Keeps the first item of each id and reports the later ones.
    func firstOfEach<T>(_ items: [T], kind: String, id: (T) -> String, at: (T) -> SourceLocation) -> [T] {
        var seen: [String: SourceLocation] = [:]
        var kept: [T] = []
        for item in items {
            if let first = seen[id(item)] {
                log.error("duplicate \(kind) id \(Wording.quote(id(item))) (first defined at \(first)); "
                          + "ids must be unique across the library", at: at(item))
                continue
            }
            seen[id(item)] = at(item)
            kept.append(item)
        }
        return kept
    }

    /// Exactly one default shift and at most one default exam.
    func checkDefaults(_ scenarios: [ScenarioDraft], libraryPath: String) {
        let shifts = scenarios.filter { $0.mode == .shift && $0.isDefault?.value == true }
        let exams = scenarios.filter { $0.mode == .exam && $0.isDefault?.value == true }
        if shifts.isEmpty {
            log.error("the library has no default shift; mark one shift scenario with default: true "
                      + "(it is what `worklist` starts)", at: SourceLocation(file: libraryPath, line: 1, column: 1))
        }
        reportSeveral(shifts, what: "default shift", rule: "exactly one")
        reportSeveral(exams, what: "default exam", rule: "at most one")
    }

    private func reportSeveral(_ scenarios: [ScenarioDraft], what: String, rule: String) {
        guard scenarios.count > 1 else { return }
        let ids = scenarios.map { Wording.quote($0.value.id) }.joined(separator: ", ")
        for s in scenarios {
            log.error("more than one \(what) (\(ids)); a library has \(rule): keep default: true on one of them",
                      at: s.isDefault?.at ?? s.at)
        }
    }
}
