/// Scoring version 2 (PRODUCT.md §4; formulas and a worked example in docs/scoring.md).
/// A pure function of the journal: the same journal always gives the same report.
public enum Scoring {
    public static let version = 2

    public static func report(_ journal: Journal) -> SessionReport {
        report(journal.header, Replay(journal))
    }

    static func report(_ header: JournalHeader, _ replay: Replay) -> SessionReport {
        let snapshot = header.snapshot
        var cases = snapshot.cases.map { item in
            caseReport(item, replay.facts(item.id), snapshot: snapshot, endTime: replay.endTime)
        }

        // A drill or an exam sets the order itself: no triage, no turnaround.
        let ordersItself = snapshot.scenario.mode != .shift
        let triage = replay.triageChoices > 0 && !ordersItself
            ? 100 * (1 - Double(replay.triageInversions) / Double(replay.triageChoices)) : nil
        let turnaround = ordersItself ? nil : turnaroundScore(snapshot, replay, cases)
        let timeManagement: Double? = switch (triage, turnaround) {
        case let (t?, r?): (t + r) / 2
        case (nil, let r): r
        case (let t?, nil): t
        }
        let requests = requestReports(snapshot, replay)
        let protocoling = requests.isEmpty ? nil : requests.reduce(0) { $0 + $1.score } / Double(requests.count)
        let calls = callReports(snapshot, replay)
        let interruptions = calls.isEmpty ? nil : calls.reduce(0) { $0 + $1.score } / Double(calls.count)
        for i in cases.indices { cases[i].interruptionCalls = calls.filter { $0.caseID == cases[i].id } }

        return SessionReport(
            scoringVersion: version,
            journalVersion: header.journalVersion,
            session: header.session,
            mode: snapshot.scenario.mode,
            scenario: snapshot.scenario.id,
            trainee: header.trainee,
            client: header.client,
            finished: replay.finished,
            sessionScore: sessionScore(snapshot, replay, cases, requests, timeManagement, interruptions),
            timeManagement: timeManagement,
            triage: triage,
            turnaround: turnaround,
            interruptions: interruptions,
            sensitivity: sensitivity(snapshot, cases),
            specificity: specificity(snapshot, cases),
            pauseSeconds: replay.pauseSeconds,
            calls: calls,
            skippedCalls: snapshot.scenario.interruptions.map(\.id).filter { replay.interruptionsSkipped[$0] != nil },
            cases: cases,
            protocoling: protocoling,
            requests: requests
        )
    }

    /// Per request: 100 best, 50 acceptable, 0 wrong or none, and 0 when its text had not
    /// been on screen long enough (1 s + words / 8 s) before the choice; unopened 0.
    static func requestReports(_ snapshot: ContentSnapshot, _ replay: Replay) -> [RequestReport] {
        snapshot.scenario.protocolRequests.map { request in
            guard let facts = replay.requestFacts(request.id), facts.opened else {
                return RequestReport(id: request.id, status: .unopened, option: nil, verdict: nil, read: false, score: 0)
            }
            guard let option = facts.option else {
                return RequestReport(id: request.id, status: .opened, option: nil, verdict: nil, read: false, score: 0)
            }
            let verdict = request.verdict(of: option)
            return RequestReport(id: request.id, status: .answered, option: option, verdict: verdict, read: facts.wasRead,
                                 score: facts.wasRead ? verdict?.score ?? 0 : 0, answeredAt: facts.answeredAt)
        }
    }

    /// The report of a journal read event by event, without holding the events (`score`
    /// of a long journal): `feed` each event in order, then `report()`.
    public struct Stream: JournalSink {
        private var started: (header: JournalHeader, replay: Replay)?

        public init() {}

        public mutating func header(_ header: JournalHeader) { started = (header, Replay(header: header)) }
        public mutating func event(_ event: Event) { started?.replay.feed(event) }

        /// Nil before a header was read.
        public func report() -> SessionReport? {
            guard let (header, open) = started else { return nil }
            var replay = open
            replay.close()
            return Scoring.report(header, replay)
        }
    }

    // MARK: - Per case

