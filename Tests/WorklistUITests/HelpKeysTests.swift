import Testing
import WorklistCore
@testable import WorklistUI

/// Issue 17 on the reading screen: `t` asks the technologist for the step's extra view,
/// `a` consults a senior; the step says what is on the way, then shows it; the feedback
/// card says whether the view was indicated and what the senior said. Never in an exam.
@Suite struct HelpKeysTests {
    static let extra = ExtraView(label: "Expiratory film", text: "The line at the apex now lies 2 cm from the wall.",
                                 delay: 30, indicated: false, reason: "Not needed: the inspiratory film already shows it.")

    static func library(mode: Mode = .shift) -> Library {
        var library = UIFixture.library
        var cases = library.cases
        let index = cases.firstIndex { $0.id == "ptx" }!
        cases[index].views["pleura"]?.extra = extra
        cases[index].senior = "Look along the chest wall at the apex."
        library.cases = cases
        library.scenarios[0].mode = mode
        library.scenarios[0].interruptions = []   // no call in the way
        return library
    }

    /// Opens the STAT pneumothorax and shows its pleura step (the third).
    static func reading(mode: Mode = .shift) throws -> UIDriver {
        let library = library(mode: mode)
        var d = try UIDriver(library.scenarios[0], library: library)
        d.press(.down, .enter, at: 1)   // ptx is second on the list
        #expect(d.state.openCase == "ptx")
        d.press(.char("3"), at: 2)
        return d
    }

    static func screen(_ d: UIDriver) -> String { d.frame(100, 30).lines.joined(separator: "\n") }

    @Test func tAsksForTheExtraViewWhichArrivesAfterItsDelay() throws {
        var d = try Self.reading()
        #expect(Self.screen(d).contains("The technologist can add: Expiratory film (t asks for it)."))
        d.press(.char("t"), at: 5)
        #expect(d.events.last?.kind == .askedExtra(case: "ptx", step: "pleura"))
        d.now = 20
        d.send(.tick)
        #expect(Self.screen(d).contains("Expiratory film: requested \u{2014} arriving in 15 s."), "\(Self.screen(d))")
        d.now = 35
        d.send(.tick)
        #expect(Self.screen(d).contains("Expiratory film: The line at the apex now lies 2 cm from the wall."))
        d.press(.char("t"), at: 36)
        #expect(d.events.filter { $0.kind.name == "asked_extra" }.count == 1)   // asking again journals nothing
    }

    @Test func aConsultsASeniorWhoseNoteComesAfterTheDelay() throws {
        var d = try Self.reading()
        #expect(Self.screen(d).contains("A senior colleague is free (a asks them"))
        d.press(.char("a"), at: 10)
        #expect(d.events.last?.kind == .consulted(case: "ptx"))
        d.now = 50
        d.send(.tick)
        #expect(Self.screen(d).contains("Senior colleague: on the way \u{2014} about 50 s."))
        d.now = 100
        d.send(.tick)
        #expect(Self.screen(d).contains("Senior colleague: Look along the chest wall at the apex."))
    }

    @Test func theFeedbackCardJudgesTheExtraAndQuotesTheSenior() throws {
        var d = try Self.reading()
        d.press(.char("t"), at: 5)
        d.press(.char("a"), at: 6)
        d.press(.char("s"), .char("y"), at: 200)
        guard case .feedback = d.ui.screen else { Issue.record("\(d.ui.screen)"); return }
        let card = d.frame(100, 60).lines.joined(separator: "\n")
        #expect(card.contains("HELP FROM COLLEAGUES"))
        #expect(card.contains("Pleura: Expiratory film"), "\(card)")
        #expect(card.contains("asked at 0:05: not needed"))
        #expect(card.contains("Senior colleague (asked at 0:06)"))
    }

    @Test func neitherIsOfferedInAnExam() throws {
        var d = try Self.reading(mode: .exam)
        let screen = Self.screen(d)
        #expect(!screen.contains("technologist") && !screen.contains("senior"), "\(screen)")
        d.press(.char("t"), .char("a"), at: 5)
        #expect(!d.events.contains { ["asked_extra", "consulted"].contains($0.kind.name) })
    }
}
