/// Which findings the standing marks found, and which marks are overcalls (PRODUCT.md §4,
/// Detection): a mark finds a finding by term (or `accept_terms`), side and step (or
/// `accept_at`); a bilateral finding is also found by its term marked both left and right,
/// and those two marks are then not overcalls.
struct Detection {
    let found: [Finding]
    let missed: [Finding]
    let overcalls: [(step: String, mark: Mark)]

    init(_ item: CaseSnapshot, marks: [(step: String, mark: Mark)]) {
        var pairedSides: [Int] = []   // indices of marks that find a bilateral finding as a pair
        var found: [Finding] = []
        for finding in item.findings {
            if marks.contains(where: { finding.matches(step: $0.step, term: $0.mark.term, side: $0.mark.side) }) {
                found.append(finding)
                continue
            }
            guard finding.side == .bilateral else { continue }
            let sided = { (side: Side) in
                marks.indices.first { i in finding.matches(step: marks[i].step, term: marks[i].mark.term, side: .bilateral)
                    && marks[i].mark.side == side }
            }
            if let left = sided(.left), let right = sided(.right) {
                found.append(finding)
                pairedSides += [left, right]
            }
        }
        self.found = found
        missed = item.findings.filter { finding in !found.contains { $0.id == finding.id } }
        overcalls = marks.indices.filter { i in
            !pairedSides.contains(i)
                && !item.findings.contains { $0.matches(step: marks[i].step, term: marks[i].mark.term, side: marks[i].mark.side) }
        }.map { marks[$0] }
    }

    func isFound(_ finding: Finding) -> Bool { found.contains { $0.id == finding.id } }
}

extension Finding {
    /// Whether a communication of (step, term, side) is about this finding: as marking
    /// matches, and for a bilateral finding also one side of it.
    func isCommunicated(step: String, term: String, side: Side?) -> Bool {
        if matches(step: step, term: term, side: side) { return true }
        return self.side == .bilateral && (side == .left || side == .right) && steps.contains(step) && terms.contains(term)
    }
}

/// The communications of one case, judged (PRODUCT.md §4, Communication): each finding of
/// category 1 or 2 scores 100 when first communicated within its category's window from
/// the first showing of one of its steps, 50 later, 0 never or when missed at signing;
/// −50 for each false alert (matching no finding), −25 for each unnecessary call (a
/// finding of category 3 or none); floored at 0. Repeating a communication neither earns
/// nor costs. Applies when the case has a finding of category 1 or 2, or anything was
/// communicated; with only unnecessary or false calls it is 0.
struct Communications {
    var reports: [CommunicationReport] = []
    var timings: [CallTiming] = []
    var falseAlerts: [Overcall] = []
    var score: Double?

    init(_ item: CaseSnapshot, facts: Replay.CaseFacts, routine: Routine, scenario: ScenarioSnapshot,
         isFound: (Finding) -> Bool) {
        let category: (Finding) -> ActionCategory? = { $0.actionCategory(in: routine) }
        let firstShown: (Finding) -> Double? = { finding in finding.steps.compactMap { facts.firstShownAt[$0] }.min() }
        var firstCall: [String: Double] = [:]
        var penalty: Double = 0
        var unnecessary: Set<String> = []   // findings already charged: a repeat costs nothing more
        for call in facts.communications {
            let finding = item.findings.first { $0.isCommunicated(step: call.step, term: call.mark.term, side: call.mark.side) }
            let verdict: CommunicationReport.Verdict
            let cat = finding.flatMap(category)
            if let finding, let cat, let window = CaseSnapshot.window(cat, scenario) {
                let delay = call.t - (firstShown(finding) ?? call.t)
                verdict = delay <= window ? .inTime : .late
                if firstCall[finding.id] == nil { firstCall[finding.id] = call.t }
            } else if let finding {
                verdict = .unnecessary
                if unnecessary.insert(finding.id).inserted { penalty += 25 }
            } else {
                verdict = .falseAlert
                penalty += 50
                falseAlerts.append(Overcall(step: call.step, term: call.mark.term, side: call.mark.side, grade: .understandableMinor))
            }
            reports.append(CommunicationReport(t: call.t, step: call.step, term: call.mark.term, side: call.mark.side,
                                               finding: finding?.id, category: cat, verdict: verdict))
        }
        let mustTell = item.findings.filter { category($0)?.mustBeCommunicated ?? false }
        timings = mustTell.map { finding in
            let delay = firstCall[finding.id].map { $0 - (firstShown(finding) ?? $0) }
            let window = CaseSnapshot.window(category(finding), scenario) ?? 0
            let points: Double = switch delay {
            case let delay? where isFound(finding): delay <= window ? 100 : 50
            default: 0
            }
            return CallTiming(finding: finding.id, delay: delay, score: points, category: category(finding), window: window)
        }
        guard !mustTell.isEmpty || !facts.communications.isEmpty else { return }
        guard !mustTell.isEmpty else {
            score = 0
            return
        }
        let mean = timings.reduce(0) { $0 + $1.score } / Double(timings.count)
        score = max(0, mean - penalty)
    }
}
