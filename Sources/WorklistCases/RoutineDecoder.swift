import WorklistCore

/// A routine as read, with the places later messages point at.
struct RoutineDraft {
    var routine: Routine
    var at: SourceLocation
    var stepAt: [String: SourceLocation]
    /// step id → term id → where the term is defined.
    var termAt: [String: [String: SourceLocation]]
}

/// Reads `kind: routine` files. Every rule that needs only the routine itself is checked
/// here (ids, groups); cases are checked against it later.
struct RoutineDecoder {
    let reader: NodeReader
    var log: DiagnosticLog { reader.log }

    static let keys = ["kind", "id", "title", "modality", "order", "order_weight", "steps", "groups"]
    static let stepKeys = ["id", "label", "hint", "terms"]
    static let termKeys = ["id", "label", "aliases", "category", "critical", "lateral"]
    static let groupKeys = ["id", "label", "steps"]

    private enum OrderKind: String, CaseIterable { case strict, groups }

    /// Nil only when there is no usable id; a routine with other errors is still returned so
    /// cases that use it are checked against it instead of reporting it unknown.
    func decode(_ m: MappingView) -> RoutineDraft? {
        let id = m.id("id")
        let title = m.text("title")
        let modality = m.optionalText("modality")
        let order = m.optionalChoice("order", OrderKind.self)
        var weight = Routine.defaultOrderWeight
        // 0–100: the other axes weigh 70 together, so 100 already makes order dominate.
        if let w = m.optionalNumber("order_weight", in: 0...100) { weight = w.value }
        let name = id.map { "routine \(Wording.quote($0.value))" } ?? "this routine"

        var steps: [Step] = []
        var stepAt: [String: SourceLocation] = [:]
        var termAt: [String: [String: SourceLocation]] = [:]
        if let list = m.list("steps") {
            if list.isEmpty, let at = m.keyAt("steps") {
                log.error("steps is empty; a routine needs at least one step", at: at)
            }
            for (index, node) in list.enumerated() {
                guard let (step, at, terms) = decodeStep(node, index: index, routine: name) else { continue }
                if let first = stepAt[step.id] {
                    log.error("duplicate step id \(Wording.quote(step.id)) in \(name) (first at line \(first.line))", at: at)
                    continue
                }
                stepAt[step.id] = at
                termAt[step.id] = terms
                steps.append(step)
            }
        }

        var protocolOrder = ProtocolOrder.strict
        if order?.value == .groups {
            if let list = m.list("groups") {
                protocolOrder = .groups(decodeGroups(list, steps: steps, stepAt: stepAt, routine: name))
            }
        } else if let at = m.keyAt("groups"), order != nil || !m.has("order") {
            // (an unreadable order was reported already; do not pile a second error on it)
            log.error("groups are only used with order: groups; add order: groups or remove groups", at: at)
        }

        guard let id else { return nil }
        let routine = Routine(id: id.value, title: title?.value ?? id.value, modality: modality?.value ?? "",
                              steps: steps, order: protocolOrder, orderWeight: weight)
        return RoutineDraft(routine: routine, at: id.at, stepAt: stepAt, termAt: termAt)
    }

    private func decodeStep(_ node: YNode, index: Int, routine: String)
        -> (Step, SourceLocation, [String: SourceLocation])? {
        guard let m = reader.mapping(node, key: "steps", noun: "step", index: index, keys: Self.stepKeys) else {
            return nil
        }
        let id = m.id("id")
        let label = m.text("label")
        let hint = m.optionalText("hint")
        var terms: [Term] = []
        var termAt: [String: SourceLocation] = [:]
        for (termIndex, termNode) in m.optionalList("terms").enumerated() {
            guard let (term, at) = decodeTerm(termNode, index: termIndex) else { continue }
            if let first = termAt[term.id] {
                let step = id.map { " in step \(Wording.quote($0.value))" } ?? ""
                log.error("duplicate term id \(Wording.quote(term.id))\(step) (first at line \(first.line))", at: at)
                continue
            }
            termAt[term.id] = at
            terms.append(term)
        }
        guard let id else { return nil }
        if let hint, hint.value.contains("\n") {
            log.error("hint must be one line (it is shown under the step in drill mode)", at: hint.at)
        }
        let step = Step(id: id.value, label: label?.value ?? id.value, hint: hint?.value, terms: terms)
        return (step, id.at, termAt)
    }

