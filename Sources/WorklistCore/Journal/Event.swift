/// One line of the journal after the header: what happened, when (session-clock seconds),
/// and its place in the journal. Every score is computed from these (PRODUCT.md §4).
public struct Event: Sendable, Equatable {
    public var seq: Int
    /// Session-clock seconds.
    public var t: Double
    public var kind: EventKind

    public init(seq: Int, t: Double, _ kind: EventKind) {
        self.seq = seq
        self.t = t
        self.kind = kind
    }
}

/// A mark on a step: a vocabulary term, with its side when the term is lateral.
public struct Mark: Hashable, Sendable, Codable {
    public var term: String
    public var side: Side?

    public init(term: String, side: Side? = nil) {
        self.term = term
        self.side = side
    }
}

public enum PauseReason: String, Codable, Sendable, CaseIterable {
    /// ^Z: the program was stopped.
    case suspended
    /// The terminal was smaller than 80×24.
    case tooSmall = "too_small"
    /// The machine slept (a loop iteration took far longer than it should).
    case sleep
    /// The program was not running: "save and exit", a crash or a dropped connection,
    /// until the session was resumed.
    case exited
}

public enum EndReason: String, Codable, Sendable, CaseIterable {
    /// The trainee chose "end the shift now".
    case trainee
    case timeLimit = "time_limit"
    /// Every case had arrived and was signed.
    case allSigned = "all_signed"
    /// `play`: the key file ran out.
    case keysEnded = "keys_ended"
    /// An unfinished session the trainee chose not to resume (kept, and scored as it stood).
    case discarded
}

public enum EventKind: Sendable, Equatable {
    case opened(case: String)
    case left(case: String)
    case shown(case: String, step: String)
    case decidedNormal(case: String, step: String)
    case marked(case: String, step: String, mark: Mark)
    case unmarked(case: String, step: String, mark: Mark)
    case communicated(case: String, step: String, mark: Mark)
    case interruptionShown(id: String)
    case interruptionDeferred(id: String)
    case interruptionAnswered(id: String, answer: String)
    /// A call fell due and did not ring: every finding it lists under `unless_communicated`
    /// had been communicated before its time. Never shown, not scored.
    case interruptionSkipped(id: String)
    /// The trainee opened the call-back task a "not read yet" answer left: the call's modal
    /// is on screen again (its answer is a later `interruption_answered`, which scoring ignores).
    case callBackOpened(id: String)
    /// The case's decisions freeze; `impression` is the trainee's typed impression.
    case signed(case: String, impression: String)
    /// Keystrokes pressed while the case was open since the last such event.
    case keys(case: String, count: Int)
    case paused(reason: PauseReason)
    /// `wallSeconds`: how long the pause lasted on the wall clock.
    case resumed(reason: PauseReason, wallSeconds: Double)
    /// Written every few seconds while a case is open, to bound what a crash can cost.
    case heartbeat
    case ended(reason: EndReason)
    /// The technologist was asked for the step's extra view (issue 17): it is part of the
    /// step from this instant plus its delay.
    case askedExtra(case: String, step: String)
    /// A senior colleague was consulted on the case: the note shows after the consult delay.
    case consulted(case: String)
    /// A protocoling request's screen opened (a case that was open is left first).
    case requestOpened(id: String)
    /// Back to the worklist from the request, unanswered.
    case requestLeft(id: String)
    /// The request answered with `option`: final.
    case protocoled(id: String, option: String)

    /// The journal's name for the event type.
    public var name: String {
        switch self {
        case .opened: "opened"
        case .left: "left"
        case .shown: "shown"
        case .decidedNormal: "decided_normal"
        case .marked: "marked"
        case .unmarked: "unmarked"
        case .communicated: "communicated"
        case .interruptionShown: "interruption_shown"
        case .interruptionDeferred: "interruption_deferred"
        case .interruptionAnswered: "interruption_answered"
        case .interruptionSkipped: "interruption_skipped"
        case .callBackOpened: "call_back_opened"
        case .signed: "signed"
        case .keys: "keys"
        case .paused: "paused"
        case .resumed: "resumed"
        case .heartbeat: "heartbeat"
        case .ended: "ended"
        case .askedExtra: "asked_extra"
        case .consulted: "consulted"
        case .requestOpened: "request_opened"
        case .requestLeft: "request_left"
        case .protocoled: "protocoled"
        }
    }

    /// Every event type's journal name, in the order of docs/journal.md.
    public static let names = ["opened", "left", "shown", "decided_normal", "marked", "unmarked", "communicated",
                               "interruption_shown", "interruption_deferred", "interruption_answered",
                               "interruption_skipped", "call_back_opened", "signed",
                               "keys", "paused", "resumed", "heartbeat", "ended", "asked_extra", "consulted",
                               "request_opened", "request_left", "protocoled"]

    /// The case the event belongs to, if any.
    public var caseID: String? {
        switch self {
        case .opened(let c), .left(let c), .shown(let c, _), .decidedNormal(let c, _),
             .marked(let c, _, _), .unmarked(let c, _, _), .communicated(let c, _, _),
             .signed(let c, _), .keys(let c, _), .askedExtra(let c, _), .consulted(let c):
            c
        default:
            nil
        }
    }
}

// MARK: - JSON: one flat object per line

