/// Scoring version 1 (PRODUCT.md §4; formulas and a worked example in docs/scoring.md).
/// A pure function of the journal: the same journal always gives the same report.
public enum Scoring {
    public static let version = 1

    public static func report(_ journal: Journal) -> SessionReport {
        let replay = Replay(journal)
        let snapshot = journal.header.snapshot
        let cases = snapshot.cases.map { item in
            caseReport(item, replay.facts(item.id), snapshot: snapshot, endTime: replay.endTime)
        }

        let triage = replay.triageChoices > 0
            ? 100 * (1 - Double(replay.triageInversions) / Double(replay.triageChoices)) : nil
        let turnaround = turnaroundScore(snapshot, replay, cases)
        let timeManagement: Double? = switch (triage, turnaround) {
        case let (t?, r?): (t + r) / 2
        case (nil, let r): r
        case (let t?, nil): t
        }
        let interruptions = interruptionScore(snapshot, replay)

        return SessionReport(
            scoringVersion: version,
            journalVersion: journal.header.journalVersion,
            session: journal.header.session,
            mode: snapshot.scenario.mode,
            scenario: snapshot.scenario.id,
            trainee: journal.header.trainee,
            client: journal.header.client,
            finished: replay.finished,
            sessionScore: sessionScore(snapshot.scenario.mode, cases, timeManagement, interruptions),
            timeManagement: timeManagement,
            triage: triage,
            turnaround: turnaround,
            interruptions: interruptions,
            sensitivity: sensitivity(snapshot, cases),
            specificity: specificity(snapshot, cases),
            pauseSeconds: replay.pauseSeconds,
            cases: cases
        )
    }

    // MARK: - Per case

    static func caseReport(_ item: CaseSnapshot, _ facts: Replay.CaseFacts?, snapshot: ContentSnapshot,
                           endTime: Double) -> CaseReport {
        let routine = snapshot.routine(item.routine)
        let stepIDs = item.steps.map(\.id)
        guard let facts, facts.opened, let routine else { return unopened(item) }

        let readDecided = stepIDs.filter { facts.isReadDecided($0) }
        let decided = stepIDs.filter { facts.decisions[$0] != nil }
        let coverage = stepIDs.isEmpty ? 0 : 100 * Double(readDecided.count) / Double(stepIDs.count)
        let inDecisionOrder = readDecided.sorted { facts.firstDecisionSeq[$0, default: 0] < facts.firstDecisionSeq[$1, default: 0] }
        let (pairs, slips) = orderPairs(inDecisionOrder, routine: routine)
        let order = pairs == 0 ? 100 : 100 * (1 - Double(slips.count) / Double(pairs))

        // Detection, on the marks standing at signing (or at the end).
        let marks: [(step: String, mark: Mark)] = stepIDs.flatMap { step in
            (facts.decisions[step]?.marks ?? []).map { (step, $0) }
        }
        let isFound: (Finding) -> Bool = { finding in
            marks.contains { finding.matches(step: $0.step, term: $0.mark.term, side: $0.mark.side) }
        }
        let missedFindings = item.findings.filter { !isFound($0) }
        let overcallMarks = marks.filter { mark in
            !item.findings.contains { $0.matches(step: mark.step, term: mark.mark.term, side: mark.mark.side) }
        }
        let isCriticalTerm: (String, String) -> Bool = { step, term in
            routine.step(step)?.term(term)?.critical ?? false
        }
        let totalWeight = item.findings.reduce(0) { $0 + $1.severity.weight }
        let missedWeight = missedFindings.reduce(0) { $0 + $1.severity.weight }
        let overcallWeight = overcallMarks.reduce(0.0) { $0 + (isCriticalTerm($1.step, $1.mark.term) ? 2 : 0.5) }
        let detection = 100 * max(0, 1 - (missedWeight + overcallWeight) / max(totalWeight, 2))

        let missed = missedFindings.map {
            MissedFinding(finding: $0.id, step: $0.step, term: $0.term, grade: missGrade($0))
        }
        let overcalls = sortedOvercalls(overcallMarks, routine: routine).map {
            Overcall(step: $0.step, term: $0.mark.term, side: $0.mark.side,
                     grade: isCriticalTerm($0.step, $0.mark.term) ? .understandableSignificant : .understandableMinor)
        }
        let grade = (missed.map(\.grade) + overcalls.map(\.grade)).max { $0.severityRank < $1.severityRank } ?? .concur

        // Each critical finding scores 100 called within the window from the first showing of
        // one of its steps, 50 later, 0 never or when missed at signing.
        let window = snapshot.scenario.communicationWindow
        let calls = item.findings.filter { $0.severity == .critical }.map { finding -> CallTiming in
            let call = facts.communications.first { finding.matches(step: $0.step, term: $0.mark.term, side: $0.mark.side) }
            let firstShown = finding.steps.compactMap { facts.firstShownAt[$0] }.min()
            let delay = call.map { $0.t - (firstShown ?? $0.t) }
            let score: Double = switch delay {
            case let delay? where isFound(finding): delay <= window ? 100 : 50
            default: 0
            }
            return CallTiming(finding: finding.id, delay: delay, score: score)
        }
        let falseAlerts = facts.communications.filter { call in
            !item.findings.contains { $0.severity == .critical && $0.matches(step: call.step, term: call.mark.term, side: call.mark.side) }
        }.map { Overcall(step: $0.step, term: $0.mark.term, side: $0.mark.side, grade: .understandableMinor) }
        let communication = communicationScore(calls: calls, falseAlerts: falseAlerts.count,
                                               communicated: !facts.communications.isEmpty)
        let time = timeScore(read: facts.readSeconds, target: item.targetSeconds)
        let score = caseScore(coverage: coverage, detection: detection, communication: communication,
                              time: time, order: order, orderWeight: routine.orderWeight)

        return CaseReport(
            id: item.id, status: facts.isSigned ? .signed : .open, readSeconds: facts.readSeconds,
            time: time, coverage: coverage, order: order, detection: detection, communication: communication,
            score: score, grade: grade, keystrokes: facts.keys, missed: missed, overcalls: overcalls,
            unreadSteps: decided.filter { !readDecided.contains($0) },
            skippedSteps: stepIDs.filter { facts.decisions[$0] == nil },
            found: item.findings.filter(isFound).map(\.id),
            orderSlips: slips, calls: calls, falseAlerts: falseAlerts,
            decisions: facts.decisions, impression: facts.impression
        )
    }

