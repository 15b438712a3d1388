/// Which cases a run of a scenario presents, in which order, arriving when.
extension Scenario {
    /// A fixed list as written; a pool drawn and ordered by the seed (same seed, same draw).
    public func schedule(seed: UInt64) -> [ScheduledCase] {
        switch cases {
        case .fixed(let list):
            return list
        case .pool(let ids, let count, let every):
            // SplitMix64 over the ids sorted: the same seed and library give the same set and
            // order, whatever order the files list them in.
            var rng = SeededGenerator(seed: seed)
            let drawn = ids.sorted().shuffled(using: &rng).prefix(max(0, count))
            return drawn.enumerated().map { ScheduledCase(caseID: $0.element, arrives: Double($0.offset) * every) }
        }
    }

    /// What scoring needs of the scenario itself.
    public var snapshot: ScenarioSnapshot {
        ScenarioSnapshot(id: id, mode: mode, turnaround: turnaround, communicationWindow: communicationWindow,
                         secondWindow: secondWindow, timeLimit: timeLimit, feedback: feedback, interruptions: interruptions,
                         consultDelay: consultDelay == Scenario.defaultConsultDelay ? nil : consultDelay,
                         requests: requests.isEmpty ? nil : requests.map(RequestSnapshot.init))
    }
}

/// SplitMix64: tiny, fast and identical on every platform, so a seed draws the same
/// exam everywhere (the standard library's generator is not seedable).
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