    static func caseReport(_ item: CaseSnapshot, _ facts: Replay.CaseFacts?, snapshot: ContentSnapshot,
                           endTime: Double) -> CaseReport {
        let routine = snapshot.routine(item.routine)
        let stepIDs = item.steps.map(\.id)
        guard let facts, facts.opened, let routine else { return unopened(item, snapshot: snapshot) }

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
        let detected = Detection(item, marks: marks)
        let category: (String, String) -> ActionCategory? = { step, term in routine.step(step)?.term(term)?.category }
        let totalWeight = item.findings.reduce(0) { $0 + $1.severity.weight }
        let missedWeight = detected.missed.reduce(0) { $0 + $1.severity.weight }
        let overcallWeight = detected.overcalls.reduce(0.0) { $0 + (category($1.step, $1.mark.term) == .one ? 2 : 0.5) }
        let detection = 100 * max(0, 1 - (missedWeight + overcallWeight) / max(totalWeight, 2))

        let missed = detected.missed.map {
            MissedFinding(finding: $0.id, step: $0.step, term: $0.term, grade: missGrade($0))
        }
        let overcalls = sortedOvercalls(detected.overcalls, routine: routine).map {
            Overcall(step: $0.step, term: $0.mark.term, side: $0.mark.side,
                     grade: category($0.step, $0.mark.term) == .one ? .understandableSignificant : .understandableMinor)
        }
        let grade = (missed.map(\.grade) + overcalls.map(\.grade)).max { $0.severityRank < $1.severityRank } ?? .concur

        let told = Communications(item, facts: facts, routine: routine, scenario: snapshot.scenario,
                                  isFound: detected.isFound)
        let time = timeScore(read: facts.readSeconds, target: item.targetSeconds)
        let score = caseScore(coverage: coverage, detection: detection, communication: told.score,
                              time: time, order: order, orderWeight: routine.orderWeight)

        return CaseReport(
            id: item.id, status: facts.isSigned ? .signed : .open, readSeconds: facts.readSeconds,
            time: time, coverage: coverage, order: order, detection: detection, communication: told.score,
            score: score, grade: grade, keystrokes: facts.keys, missed: missed, overcalls: overcalls,
            unreadSteps: decided.filter { !readDecided.contains($0) },
            skippedSteps: stepIDs.filter { facts.decisions[$0] == nil },
            found: item.findings.filter(detected.isFound).map(\.id),
            orderSlips: slips, calls: told.timings, falseAlerts: told.falseAlerts,
            communications: told.reports,
            decisions: facts.decisions, impression: facts.impression,
            extras: stepIDs.compactMap { step in
                facts.extrasAsked[step].map { ExtraRequest(step: step, askedAt: $0, indicated: item.step(step)?.extra?.indicated ?? false) }
            },
            consultedAt: facts.consultedAt
        )
    }

    static func unopened(_ item: CaseSnapshot, snapshot: ContentSnapshot) -> CaseReport {
        let mustTell = item.findings.contains { item.category(of: $0, in: snapshot)?.mustBeCommunicated ?? false }
        return CaseReport(id: item.id, status: .unopened, readSeconds: 0, time: 0, coverage: 0, order: 0, detection: 0,
                          communication: mustTell ? 0 : nil, score: 0, grade: .notAttempted, keystrokes: 0,
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

    /// Each interruption shown, in the order first shown: 100 for a correct answer, else 0,
    /// minus 25 when answered more than 30 s after it was first shown; never answered 0.
    static func callReports(_ snapshot: ContentSnapshot, _ replay: Replay) -> [CallReport] {
        snapshot.scenario.interruptions
            .compactMap { call in replay.interruptionFirstShown[call.id].map { (call, $0) } }
            .sorted { $0.1 < $1.1 }
            .map { call, shown in
                let answered = replay.interruptionAnswers[call.id]
                let score: Double = answered.map { max(0, ($0.correct ? 100 : 0) - ($0.t - shown > 30 ? 25 : 0)) } ?? 0
                let calledBack = replay.callBackAnswers[call.id]
                return CallReport(id: call.id, caseID: call.caseID, shownAt: shown, answeredAt: answered?.t,
                                  answer: answered?.answer, correct: answered?.correct ?? false, score: score,
                                  calledBackAt: calledBack?.t, callBackAnswer: calledBack?.answer,
                                  stepsRead: answered?.stepsRead)
            }
    }

    /// Shift: the mean item score C, discounted by time management and calls —
    /// C × (70 + 0.2 TM + 0.1 I) / 100, a missing axis leaving both sums. Exam: C. Drill:
    /// the cases presented, less a last one that holds no decision (it opened by itself).
    static func sessionScore(_ snapshot: ContentSnapshot, _ replay: Replay, _ cases: [CaseReport], _ requests: [RequestReport],
                             _ timeManagement: Double?, _ interruptions: Double?) -> Double {
        switch snapshot.scenario.mode {
        case .exam:
            return readingScore(cases)
        case .drill:
            return readingScore(drillCases(cases))
        case .shift:
            // Requests are items of the mean beside the cases (PRODUCT.md §4).
            let items = cases.map(\.score) + requests.map(\.score)
            let c = items.isEmpty ? 0 : items.reduce(0, +) / Double(items.count)
            return shiftScore(reading: c, timeManagement: timeManagement, interruptions: interruptions)
        }
    }

    /// C: the mean score of the items given (every case, unopened ones counting 0); 0 for none.
    public static func readingScore(_ cases: [CaseReport]) -> Double {
        cases.isEmpty ? 0 : cases.reduce(0) { $0 + $1.score } / Double(cases.count)
    }

    /// The cases a drill's score is the mean of: those presented, less the last one when it
    /// holds no decision (a drill opens the next case by itself). Needs a report from
    /// `report(_:)`: the decisions are not in the JSON.
    public static func drillCases(_ cases: [CaseReport]) -> [CaseReport] {
        var presented = cases.filter { $0.status != .unopened }
        if let last = presented.last, last.decisions.isEmpty { presented.removeLast() }
        return presented
    }

    /// A shift: C × (70 + 0.2 TM + 0.1 I) / 100, an axis that is null leaving both sums.
    public static func shiftScore(reading c: Double, timeManagement: Double?, interruptions: Double?) -> Double {
        let weights = 70 + (timeManagement == nil ? 0 : 20) + (interruptions == nil ? 0 : 10)
        return c * (70 + 0.2 * (timeManagement ?? 0) + 0.1 * (interruptions ?? 0)) / Double(weights)
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