extension Event: Codable {
    enum Keys: String, CodingKey {
        case seq, t, type, step, term, side, id, answer, impression, count, reason, option
        case caseID = "case"
        case wallSeconds = "wall_seconds"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(seq, forKey: .seq)
        try c.encode(t, forKey: .t)
        try c.encode(kind.name, forKey: .type)
        try c.encodeIfPresent(kind.caseID, forKey: .caseID)
        switch kind {
        case .opened, .left, .heartbeat, .consulted:
            break
        case .shown(_, let step), .decidedNormal(_, let step), .askedExtra(_, let step):
            try c.encode(step, forKey: .step)
        case .marked(_, let step, let mark), .unmarked(_, let step, let mark), .communicated(_, let step, let mark):
            try c.encode(step, forKey: .step)
            try c.encode(mark.term, forKey: .term)
            try c.encodeIfPresent(mark.side, forKey: .side)
        case .interruptionShown(let id), .interruptionDeferred(let id), .interruptionSkipped(let id),
             .callBackOpened(let id), .requestOpened(let id), .requestLeft(let id):
            try c.encode(id, forKey: .id)
        case .protocoled(let id, let option):
            try c.encode(id, forKey: .id)
            try c.encode(option, forKey: .option)
        case .interruptionAnswered(let id, let answer):
            try c.encode(id, forKey: .id)
            try c.encode(answer, forKey: .answer)
        case .signed(_, let impression):
            try c.encode(impression, forKey: .impression)
        case .keys(_, let count):
            try c.encode(count, forKey: .count)
        case .paused(let reason):
            try c.encode(reason, forKey: .reason)
        case .resumed(let reason, let wall):
            try c.encode(reason, forKey: .reason)
            try c.encode(wall, forKey: .wallSeconds)
        case .ended(let reason):
            try c.encode(reason, forKey: .reason)
        }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        seq = try c.decode(Int.self, forKey: .seq)
        t = try c.decode(Double.self, forKey: .t)
        let type = try c.decode(String.self, forKey: .type)
        func caseID() throws -> String { try c.decode(String.self, forKey: .caseID) }
        func step() throws -> String { try c.decode(String.self, forKey: .step) }
        func mark() throws -> Mark {
            let side = try c.decodeIfPresent(String.self, forKey: .side)
            return Mark(term: try c.decode(String.self, forKey: .term), side: try side.map { try value(Side.self, $0, .side, "side") })
        }
        /// A closed set of values: an unknown one names the allowed ones (not a decoder message).
        func value<E: RawRepresentable & CaseIterable>(_: E.Type, _ raw: String, _ key: Keys, _ what: String) throws -> E
            where E.RawValue == String {
            if let known = E(rawValue: raw) { return known }
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(forKey: key, in: c,
                debugDescription: "unknown \(what) \"\(raw)\" (one of: \(allowed))")
        }
        func reason<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ what: String) throws -> E where E.RawValue == String {
            try value(type, try c.decode(String.self, forKey: .reason), .reason, what)
        }
        switch type {
        case "opened": kind = .opened(case: try caseID())
        case "left": kind = .left(case: try caseID())
        case "shown": kind = .shown(case: try caseID(), step: try step())
        case "decided_normal": kind = .decidedNormal(case: try caseID(), step: try step())
        case "marked": kind = .marked(case: try caseID(), step: try step(), mark: try mark())
        case "unmarked": kind = .unmarked(case: try caseID(), step: try step(), mark: try mark())
        case "communicated": kind = .communicated(case: try caseID(), step: try step(), mark: try mark())
        case "interruption_shown": kind = .interruptionShown(id: try c.decode(String.self, forKey: .id))
        case "interruption_deferred": kind = .interruptionDeferred(id: try c.decode(String.self, forKey: .id))
        case "interruption_skipped": kind = .interruptionSkipped(id: try c.decode(String.self, forKey: .id))
        case "call_back_opened": kind = .callBackOpened(id: try c.decode(String.self, forKey: .id))
        case "interruption_answered":
            kind = .interruptionAnswered(id: try c.decode(String.self, forKey: .id),
                                         answer: try c.decode(String.self, forKey: .answer))
        case "signed":
            kind = .signed(case: try caseID(), impression: try c.decodeIfPresent(String.self, forKey: .impression) ?? "")
        case "keys": kind = .keys(case: try caseID(), count: try c.decode(Int.self, forKey: .count))
        case "paused": kind = .paused(reason: try reason(PauseReason.self, "pause reason"))
        case "resumed":
            kind = .resumed(reason: try reason(PauseReason.self, "pause reason"),
                            wallSeconds: try c.decode(Double.self, forKey: .wallSeconds))
        case "heartbeat": kind = .heartbeat
        case "asked_extra": kind = .askedExtra(case: try caseID(), step: try step())
        case "consulted": kind = .consulted(case: try caseID())
        case "request_opened": kind = .requestOpened(id: try c.decode(String.self, forKey: .id))
        case "request_left": kind = .requestLeft(id: try c.decode(String.self, forKey: .id))
        case "protocoled":
            kind = .protocoled(id: try c.decode(String.self, forKey: .id), option: try c.decode(String.self, forKey: .option))
        case "ended": kind = .ended(reason: try reason(EndReason.self, "end reason"))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown event type \"\(type)\" (one of: \(EventKind.names.joined(separator: ", ")))")
        }
    }
}