    static func unopened(_ item: CaseSnapshot) -> CaseReport {
        CaseReport(id: item.id, status: .unopened, readSeconds: 0, time: 0, coverage: 0, order: 0, detection: 0,
                   communication: item.hasCriticalFinding ? 0 : nil, score: 0, grade: .notAttempted, keystrokes: 0,
                   missed: [], overcalls: [], unreadSteps: [], skippedSteps: item.steps.map(\.id), found: [])
    }

    /// 100 at or under target, falling linearly to 0 at three times the target.
    public static func timeScore(read: Double, target: Double) -> Double {
        guard target > 0 else { return read <= 0 ? 100 : 0 }
        if read <= target { return 100 }
        return max(0, 100 * (3 * target - read) / (2 * target))
    }

    /// 100 × (1 − inversions / comparable pairs) over steps in the order first decided.
    static func orderScore(_ steps: [String], routine: Routine) -> Double {
        let (pairs, slips) = orderPairs(steps, routine: routine)
        return pairs == 0 ? 100 : 100 * (1 - Double(slips.count) / Double(pairs))
    }

    /// The comparable pairs, and those decided against the protocol order.
    static func orderPairs(_ steps: [String], routine: Routine) -> (pairs: Int, slips: [OrderSlip]) {
        let rank: (String) -> Int?
        switch routine.order {
        case .strict:
            rank = { routine.stepIndex($0) }
        case .groups(let groups):
            rank = { step in groups.firstIndex { $0.steps.contains(step) } }
        }
        var pairs = 0
        var slips: [OrderSlip] = []
        for i in steps.indices {
            for j in steps.indices where j > i {
                guard let a = rank(steps[i]), let b = rank(steps[j]), a != b else { continue }
                pairs += 1
                if a > b { slips.append(OrderSlip(decidedFirst: steps[i], decidedLater: steps[j])) }
            }
        }
        return (pairs, slips)
    }

    static func missGrade(_ finding: Finding) -> Grade {
        switch (finding.conspicuity, finding.severity.isSignificant) {
        case (.obvious, true): .shouldMakeSignificant
        case (.obvious, false): .shouldMakeMinor
        case (.subtle, true): .understandableSignificant
        case (.subtle, false): .understandableMinor
        }
    }

