import Foundation
import Testing
import WorklistCore
import WorklistStore
import WorklistUI
@testable import WorklistApp

@Suite struct DrillTests {
    static var library: Library {
        var library = AppFixture.library
        library.cases = (0..<6).map { AppFixture.item("d\($0)", .routine, findings: $0 % 2 == 0 ? [AppFixture.ptx] : []) }
        library.cases.append({ var c = AppFixture.item("exam", .routine); c.examOnly = true; return c }())
        return library
    }

    @Test func unseenFirstThenTheWeakest() {
        let history = DrillPlan.History(seen: ["d0", "d1", "d2", "d3"], meanScore: ["d0": 90, "d1": 40, "d2": 95, "d3": 100],
                                        missedTerms: ["pneumothorax": 2])
        let order = DrillPlan.order(Self.library, routine: "cxr", history: history, count: 10, seed: 1)
        #expect(Set(order.prefix(2)) == ["d4", "d5"])               // never seen
        // d0 and d2 hold the often-missed pneumothorax: 10 + 40 and 5 + 40 beat d1's 60? No: d1 60, d0 50, d2 45, d3 0.
        #expect(Array(order.dropFirst(2)) == ["d1", "d0", "d2", "d3"])
        #expect(!order.contains("exam"))                              // never exam-only
        #expect(DrillPlan.order(Self.library, routine: "cxr", history: history, count: 3, seed: 1).count == 3)
        #expect(DrillPlan.order(Self.library, routine: "cxr", history: .init(), count: 10, seed: 1)
                == DrillPlan.order(Self.library, routine: "cxr", history: .init(), count: 10, seed: 1))
    }

    static func drill(_ reminders: AppState.DrillReminders = .init()) throws -> AppSession {
        let routine = AppFixture.routine
        let scenario = DrillPlan.scenario(Self.library, routine: routine, caseIDs: ["d0", "d1"])
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("worklist-drill-" + UUID().uuidString).path
        let app = try SessionLauncher.start(library: Self.library, scenario: scenario, seed: 0, client: .play,
            settings: SessionSettings(trainee: "t", reminders: reminders, dataDirectory: data), theme: Theme(color: false))
        return app
    }

    @Test func casesOpenOneAfterAnotherWithHintsAndFeedback() throws {
        let app = try Self.drill()
        try app.advance(to: 0)
        #expect(app.state.openCase == "d0")                          // no queue: the first case is open
        #expect(app.state.snapshot.scenario.id == "drill:cxr")
        try app.press(.char("s"), at: 1)
        try app.press(.char("y"), at: 1)
        #expect(app.ui.screen == .feedback(.init(app.report.cases[0])))                   // feedback per case
        try app.press(.enter, at: 2)
        #expect(app.state.openCase == "d1")                          // and the next one opens
        #expect(app.frame(now: 2, columns: 80, rows: 24).text.contains("case 2 of 2 · mean 0"))
    }

    @Test func theOrderNoticeAndTheKeepSearchingReminder() throws {
        let app = try Self.drill()
        try app.advance(to: 0)
        try app.press(.char("j"), at: 1)
        try app.press(.char("n"), at: 4)                             // pleura before technical quality
        #expect(app.ui.notice == "Out of protocol order: Technical quality comes before Pleura.")
        #expect(app.state.progress(app.state.openCase ?? "")?.currentStep == "technical")  // n moved on
        try app.press(.char("j"), at: 5)                             // back to the pleura
        try app.press(.char("f"), at: 5)
        for c in "ptx" { try app.press(.char(c), at: 5) }
        try app.press(.enter, at: 5)
        try app.press(.char("l"), at: 5)
        #expect(app.ui.notice?.hasPrefix("Keep searching") == true)

        let quiet = try Self.drill(.init(order: false, keepSearching: false))
        try quiet.advance(to: 0)
        try quiet.press(.char("j"), at: 1)
        try quiet.press(.char("n"), at: 4)
        #expect(quiet.ui.notice == nil)
    }

    @Test func hintsShowInDrillsOnly() throws {
        var library = Self.library
        library.routines[0].steps[0].hint = "Rotation and inspiration."
        let scenario = DrillPlan.scenario(library, routine: library.routines[0], caseIDs: ["d0"])
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("worklist-drill-" + UUID().uuidString).path
        let drill = try SessionLauncher.start(library: library, scenario: scenario, seed: 0, client: .play,
            settings: SessionSettings(trainee: "t", dataDirectory: data), theme: Theme(color: false))
        try drill.advance(to: 0)
        #expect(drill.frame(now: 0, columns: 80, rows: 24).text.contains("Hint: Rotation and inspiration."))
        var shiftScenario = library.scenarios[0]
        shiftScenario.cases = .fixed([ScheduledCase(caseID: "d0", arrives: 0)])
        shiftScenario.interruptions = []
        let shift = try SessionLauncher.start(library: library, scenario: shiftScenario, seed: 0, client: .play,
            settings: SessionSettings(trainee: "t", dataDirectory: data), theme: Theme(color: false))
        try shift.press(.enter, at: 0)
        #expect(!shift.frame(now: 0, columns: 80, rows: 24).text.contains("Hint:"))
    }
}
