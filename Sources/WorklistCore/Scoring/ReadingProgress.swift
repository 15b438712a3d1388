/// Whether each step has been on screen long enough to count as read, by the scorer's own
/// rule and clock (PRODUCT.md §4: 1 s + 1 s per 8 words, modal time excluded), fed one
/// event at a time as the session journals them, so the checklist can show it while the
/// trainee reads (issue 14) and never disagrees with the feedback card.
public struct ReadingProgress: Sendable, Equatable {
    private var replay: Replay

    public init(header: JournalHeader, events: [Event] = []) {
        replay = Replay(header: header)
        for event in events { replay.feed(event) }
    }

    public mutating func feed(_ event: Event) { replay.feed(event) }

    /// Derived from the header and events it was fed: whoever holds one compares those.
    public static func == (a: ReadingProgress, b: ReadingProgress) -> Bool { true }

    public enum Standing: Sendable, Equatable {
        /// Not yet on screen long enough.
        case unread
        /// Long enough: a decision now (or the one standing) counts as read.
        case read
        /// Decided before it had been read: the decision does not count until it is made again.
        case decidedUnread
    }

    /// The step at session time `t` (the current showing counted up to `t`).
    public func standing(case id: String, step: String, at t: Double) -> Standing {
        guard let facts = replay.facts(id), let need = facts.readingSeconds(step, at: t) else { return .unread }
        if facts.decisions[step] != nil { return facts.isReadDecided(step) ? .read : .decidedUnread }
        return facts.dwellNow(step, at: replay.effectiveTime(t)) >= need ? .read : .unread
    }

    /// A protocoling request as the scorer sees it now: answered in time to have read it?
    public func request(_ id: String) -> RequestReport? {
        Scoring.requestReports(replay.snapshot, replay).first { $0.id == id }
    }
}