    /// Routine step order, then vocabulary order of the term, then side (none, left, right, bilateral).
    static func sortedOvercalls(_ marks: [(step: String, mark: Mark)], routine: Routine) -> [(step: String, mark: Mark)] {
        func key(_ m: (step: String, mark: Mark)) -> (Int, Int, String, Int) {
            let stepIndex = routine.stepIndex(m.step) ?? Int.max
            let termIndex = routine.step(m.step)?.terms.firstIndex { $0.id == m.mark.term } ?? Int.max
            let sideIndex = m.mark.side.flatMap { Side.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            return (stepIndex, termIndex, m.mark.term, sideIndex)
        }
        return marks.sorted { key($0) < key($1) }
    }

    /// Null unless the case has a critical finding or the trainee communicated on it; the
    /// mean of the critical findings' call scores, less 50 per false alert, floored at 0.
    static func communicationScore(calls: [CallTiming], falseAlerts: Int, communicated: Bool) -> Double? {
        guard !calls.isEmpty || communicated else { return nil }
        guard !calls.isEmpty else { return 0 }
        let mean = calls.reduce(0) { $0 + $1.score } / Double(calls.count)
        return max(0, mean - 50 * Double(falseAlerts))
    }

    /// Coverage / 100 × (55 D + 20 K + (15 T + O_w · O) × D / 100) / (90 + O_w); without K, its 20 leaves both sums.
    public static func caseScore(coverage: Double, detection: Double, communication: Double?, time: Double,
                                 order: Double, orderWeight: Double) -> Double {
        let speedAndOrder = (15 * time + orderWeight * order) * detection / 100
        if let communication {
            return coverage / 100 * (55 * detection + 20 * communication + speedAndOrder) / (90 + orderWeight)
        }
        return coverage / 100 * (55 * detection + speedAndOrder) / (70 + orderWeight)
    }

    // MARK: - Per session

    /// Share of all the scenario's cases signed within their priority's target, with full coverage.
    static func turnaroundScore(_ snapshot: ContentSnapshot, _ replay: Replay, _ reports: [CaseReport]) -> Double? {
        guard !snapshot.cases.isEmpty else { return nil }
        let onTime = zip(snapshot.cases, reports).filter { item, report in
            guard report.coverage >= 100, let signedAt = replay.facts(item.id)?.signedAt else { return false }
            guard let target = snapshot.scenario.turnaround.target(for: item.priority) else { return true }
            return signedAt - item.arrives <= target
        }.count
        return 100 * Double(onTime) / Double(snapshot.cases.count)
    }

    static func interruptionScore(_ snapshot: ContentSnapshot, _ replay: Replay) -> Double? {
        let shown = snapshot.scenario.interruptions.filter { replay.interruptionFirstShown[$0.id] != nil }
        guard !shown.isEmpty else { return nil }
        let scores = shown.map { call -> Double in
            guard let answered = replay.interruptionAnswers[call.id],
                  let first = replay.interruptionFirstShown[call.id] else { return 0 }
            let base: Double = answered.correct ? 100 : 0
            let late: Double = answered.t - first > 30 ? 25 : 0
            return max(0, base - late)
        }
        return scores.reduce(0, +) / Double(scores.count)
    }

    static func sessionScore(_ mode: Mode, _ cases: [CaseReport], _ timeManagement: Double?,
                             _ interruptions: Double?) -> Double {
        func mean(_ xs: [Double]) -> Double { xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count) }
        switch mode {
        case .exam:
            return mean(cases.map(\.score))
        case .drill:
            return mean(cases.filter { $0.status != .unopened }.map(\.score))
        case .shift:
            let caseMean = mean(cases.map(\.score))
            guard let timeManagement else { return caseMean }
            guard let interruptions else { return (70 * caseMean + 20 * timeManagement) / 90 }
            return 0.7 * caseMean + 0.2 * timeManagement + 0.1 * interruptions
        }
    }

    /// Share of cases with a critical or major finding in which all such findings were found.
    static func sensitivity(_ snapshot: ContentSnapshot, _ reports: [CaseReport]) -> Double? {
        let relevant = zip(snapshot.cases, reports).filter { item, _ in item.findings.contains { $0.severity.isSignificant } }
        guard !relevant.isEmpty else { return nil }
        let allFound = relevant.filter { item, report in
            item.findings.filter { $0.severity.isSignificant }.allSatisfy { report.found.contains($0.id) }
        }.count
        return 100 * Double(allFound) / Double(relevant.count)
    }

    /// Share of cases with no finding at all that were signed with no overcall.
    static func specificity(_ snapshot: ContentSnapshot, _ reports: [CaseReport]) -> Double? {
        let normals = zip(snapshot.cases, reports).filter { item, _ in item.findings.isEmpty }
        guard !normals.isEmpty else { return nil }
        let clean = normals.filter { _, report in report.status == .signed && report.overcalls.isEmpty }.count
        return 100 * Double(clean) / Double(normals.count)
    }
}
