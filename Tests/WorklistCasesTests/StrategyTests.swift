import Foundation
import Testing
import WorklistCore
@testable import WorklistCases

/// Scoring version 2 on the shipped library (issue 11): only reading earns. Shortcuts —
/// signing blank, calling everything normal at a glance, calling every critical term
/// blind — score below 1 in the default shift; a diligent read scores 100.
@Suite struct StrategyTests {
    static var library: Library { ShippedLibraryTests.loaded.library }

    /// What a strategy does with each step of an open case, on the engine's own clock.
    enum Strategy {
        /// Open each case in priority order and sign it without a look.
        case blank
        /// Show each step for a second and call it normal.
        case allNormalAtASecond
        /// Show each step for a second, mark every category-1 term there (left when lateral)
        /// and call each through.
        case blindCriticalCalls
        /// Read every step for as long as the read rule asks, mark the truth, call every
        /// finding of category 1 or 2 at once, answer calls rightly within seconds.
        case diligent
    }

    /// Plays the default shift with `strategy` through the engine, returns the report.
    static func play(_ strategy: Strategy) throws -> SessionReport {
        let scenario = try #require(library.defaultScenario(for: .shift))
        let snapshot = try ContentSnapshot.make(library: library, scenario: scenario.snapshot,
                                                schedule: scenario.schedule(seed: 0))
        var driver = Driver(snapshot: snapshot)
        driver.run(strategy)
        return Scoring.report(driver.journal)
    }

    @Test(arguments: [Strategy.blank, .allNormalAtASecond, .blindCriticalCalls])
    func shortcutsScoreBelowOne(_ strategy: Strategy) throws {
        let report = try Self.play(strategy)
        #expect(report.finished)
        #expect(report.sessionScore < 1, "\(strategy): \(report.sessionScore)")
    }

