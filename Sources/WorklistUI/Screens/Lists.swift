import WorklistCore

/// The lists the screens show and the keys move through, computed from the state.
public enum Lists {
    /// Worklist rows: arrived cases not yet signed in arrival order, with the open call-back
    /// tasks among them by the instant each was left ("not read yet"), then signed cases in
    /// the order they were signed. Priority is shown, never used to sort: choosing is the
    /// trainee's job (Triage).
    public static func worklistRows(_ state: SessionState) -> [WorklistRow] {
        let arrived = state.arrivedCases
        // Waiting studies and requests in arrival order (studies first at the same instant),
        // call-back tasks among them by when they were left; done ones after, oldest first.
        let waiting = (arrived.filter { state.progress($0.id)?.status != .signed }.map { (WorklistRow.study($0), $0.arrives) }
            + state.arrivedRequests.filter { state.protocoled[$0.id] == nil }.map { (WorklistRow.request($0), $0.arrives) })
            .enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.map(\.element)
        let done = (arrived.filter { state.progress($0.id)?.status == .signed }
            .map { (WorklistRow.study($0), state.progress($0.id)?.signedAt ?? 0) }
            + state.arrivedRequests.compactMap { r in state.protocoled[r.id].map { (WorklistRow.request(r), $0.at) } })
            .enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.map(\.element.0)
        var tasks = state.openCallBacks[...]
        var rows: [WorklistRow] = []
        for (row, arrives) in waiting {
            while let task = tasks.first, task.since < arrives {
                rows.append(.callBack(task.call, since: task.since))
                tasks.removeFirst()
            }
            rows.append(row)
        }
        rows += tasks.map { .callBack($0.call, since: $0.since) }
        return rows + done
    }

    /// Vocabulary terms matching the typed filter: label, id or alias; an alias typed in full
    /// comes first ("ptx" finds pneumothorax), then prefixes, then the rest in list order.
    /// In an exam, "Film 7 of 30": the only name a film has until the exam ends (a case id
    /// or title could give the answer away). Nil outside an exam.
    public static func filmLabel(_ state: SessionState, _ id: String) -> String? {
        guard state.snapshot.scenario.mode == .exam,
              let index = state.snapshot.cases.firstIndex(where: { $0.id == id }) else { return nil }
        return "Film \(index + 1) of \(state.snapshot.cases.count)"
    }

    public static func pickList(_ step: Step, filter: String) -> [Term] {
        ranked(step.terms, filter: filter)
    }

    /// Every step's terms, each with its step, ranked as one list (the `/` pick list).
    public static func pickList(_ routine: Routine, filter: String) -> [(step: Step, term: Term)] {
        let items = routine.steps.flatMap { step in step.terms.map { (step: step, term: $0) } }
        let order = ranked(items.map(\.term), filter: filter, keeping: Array(items.indices))
        return order.map { items[$0] }
    }

    /// Terms matching `filter`: an exact alias first, then a name that starts with it, a
    /// word that does, and a name that contains it; list order within each.
    static func ranked(_ terms: [Term], filter: String) -> [Term] {
        ranked(terms, filter: filter, keeping: Array(terms.indices)).map { terms[$0] }
    }

    /// The indices of `terms` in ranked order.
    static func ranked(_ terms: [Term], filter: String, keeping indices: [Int]) -> [Int] {
        let query = filter.lowercased().trimmingSpaces
        guard !query.isEmpty else { return indices }
        func rank(_ term: Term) -> Int? {
            let names = [term.label.lowercased(), term.id.lowercased()] + term.aliases.map { $0.lowercased() }
            if term.aliases.contains(where: { $0.lowercased() == query }) { return 0 }
            if names.contains(where: { $0.hasPrefix(query) }) { return 1 }
            if names.contains(where: { $0.split(separator: " ").contains { $0.hasPrefix(query) } }) { return 2 }
            if names.contains(where: { $0.contains(query) }) { return 3 }
            return nil
        }
        return terms.enumerated()
            .compactMap { index, term in rank(term).map { (rank: $0, index: index) } }
            .sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }
            .map(\.index)
    }

    public struct MarkItem: Equatable, Sendable {
        public var step: String
        public var mark: Mark
        public var critical: Bool
    }

    /// The marks standing on the case, in routine order; for calling through, those not yet
    /// communicated, critical ones first.
    public static func marks(_ state: SessionState, caseID: String, routine: Routine,
                             purpose: UIState.ChooserPurpose) -> [MarkItem] {
        guard let progress = state.progress(caseID) else { return [] }
        var items: [MarkItem] = []
        for step in routine.steps {
            let marks = (progress.decisions[step.id]?.marks ?? []).sorted { a, b in
                let ia = step.terms.firstIndex { $0.id == a.term } ?? Int.max
                let ib = step.terms.firstIndex { $0.id == b.term } ?? Int.max
                return ia != ib ? ia < ib : (a.side?.rawValue ?? "") < (b.side?.rawValue ?? "")
            }
            for mark in marks {
                items.append(MarkItem(step: step.id, mark: mark, critical: step.term(mark.term)?.critical ?? false))
            }
        }
        guard purpose == .communicate else { return items }
        let open = items.filter { !progress.isCommunicated(step: $0.step, mark: $0.mark) }
        return open.filter(\.critical) + open.filter { !$0.critical }
    }

    /// The answers a call offers: the scenario's in an order fixed by the call's id (so the
    /// right one is not always first, yet the same every time), then "not read yet".
    public static func answers(_ call: Interruption) -> [Answer] {
        var rng = SeededGenerator(seed: fnv1a(call.id))
        return call.answers.shuffled(using: &rng)
            + [Answer(id: Interruption.notReadYetID, text: Interruption.notReadYetText, correct: false)]
    }

    static func fnv1a(_ text: String) -> UInt64 { FNV1a.hash(text.utf8) }
}

/// One row of the worklist: a study, or a call-back task — a row kind of its own, never a
/// pretend case: it has no priority, status or turnaround, and opening it shows its call.
public enum WorklistRow: Equatable, Sendable {
    case study(CaseSnapshot)
    /// A call answered "not read yet — I will call back", and when that was said.
    case callBack(Interruption, since: Double)
    /// A protocoling request (issue 17): a row kind of its own, with a priority and a wait.
    case request(RequestSnapshot)

    /// What the selection remembers: stable while rows arrive and go.
    public enum ID: Hashable, Sendable {
        case study(String)
        case callBack(String)
        case request(String)
    }

    public var id: ID {
        switch self {
        case .study(let item): .study(item.id)
        case .callBack(let call, _): .callBack(call.id)
        case .request(let request): .request(request.id)
        }
    }

    /// The study of a study row.
    public var study: CaseSnapshot? { if case .study(let item) = self { item } else { nil } }

    /// The engine's action for Enter (or a second click) on the row.
    var openAction: Action {
        switch self {
        case .study(let item): .open(item.id)
        case .callBack(let call, _): .callBack(call.id)
        case .request(let request): .openRequest(request.id)
        }
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
