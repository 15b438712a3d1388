#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

public enum Client: String, Codable, Sendable {
    /// A person at a terminal.
    case tty
    /// The headless driver (`worklist play`).
    case play
}

/// The journal's first line (docs/journal.md).
public struct JournalHeader: Codable, Sendable, Equatable {
    public var journalVersion: Int
    public var scoringVersion: Int
    /// Sortable and time-based, e.g. `20261129T154210Z-3f2a`.
    public var session: String
    public var mode: Mode
    public var scenario: String
    public var seed: UInt64
    public var trainee: String
    public var client: Client
    /// Wall-clock start, ISO 8601 UTC.
    public var startedAt: String
    public var contentHash: String
    public var snapshot: ContentSnapshot {
        didSet { encodedSnapshot = nil }
    }
    /// The snapshot's canonical JSON, kept from the fingerprint for the header line: the
    /// snapshot is most of the header, and encoding it once instead of twice is felt at
    /// start-up (issue 13). Not part of the value: it is a function of `snapshot`.
    var encodedSnapshot: EncodedSnapshot?

    public static let currentJournalVersion = 1

    enum CodingKeys: String, CodingKey {
        case session, mode, scenario, seed, trainee, client, snapshot
        case journalVersion = "journal_version"
        case scoringVersion = "scoring_version"
        case startedAt = "started_at"
        case contentHash = "content_hash"
    }

    public init(session: String, seed: UInt64, trainee: String, client: Client, startedAt: String,
                snapshot: ContentSnapshot) {
        self.journalVersion = Self.currentJournalVersion
        self.scoringVersion = Scoring.version
        self.session = session
        self.mode = snapshot.scenario.mode
        self.scenario = snapshot.scenario.id
        self.seed = seed
        self.trainee = trainee
        self.client = client
        self.startedAt = startedAt
        let json = snapshot.canonicalJSON
        self.contentHash = json.withUnsafeBytes { FNV1a.label($0) }
        self.snapshot = snapshot
        self.encodedSnapshot = EncodedSnapshot(json)
    }

    public static func == (a: JournalHeader, b: JournalHeader) -> Bool {
        a.journalVersion == b.journalVersion && a.scoringVersion == b.scoringVersion && a.session == b.session
            && a.mode == b.mode && a.scenario == b.scenario && a.seed == b.seed && a.trainee == b.trainee
            && a.client == b.client && a.startedAt == b.startedAt && a.contentHash == b.contentHash
            && a.snapshot == b.snapshot
    }
}

/// A header's snapshot encoded once (a reference, so copying a header stays cheap).
final class EncodedSnapshot: Sendable {
    let canonical: Data

    init(_ canonical: Data) { self.canonical = canonical }
}

/// A session: the header and its events in journal order.
public struct Journal: Sendable, Equatable {
    public var header: JournalHeader
    public var events: [Event]

    public init(header: JournalHeader, events: [Event] = []) {
        self.header = header
        self.events = events
    }
}

/// JSON Lines in and out. Pure: the Store module does the files.
public enum JournalCoding {
    public static func line(_ header: JournalHeader) -> String {
        guard let snapshot = header.encodedSnapshot else { return encode(header) }
        return HeaderLine.splice(fields: encode(HeaderLine.Fields(header)), snapshot: snapshot.canonical) ?? encode(header)
    }