    @Test func aDiligentReadScoresOneHundred() throws {
        let report = try Self.play(.diligent)
        #expect(report.finished)
        let short = report.cases.filter { $0.score < 100 }.map { "\($0.id) \($0.score) D\($0.detection) K\(String(describing: $0.communication)) T\($0.time) O\($0.order) C\($0.coverage)" }
        #expect(short.isEmpty, "\(short)")
        #expect(report.protocoling == 100 && report.requests.allSatisfy { $0.read && $0.verdict == .best })
        #expect(report.triage == 100 && report.turnaround == 100 && report.interruptions == 100,
                "triage \(String(describing: report.triage)) turnaround \(String(describing: report.turnaround)) calls \(report.calls.map { "\($0.id) \($0.score)" })")
        #expect(abs(report.sessionScore - 100) < 1e-9, "\(report.sessionScore)")
    }

    /// The engine with a trainee attached: time moves in small steps so calls are answered
    /// within seconds of ringing, as a person would.
    struct Driver {
        let snapshot: ContentSnapshot
        var state: SessionState
        var journal: Journal
        var t: Double = 0
        /// Steps decided after reading them long enough, per case.
        var read: [String: Set<String>] = [:]

        init(snapshot: ContentSnapshot) {
            self.snapshot = snapshot
            state = SessionState(snapshot: snapshot)
            journal = Journal(header: JournalHeader(session: "20261201T000000Z-0001", seed: 0, trainee: "t", client: .play,
                                                    startedAt: "", snapshot: snapshot))
        }

        mutating func send(_ action: Action) {
            for effect in state.reduce(action, at: t) { if case .journal(let event) = effect { journal.events.append(event) } }
            answerCalls()
        }

        /// A call is answered half a second after it rings: rightly, given what is read.
        mutating func answerCalls() {
            while let id = state.modal, let call = snapshot.interruption(id) {
                t += 0.5
                let allRead = call.steps.allSatisfy { read[call.caseID, default: []].contains($0) }
                let right = call.answers.first(where: \.correct)?.id ?? Interruption.notReadYetID
                let answer = call.needsRead && !allRead ? Interruption.notReadYetID : right
                for effect in state.reduce(.answer(answer), at: t) {
                    if case .journal(let event) = effect { journal.events.append(event) }
                }
            }
        }

        /// Lets `seconds` pass in steps of at most one, ticking so calls ring on time.
        mutating func wait(_ seconds: Double) {
            var left = seconds
            while left > 0, state.ended == nil {
                let step = min(1, left)
                t += step
                left -= step
                send(.tick)
            }
        }

        /// Dwells on the step on screen for `seconds` of read time: time under a call does not count.
        mutating func dwell(_ seconds: Double) {
            var left = seconds
            while left > 0, state.ended == nil {
                let step = min(0.25, left)
                let before = journal.events.count
                t += step
                send(.tick)
                let rang = journal.events[before...].contains { if case .interruptionShown = $0.kind { true } else { false } }
                if !rang { left -= step }
            }
        }

        mutating func run(_ strategy: Strategy) {
            while state.ended == nil {
                send(.tick)
                let waiting = state.arrivedCases.filter { state.progress($0.id)?.status != .signed }
                let requests = state.arrivedRequests.filter { state.protocoled[$0.id] == nil }
                guard let top = (waiting.map(\.priority) + requests.map(\.priority)).max() else {
                    wait(1)
                    continue
                }
                if let first = waiting.first(where: { $0.priority == top }) {
                    read(first, strategy)
                } else if let request = requests.first(where: { $0.priority == top }) {
                    answer(request, strategy)
                }
            }
        }

        /// A protocoling request: the diligent reader reads it through and picks the best
        /// option; the shortcuts take the first option at once or after a second.
        mutating func answer(_ request: RequestSnapshot, _ strategy: Strategy) {
            send(.openRequest(request.id))
            switch strategy {
            case .diligent:
                dwell(request.readingSeconds + 0.25)
                send(.protocolRequest(option: request.options.first { $0.verdict == .best }?.id ?? ""))
            case .blank:
                send(.protocolRequest(option: request.options[0].id))
            case .allNormalAtASecond, .blindCriticalCalls:
                dwell(1)
                send(.protocolRequest(option: request.options[0].id))
            }
        }

        mutating func read(_ item: CaseSnapshot, _ strategy: Strategy) {
            send(.open(item.id))
            guard let routine = snapshot.routine(item.routine) else { return }
            if strategy != .blank {
                for step in item.steps {
                    while !state.isAvailable(item.id, step: step.id), state.ended == nil { wait(1) }
                    send(.show(step: step.id))
                    decide(item, routine: routine, step: step, strategy)
                }
            }
            send(.sign(impression: ""))
        }

        mutating func decide(_ item: CaseSnapshot, routine: Routine, step: StepSnapshot, _ strategy: Strategy) {
            switch strategy {
            case .blank:
                break
            case .allNormalAtASecond:
                dwell(1)
                send(.decideNormal(step: step.id))
            case .blindCriticalCalls:
                dwell(1)
                let critical = routine.step(step.id)?.terms.filter(\.critical) ?? []
                if critical.isEmpty { send(.decideNormal(step: step.id)) }
                for term in critical {
                    let mark = Mark(term: term.id, side: term.lateral ? .left : nil)
                    send(.mark(step: step.id, mark))
                    send(.communicate(step: step.id, mark))
                }
            case .diligent:
                dwell(step.readingSeconds + 0.25)
                read[item.id, default: []].insert(step.id)
                let here = item.findings.filter { $0.step == step.id }
                if here.isEmpty { send(.decideNormal(step: step.id)) }
                for finding in here {
                    let mark = Mark(term: finding.term, side: finding.side)
                    send(.mark(step: step.id, mark))
                    if finding.actionCategory(in: routine)?.mustBeCommunicated == true { send(.communicate(step: step.id, mark)) }
                }
            }
        }
    }
}