    private func decodeTerm(_ node: YNode, index: Int) -> (Term, SourceLocation)? {
        guard let m = reader.mapping(node, key: "terms", noun: "term", index: index, keys: Self.termKeys) else {
            return nil
        }
        let id = m.id("id")
        let label = m.text("label")
        let aliases = m.texts("aliases").map(\.value)
        let category = m.optionalCategory("category")
        let critical = m.optionalBool("critical")
        let lateral = m.optionalBool("lateral")?.value ?? false
        if let category, let critical, critical.value != (category.value == .one) {
            checkAgreement(critical: critical, category: category, term: m.label)
        }
        guard let id else { return nil }
        // `critical: true` is the version-1 spelling of category 1; `category` wins.
        let resolved = category?.value ?? (critical?.value == true ? .one : nil)
        let term = Term(id: id.value, label: label?.value ?? id.value, aliases: aliases, lateral: lateral,
                        category: resolved)
        return (term, id.at)
    }

    /// `critical: true` means category 1 and `critical: false` not 1: anything else is a
    /// contradiction the author must resolve, at the `critical` value.
    private func checkAgreement(critical: Located<Bool>, category: Located<ActionCategory>, term: String) {
        let meaning = critical.value ? "category 1" : "not category 1"
        log.error("critical: \(critical.value) and category: \(category.value.rawValue) disagree in \(term) "
                  + "(critical: \(critical.value) means \(meaning)); keep category and remove critical",
                  at: critical.at)
    }

    /// Every step in exactly one group.
    private func decodeGroups(_ list: [YNode], steps: [Step], stepAt: [String: SourceLocation], routine: String)
        -> [StepGroup] {
        var groups: [StepGroup] = []
        var groupAt: [String: SourceLocation] = [:]
        var owner: [String: String] = [:]  // step id → group id
        let stepIDs = steps.map(\.id)
        for (index, node) in list.enumerated() {
            guard let m = reader.mapping(node, key: "groups", noun: "group", index: index, keys: Self.groupKeys) else {
                continue
            }
            let id = m.id("id")
            let label = m.text("label")
            let members = m.list("steps")
            let groupName = id.map { "group \(Wording.quote($0.value))" } ?? "group \(index + 1)"
            var kept: [String] = []
            if let members {
                if members.isEmpty, let at = m.keyAt("steps") {
                    log.error("steps of \(groupName) is empty; list at least one step", at: at)
                }
                for member in members.compactMap({ reader.word($0, key: "steps") }) {
                    let step = member.value
                    guard stepIDs.contains(step) else {
                        log.error(Wording.unknown("step", step, scope: " in \(groupName)", candidates: stepIDs,
                                                  listLabel: "steps"), at: member.at)
                        continue
                    }
                    if kept.contains(step) {
                        log.error("step \(Wording.quote(step)) is listed twice in \(groupName)", at: member.at)
                        continue
                    }
                    if let other = owner[step] {
                        log.error("step \(Wording.quote(step)) is already in group \(Wording.quote(other)); "
                                  + "every step belongs to exactly one group", at: member.at)
                        continue
                    }
                    if let id { owner[step] = id.value }
                    kept.append(step)
                }
            }
            guard let id else { continue }
            if let first = groupAt[id.value] {
                log.error("duplicate group id \(Wording.quote(id.value)) in \(routine) (first at line \(first.line))",
                          at: id.at)
                continue
            }
            groupAt[id.value] = id.at
            groups.append(StepGroup(id: id.value, label: label?.value ?? id.value, steps: kept))
        }
        for step in steps where owner[step.id] == nil {
            guard let at = stepAt[step.id] else { continue }
            log.error("step \(Wording.quote(step.id)) is in no group; add it to one of the groups "
                      + Wording.listing("groups", groups.map(\.id)), at: at)
        }
        return groups
    }
}
