import WorklistCore

/// The lists the screens show and the keys move through, computed from the state.
public enum Lists {
    /// Worklist rows: arrived cases not yet signed in arrival order, then signed ones in
    /// the order they were signed. Priority is shown, never used to sort: choosing is the
    /// trainee's job (Triage).
    public static func worklistRows(_ state: SessionState) -> [CaseSnapshot] {
        let arrived = state.arrivedCases
        let waiting = arrived.filter { state.progress($0.id)?.status != .signed }
        let signed = arrived.filter { state.progress($0.id)?.status == .signed }
            .sorted { (state.progress($0.id)?.signedAt ?? 0) < (state.progress($1.id)?.signedAt ?? 0) }
        return waiting + signed
    }

    /// Vocabulary terms matching the typed filter: label, id or alias; an alias typed in full
    /// comes first ("ptx" finds pneumothorax), then prefixes, then the rest in list order.
    public static func pickList(_ step: Step, filter: String) -> [Term] {
        let query = filter.lowercased().trimmingSpaces
        guard !query.isEmpty else { return step.terms }
        func rank(_ term: Term) -> Int? {
            let names = [term.label.lowercased(), term.id.lowercased()] + term.aliases.map { $0.lowercased() }
            if term.aliases.contains(where: { $0.lowercased() == query }) { return 0 }
            if names.contains(where: { $0.hasPrefix(query) }) { return 1 }
            if names.contains(where: { $0.split(separator: " ").contains { $0.hasPrefix(query) } }) { return 2 }
            if names.contains(where: { $0.contains(query) }) { return 3 }
            return nil
        }
        return step.terms.enumerated()
            .compactMap { index, term in rank(term).map { (rank: $0, index: index, term: term) } }
            .sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }
            .map(\.term)
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

    static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