    public static func line(_ event: Event) -> String { encode(event) }

    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding our own value types cannot fail; an empty object keeps the line well-formed regardless.
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The whole text of a journal, checked line by line (docs/journal.md, "Reading a
    /// journal"). A torn last line (a crash mid-write: no final newline and not a complete
    /// event) is dropped with a warning; any other bad line is an error naming its line.
    public static func parse(_ text: String) throws(JournalError) -> (journal: Journal, warnings: [String]) {
        var collector = JournalCollector()
        let read = try JournalParser.withBytes(Array(text.utf8)) { bytes throws(JournalError) in
            try JournalParser.parse(bytes, into: &collector)
        }
        return (Journal(header: read.header, events: collector.events), read.warnings)
    }

    /// Whether `line` (without its newline) is a whole header or event: what resume keeps of
    /// a last line that lacks its newline, instead of cutting it as torn.
    public static func isComplete(_ line: some Collection<UInt8>, header: Bool) -> Bool {
        var bytes = Array(line)
        if bytes.last == 0x0D { bytes.removeLast() }
        let decoder = JSONDecoder()
        return header ? (try? decoder.decode(JournalHeader.self, from: Data(bytes))) != nil
                      : (try? decoder.decode(Event.self, from: Data(bytes))) != nil
    }

    static func isBlank(_ line: some Collection<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    static func versionProblem(_ version: Int) -> String? {
        let current = JournalHeader.currentJournalVersion
        if version > current {
            return "journal_version \(version) is newer than this program understands (\(current)); update worklist"
        }
        if version < 1 { return "unknown journal_version \(version) (this program reads version \(current))" }
        return nil
    }

    /// Events are numbered 1, 2, 3 … in the order written, and the session clock never goes
    /// back: a duplicated, missing or reordered line would change the score (a second
    /// `opened` re-times a case), so it is refused rather than scored.
    static func orderProblem(_ event: Event, after previous: Event?, previousLine: Int) -> String? {
        guard event.seq >= 1 else { return "seq \(event.seq) is not allowed: events are numbered from 1" }
        guard event.t.isFinite, event.t >= 0 else {
            return "t \(number(event.t)) is not allowed: session-clock seconds are 0 or more"
        }
        guard let previous else {
            return event.seq == 1 ? nil : "the first event has seq \(event.seq); events are numbered from 1"
        }
        if event.seq == previous.seq { return "duplicated event: seq \(event.seq) is also on line \(previousLine)" }
        if event.seq < previous.seq {
            return "events out of order: seq \(event.seq) comes after seq \(previous.seq) (line \(previousLine))"
        }
        if event.seq > previous.seq + 1 {
            return "seq \(event.seq) follows seq \(previous.seq) (line \(previousLine)): "
                + (event.seq == previous.seq + 2 ? "event \(previous.seq + 1) is missing" : "events \(previous.seq + 1)–\(event.seq - 1) are missing")
        }
        if event.t < previous.t {
            return "events out of order: t \(number(event.t)) is before t \(number(previous.t)) of seq \(previous.seq) (line \(previousLine))"
        }
        return nil
    }

    private static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : "\(x)"
    }

    /// Why a line did not decode, in words: `expected` names what the line should be.
    static func describe(_ error: Error, line: some Collection<UInt8>, expected: String?) -> String {
        if let kind = try? JSONDecoder().decode(JSONKind.self, from: Data(line)), kind.name != "an object" {
            return "expected a JSON object\(expected.map { " (\($0))" } ?? ""), found \(kind.name)"
        }
        switch error {
        case DecodingError.keyNotFound(let key, _): return "missing field \"\(key.stringValue)\""
        case DecodingError.typeMismatch(let type, let context):
            return "field \"\(path(context))\" should be \(typeName(type))"
        case DecodingError.valueNotFound(let type, let context):
            return "field \"\(path(context))\" is null; it should be \(typeName(type))"
        case DecodingError.dataCorrupted(let context):
            let field = path(context)
            return (field.isEmpty ? "" : "field \"\(field)\": ") + Sanitizer.sanitize(context.debugDescription)
        default: return "not valid JSON"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        context.codingPath.map(\.stringValue).joined(separator: ".")
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type, is UInt64.Type: "a whole number"
        case is Double.Type: "a number"
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        default: "a JSON object"
        }
    }

    /// The kind of a valid JSON value, for "expected an object, found an array".
    private struct JSONKind: Decodable {
        var name: String
        private struct AnyKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
        init(from decoder: Decoder) throws {
            if (try? decoder.container(keyedBy: AnyKey.self)) != nil { name = "an object"; return }
            if (try? decoder.unkeyedContainer()) != nil { name = "an array"; return }
            let value = try decoder.singleValueContainer()
            if value.decodeNil() { name = "null" }
            else if (try? value.decode(Bool.self)) != nil { name = "true or false" }
            else if (try? value.decode(Double.self)) != nil { name = "a number" }
            else { name = "a string" }
        }
    }
}

public enum JournalError: Error, Equatable, CustomStringConvertible {
    case empty
    case badLine(line: Int, reason: String)

    public var description: String {
        switch self {
        case .empty: "the journal is empty: no header line"
        case .badLine(let line, let reason): "line \(line): \(reason)"
        }
    }
}

/// What a session's events may name, made once per journal and held by reference: each of
/// a million events is checked against it, and holding the snapshot by value meant a copy
/// of it per line (issue 13). Lists, not sets: a session has a few dozen ids, and comparing
/// them is cheaper than hashing a long id.
final class SnapshotIndex {
    /// Each case's id and its step ids, in snapshot order.
    private let steps: [(id: String, steps: [String])]
    /// Each call's (interruption's) id and its answer ids.
    private let calls: [(id: String, answers: [String])]

    init(_ snapshot: ContentSnapshot) {
        steps = snapshot.cases.map { ($0.id, $0.steps.map(\.id)) }
        calls = snapshot.scenario.interruptions.map { ($0.id, $0.answers.map(\.id)) }
    }

    /// What is wrong with an event that names something the session never had, if anything.
    func problem(with event: Event) -> String? {
        func quoted(_ s: String) -> String { "\"" + Sanitizer.sanitize(s) + "\"" }
        if let caseID = event.kind.caseID {
            guard let caseSteps = steps.first(where: { $0.id == caseID })?.steps else {
                return "\(event.kind.name) names unknown case \(quoted(caseID))"
            }
            let step: String? = switch event.kind {
            case .shown(_, let s), .decidedNormal(_, let s), .marked(_, let s, _), .unmarked(_, let s, _),
                 .communicated(_, let s, _): s
            default: nil
            }
            if let step, !caseSteps.contains(step) {
                return "\(event.kind.name) names unknown step \(quoted(step)) of case \(quoted(caseID))"
            }
        }
        switch event.kind {
        case .interruptionShown(let id), .interruptionDeferred(let id), .interruptionSkipped(let id),
             .callBackOpened(let id):
            if !calls.contains(where: { $0.id == id }) { return "\(event.kind.name) names unknown interruption \(quoted(id))" }
        case .interruptionAnswered(let id, let answer):
            guard let callAnswers = calls.first(where: { $0.id == id })?.answers else { return "\(event.kind.name) names unknown interruption \(quoted(id))" }
            if answer != Interruption.notReadYetID && !callAnswers.contains(answer) {
                return "\(event.kind.name) names unknown answer \(quoted(answer)) to \(quoted(id))"
            }
        default:
            break
        }
        return nil
    }
}
