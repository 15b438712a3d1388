/// A drill of one routine (PRODUCT.md §1): its cases that are not exam-only, unseen ones
/// first, then the weakest — cases whose findings the trainee misses, or scored low on,
/// come back sooner. No queue and no time limit: one case after another.
public enum DrillPlan {
    /// What the history says of the trainee and this routine.
    public struct History: Sendable, Equatable {
        /// Cases opened in an earlier session.
        public var seen: Set<String>
        /// Mean earlier score per case.
        public var meanScore: [String: Double]
        /// How often each term of this routine was missed.
        public var missedTerms: [String: Int]

        public init(seen: Set<String> = [], meanScore: [String: Double] = [:], missedTerms: [String: Int] = [:]) {
            self.seen = seen
            self.meanScore = meanScore
            self.missedTerms = missedTerms
        }
    }

    public static func scenarioID(routine: String) -> String { "drill:" + routine }

    /// The routine a `drill:<routine>` id names.
    public static func routine(ofScenario id: String) -> String? {
        id.hasPrefix("drill:") ? String(id.dropFirst(6)) : nil
    }

    /// Case ids in drill order; the seed varies the order of the unseen ones.
    public static func order(_ library: Library, routine: String, history: History, count: Int, seed: UInt64) -> [String] {
        // Only this routine's cases are decoded (a cached library decodes on demand).
        let candidates = library.caseEntries.filter { $0.routine == routine && !$0.examOnly }
            .sorted { $0.id < $1.id }.compactMap { library.case($0.id) }
        var rng = SeededGenerator(seed: seed)
        let unseen = candidates.filter { !history.seen.contains($0.id) }.shuffled(using: &rng)
        func weakness(_ c: Case) -> Double {
            let missed = c.findings.flatMap(\.terms).reduce(0) { $0 + (history.missedTerms[$1] ?? 0) }
            return (100 - (history.meanScore[c.id] ?? 100)) + 20 * Double(missed)
        }
        let seen = candidates.filter { history.seen.contains($0.id) }
            .sorted { (weakness($0), $1.id) > (weakness($1), $0.id) }
        return (unseen + seen).prefix(max(1, count)).map(\.id)
    }

    /// The drill as a scenario: every case waiting from the start, feedback after each.
    public static func scenario(_ library: Library, routine: Routine, caseIDs: [String]) -> Scenario {
        Scenario(id: scenarioID(routine: routine.id), title: "Drill: " + routine.title, mode: .drill,
                 cases: .fixed(caseIDs.map { ScheduledCase(caseID: $0, arrives: 0) }), feedback: true)
    }
}
