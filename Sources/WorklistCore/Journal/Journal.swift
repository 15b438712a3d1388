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
    public var snapshot: ContentSnapshot

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
        self.contentHash = snapshot.contentHash
        self.snapshot = snapshot
    }
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
    public static func line(_ header: JournalHeader) -> String { encode(header) }
    public static func line(_ event: Event) -> String { encode(event) }

    private static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding our own value types cannot fail; an empty object keeps the line well-formed regardless.
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The whole text of a journal. A torn last line (a crash mid-write: no final newline
    /// and not valid JSON) is dropped with a warning; any other bad line is an error.
    public static func parse(_ text: String) throws(JournalError) -> (journal: Journal, warnings: [String]) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let endsWithNewline = text.hasSuffix("\n")
        if endsWithNewline { lines.removeLast() }
        guard let first = lines.first, !first.allSatisfy(\.isWhitespace) else {
            throw .empty
        }
        let decoder = JSONDecoder()
        let header: JournalHeader
        do {
            header = try decoder.decode(JournalHeader.self, from: Data(first.utf8))
        } catch {
            throw .badLine(line: 1, reason: "not a journal header (\(describe(error)))")
        }
        guard header.journalVersion <= JournalHeader.currentJournalVersion else {
            throw .unsupportedVersion(header.journalVersion)
        }
        var events: [Event] = []
        var warnings: [String] = []
        for (index, line) in lines.enumerated().dropFirst() {
            if line.allSatisfy(\.isWhitespace) { continue }
            do {
                let event = try decoder.decode(Event.self, from: Data(line.utf8))
                if let problem = header.snapshot.problem(with: event) {
                    throw JournalError.badLine(line: index + 1, reason: problem)
                }
                events.append(event)
            } catch let error as JournalError {
                throw error
            } catch {
                let isTornTail = index == lines.count - 1 && !endsWithNewline
                if isTornTail {
                    warnings.append("line \(index + 1): ignored an incomplete last line (the program stopped while writing it)")
                } else {
                    throw .badLine(line: index + 1, reason: describe(error))
                }
            }
        }
        events.sort { $0.seq < $1.seq }
        return (Journal(header: header, events: events), warnings)
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing field \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted(let context): Sanitizer.sanitize(context.debugDescription)
        default: "not valid JSON"
        }
    }
}

public enum JournalError: Error, Equatable, CustomStringConvertible {
    case empty
    case badLine(line: Int, reason: String)
    case unsupportedVersion(Int)

    public var description: String {
        switch self {
        case .empty: "the journal is empty: no header line"
        case .badLine(let line, let reason): "line \(line): \(reason)"
        case .unsupportedVersion(let v):
            "journal version \(v) is newer than this program understands (\(JournalHeader.currentJournalVersion)); update worklist"
        }
    }
}

extension ContentSnapshot {
    /// What is wrong with an event that names something the session never had, if anything.
    func problem(with event: Event) -> String? {
        func quoted(_ s: String) -> String { "\"" + Sanitizer.sanitize(s) + "\"" }
        if let caseID = event.kind.caseID {
            guard let item = self.case(caseID) else { return "\(event.kind.name) names unknown case \(quoted(caseID))" }
            let step: String? = switch event.kind {
            case .shown(_, let s), .decidedNormal(_, let s), .marked(_, let s, _), .unmarked(_, let s, _),
                 .communicated(_, let s, _): s
            default: nil
            }
            if let step {
                guard item.step(step) != nil else { return "\(event.kind.name) names unknown step \(quoted(step)) of case \(quoted(caseID))" }
            }
        }
        switch event.kind {
        case .interruptionShown(let id), .interruptionDeferred(let id):
            if interruption(id) == nil { return "\(event.kind.name) names unknown interruption \(quoted(id))" }
        case .interruptionAnswered(let id, let answer):
            guard let call = interruption(id) else { return "\(event.kind.name) names unknown interruption \(quoted(id))" }
            if answer != Interruption.notReadYetID && !call.answers.contains(where: { $0.id == answer }) {
                return "\(event.kind.name) names unknown answer \(quoted(answer)) to \(quoted(id))"
            }
        default:
            break
        }
        return nil
    }
}
