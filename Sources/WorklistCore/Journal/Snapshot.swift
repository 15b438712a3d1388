#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Everything scoring needs, embedded in the journal header so a journal scores the same
/// forever, whatever later happens to the case files (PRODUCT.md §2).
public struct ContentSnapshot: Codable, Sendable, Equatable {
    public var routines: [Routine]
    /// In scenario order (for pool scenarios and drills: the order presented).
    public var cases: [CaseSnapshot]
    public var scenario: ScenarioSnapshot

    public init(routines: [Routine], cases: [CaseSnapshot], scenario: ScenarioSnapshot) {
        self.routines = routines
        self.cases = cases
        self.scenario = scenario
    }

    public func routine(_ id: String) -> Routine? { routines.first { $0.id == id } }
    public func `case`(_ id: String) -> CaseSnapshot? { cases.first { $0.id == id } }
    public func interruption(_ id: String) -> Interruption? { scenario.interruptions.first { $0.id == id } }

    /// A short stable fingerprint of the snapshot: FNV-1a 64 over its canonical JSON.
    /// It detects change; it is not a security hash.
    public var contentHash: String { canonicalJSON.withUnsafeBytes { FNV1a.label($0) } }

    /// The JSON the fingerprint is taken over: keys sorted, slashes escaped (as version 1 of
    /// the journal defined it, so stored fingerprints still compare).
    var canonicalJSON: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)) ?? Data()
    }
}

/// A case as scoring sees it: truth, target, arrival and reading effort per step.
public struct CaseSnapshot: Codable, Sendable, Equatable {
    public var id: String
    public var routine: String
    public var priority: Priority
    public var targetSeconds: Double
    /// Seconds from the session start.
    public var arrives: Double
    public var steps: [StepSnapshot]
    public var findings: [Finding]
    public var distractors: [Distractor]

    enum CodingKeys: String, CodingKey {
        case id, routine, priority, arrives, steps, findings, distractors
        case targetSeconds = "target_seconds"
    }

    public init(id: String, routine: String, priority: Priority, targetSeconds: Double, arrives: Double,
                steps: [StepSnapshot], findings: [Finding], distractors: [Distractor]) {
        self.id = id
        self.routine = routine
        self.priority = priority
        self.targetSeconds = targetSeconds
        self.arrives = arrives
        self.steps = steps
        self.findings = findings
        self.distractors = distractors
    }

    public func step(_ id: String) -> StepSnapshot? { steps.first { $0.id == id } }

    public var hasCriticalFinding: Bool { findings.contains { $0.severity == .critical } }

    /// The category of each finding: its own, else its term's at its step.
    public func category(of finding: Finding, in snapshot: ContentSnapshot) -> ActionCategory? {
        finding.actionCategory(in: snapshot.routine(routine))
    }

    /// The window within which a finding of `category` scores 100 when communicated.
    public static func window(_ category: ActionCategory?, _ scenario: ScenarioSnapshot) -> Double? {
        switch category {
        case .one?: scenario.communicationWindow
        case .two?: scenario.secondWindow
        default: nil
        }
    }
}

public struct StepSnapshot: Codable, Sendable, Equatable {
    public var id: String
    /// Whitespace-separated tokens of the sanitised view text.
    public var words: Int
    /// Seconds after the case arrives before this step can be shown or decided.
    public var availableAfter: Double?
    /// The extra view the technologist can add: its words join the read rule once it arrives.
    public var extra: ExtraSnapshot?

    enum CodingKeys: String, CodingKey {
        case id, words, extra
        case availableAfter = "available_after"
    }

    public init(id: String, words: Int, availableAfter: Double? = nil, extra: ExtraSnapshot? = nil) {
        self.id = id
        self.words = words
        self.availableAfter = availableAfter
        self.extra = extra
    }

    /// Dwell needed for a decision to count as read: 1 s + words / 8 s (PRODUCT.md §4).
    public var readingSeconds: Double { 1 + Double(words) / 8 }

    /// The same once the extra view asked at `askedAt` is there at `t`: its words count too.
    public func readingSeconds(at t: Double, extraAskedAt askedAt: Double?) -> Double {
        guard let extra, let askedAt, t >= askedAt + extra.delay else { return readingSeconds }
        return 1 + Double(words + extra.words) / 8
    }
}

