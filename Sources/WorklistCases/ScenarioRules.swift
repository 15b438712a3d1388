import WorklistCore

/// Checks a scenario against the cases it names: they exist, exam-only cases stay out of
/// shifts, interruptions fit their case, and a default shift starts busy.
struct ScenarioRules {
    let log: DiagnosticLog

    func check(_ s: ScenarioDraft, cases: [String: CaseDraft], routines: [String: RoutineDraft]) {
        let known = cases.keys.sorted()
        let refs = s.fixed?.map(\.ref) ?? s.pool ?? []
        for ref in refs {
            guard let c = cases[ref.value]?.value else {
                log.error(Wording.unknown("case", ref.value, candidates: known, listLabel: "cases"), at: ref.at)
                continue
            }
            if s.mode == .shift, c.examOnly {
                log.error("case \(Wording.quote(c.id)) is exam-only (exam_only: true) and cannot be in a shift; "
                          + "remove it here or use it in an exam", at: ref.at)
            }
        }
        for call in s.interruptions { checkInterruption(call, s, cases: cases, routines: routines) }
        if s.mode == .shift, s.isDefault?.value == true { checkDefaultShiftStart(s, cases: cases) }
    }

    private func checkInterruption(_ call: InterruptionDraft, _ s: ScenarioDraft, cases: [String: CaseDraft],
                                   routines: [String: RoutineDraft]) {
        let ref = call.caseRef
        guard let c = cases[ref.value]?.value else {
            log.error(Wording.unknown("case", ref.value, scope: " in \(call.label)", candidates: cases.keys.sorted(),
                                      listLabel: "cases"), at: ref.at)
            return
        }
        checkUnlessCommunicated(call, c)
        // Interruptions exist only with a fixed list (a pool is reported by the decoder).
        guard let fixed = s.fixed else { return }
        guard let slot = fixed.first(where: { $0.ref.value == ref.value }) else {
            log.error("case \(Wording.quote(ref.value)) of \(call.label) is not in the cases of \(s.label); add it "
                      + "there or call about another case \(Wording.listing("cases", fixed.map(\.ref.value)))",
                      at: ref.at)
            return
        }
        if call.at.value < slot.arrives {
            log.error("\(call.label) comes at \(Wording.seconds(call.at.value)), before its case "
                      + "\(Wording.quote(ref.value)) arrives at \(Wording.seconds(slot.arrives)); "
                      + "set at: \(Wording.number(slot.arrives)) or later", at: call.at.at)
        }
        guard let routine = routines[c.routine]?.routine else { return }
        let steps = routine.steps.map(\.id)
        for step in call.steps where !steps.contains(step.value) {
            log.error(Wording.unknown("step", step.value,
                                      scope: " in routine \(Wording.quote(routine.id)) of case \(Wording.quote(c.id))",
                                      candidates: steps, listLabel: "steps"), at: step.at)
        }
    }

    /// `unless_communicated` names findings of the interruption's own case.
    private func checkUnlessCommunicated(_ call: InterruptionDraft, _ c: Case) {
        let ids = c.findings.map(\.id)
        for ref in call.unlessCommunicated where !ids.contains(ref.value) {
            let scope = " in unless_communicated of \(call.label): case \(Wording.quote(c.id))"
                + (ids.isEmpty ? " is normal, with nothing to communicate; remove unless_communicated"
                               : " has no such finding")
            log.error(Wording.unknown("finding", ref.value, scope: scope, candidates: ids, listLabel: "findings"),
                      at: ref.at)
        }
    }

    /// A default shift starts with at least three cases waiting, one of them stat, so the
    /// first screen already asks for triage.
    private func checkDefaultShiftStart(_ s: ScenarioDraft, cases: [String: CaseDraft]) {
        guard let at = s.casesAt else { return }
        let rule = "default shift \(Wording.quote(s.value.id)) must start with at least three cases arriving at 0, "
            + "one of them stat"
        if let fixed = s.fixed {
            let first = fixed.filter { $0.arrives == 0 }.compactMap { cases[$0.ref.value]?.value }
            let stat = first.contains { $0.priority == .stat }
            if first.count < 3 || !stat {
                log.error("\(rule); it has \(first.count) at 0, \(stat ? "one" : "none") of them stat", at: at)
            }
        } else if let pool = s.pool, let count = s.count {
            // Drawn by the seed: every draw must satisfy the rule.
            let nonStat = pool.filter { cases[$0.value].map { $0.value.priority != .stat } ?? true }.count
            if s.arriveEvery != 0 || count < 3 || nonStat >= count {
                log.error("\(rule); from a pool that needs arrive_every: 0, count of at least 3 and fewer "
                          + "non-stat cases in the pool than count (here \(nonStat) of \(pool.count) are not stat)",
                          at: at)
            }
        }
    }
}