/// What scoring needs of a step's extra view.
public struct ExtraSnapshot: Codable, Sendable, Equatable {
    public var words: Int
    public var delay: Double
    public var indicated: Bool

    public init(words: Int, delay: Double, indicated: Bool) {
        self.words = words
        self.delay = delay
        self.indicated = indicated
    }
}

public struct ScenarioSnapshot: Codable, Sendable, Equatable {
    /// A scenario id, or `drill:<ROUTINE>`.
    public var id: String
    public var mode: Mode
    public var turnaround: TurnaroundTargets
    /// Category 1's window (minutes) and category 2's (hours).
    public var communicationWindow: Double
    public var secondWindow: Double
    public var timeLimit: Double?
    public var feedback: Bool
    public var interruptions: [Interruption]
    /// Seconds before a consulted senior's note appears; nil for the default 90.
    public var consultDelay: Double?
    /// Protocoling requests; nil when the scenario has none (older journals too).
    public var requests: [RequestSnapshot]?

    enum CodingKeys: String, CodingKey {
        case id, mode, turnaround, feedback, interruptions, requests
        case consultDelay = "consult_delay"
        case communicationWindow = "communication_window"
        case secondWindow = "second_window"
        case timeLimit = "time_limit"
    }

    public init(id: String, mode: Mode, turnaround: TurnaroundTargets = .init(),
                communicationWindow: Double = Scenario.defaultCommunicationWindow,
                secondWindow: Double = Scenario.defaultSecondWindow,
                timeLimit: Double? = nil, feedback: Bool = true, interruptions: [Interruption] = [],
                consultDelay: Double? = nil, requests: [RequestSnapshot]? = nil) {
        self.id = id
        self.mode = mode
        self.turnaround = turnaround
        self.communicationWindow = communicationWindow
        self.secondWindow = secondWindow
        self.timeLimit = timeLimit
        self.feedback = feedback
        self.interruptions = interruptions
        self.consultDelay = consultDelay
        self.requests = requests
    }

    /// The scenario's requests, in scenario order.
    public var protocolRequests: [RequestSnapshot] { requests ?? [] }

    public func request(_ id: String) -> RequestSnapshot? { protocolRequests.first { $0.id == id } }

    /// The consult delay in force.
    public var seniorDelay: Double { consultDelay ?? Scenario.defaultConsultDelay }
}

extension ContentSnapshot {
    /// The snapshot of a scenario run with the given cases in the given order.
    /// Fails when the library lacks a case or routine it names.
    public static func make(library: Library, scenario: ScenarioSnapshot,
                            schedule: [ScheduledCase]) throws(SnapshotError) -> ContentSnapshot {
        var cases: [CaseSnapshot] = []
        var routineIDs: [String] = []
        for scheduled in schedule {
            guard let item = library.case(scheduled.caseID) else { throw .unknownCase(scheduled.caseID) }
            guard let routine = library.routine(item.routine) else { throw .unknownRoutine(item.routine) }
            if !routineIDs.contains(routine.id) { routineIDs.append(routine.id) }
            let steps = routine.steps.map { step in
                let view = item.views[step.id]
                return StepSnapshot(id: step.id, words: Sanitizer.wordCount(view?.text ?? ""),
                                    availableAfter: view?.availableAfter,
                                    extra: view?.extra.map { ExtraSnapshot(words: Sanitizer.wordCount($0.text),
                                                                          delay: $0.delay, indicated: $0.indicated) })
            }
            cases.append(CaseSnapshot(id: item.id, routine: item.routine, priority: item.priority,
                                      targetSeconds: item.targetSeconds, arrives: scheduled.arrives,
                                      steps: steps, findings: item.findings, distractors: item.distractors))
        }
        let routines = routineIDs.compactMap { library.routine($0) }
        return ContentSnapshot(routines: routines, cases: cases, scenario: scenario)
    }
}

public enum SnapshotError: Error, Equatable, CustomStringConvertible {
    case unknownCase(String)
    case unknownRoutine(String)

    public var description: String {
        switch self {
        case .unknownCase(let id): "the library has no case \"\(Sanitizer.sanitize(id))\""
        case .unknownRoutine(let id): "the library has no routine \"\(Sanitizer.sanitize(id))\""
        }
    }
}
