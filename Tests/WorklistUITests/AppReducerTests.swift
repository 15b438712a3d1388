import Testing
import WorklistCore
@testable import WorklistUI

/// The app reducer at its own level: every screen, with each engine event that can arrive
/// while it is up (a call ringing, the time limit), keeps what is on screen, what is drawn
/// and what the keys do in step, and never traps the trainee (issue 10).
@Suite struct AppReducerTests {
    /// Keys that reach each screen of the fixture from the start (the call rings at 100,
    /// the limit is at 1800); all pressed at t = 5, before anything falls due.
    static let screens: [(name: String, keys: [Key])] = [
        ("worklist", []),
        ("reading", [.down, .enter]),
        ("picker", [.down, .enter, .char("f")]),
        ("side picker", [.down, .enter, .char("j"), .char("j"), .char("f"), .char("p"), .char("t"), .char("x"), .enter]),
        ("chooser", [.down, .enter, .char("j"), .char("j"), .char("f"), .char("p"), .char("t"), .char("x"), .enter,
                     .char("l"), .char("U")]),
        ("preview", [.down, .enter, .char("r")]),
        ("confirm sign", [.down, .enter, .char("s")]),
        ("confirm quit over the worklist", [.char("q")]),
        ("confirm quit over reading", [.down, .enter, .char("q")]),
        ("help over reading", [.down, .enter, .char("?")]),
        ("feedback", [.down, .enter, .char("s"), .char("y")]),
        ("help over feedback", [.down, .enter, .char("s"), .char("y"), .char("?")]),
        ("summary", [.char("q"), .char("e"), .char("e")]),
        ("review", [.char("q"), .char("e"), .char("e"), .char("v")]),
        ("review case", [.char("q"), .char("e"), .char("e"), .char("v"), .enter]),
    ]

    /// What can arrive while the screen is up: instants to tick to.
    static let arrivals: [(name: String, times: [Double])] = [
        ("nothing", []), ("a call", [100]), ("the time limit", [1800]), ("a call, then the limit", [100, 1800]),
    ]

    static func reach(_ keys: [Key]) throws -> UIDriver {
        var d = try UIDriver()
        for key in keys { d.press(key, at: 5) }
        return d
    }

    static var cases: [(String, [Key], String, [Double])] {
        screens.flatMap { screen in arrivals.map { (screen.name, screen.keys, $0.name, $0.times) } }
    }

    @Test(arguments: cases)
    func whatIsOnScreenIsWhatIsDrawnAndKeysLeadOut(screen: String, keys: [Key], arrival: String, times: [Double]) throws {
        var d = try Self.reach(keys)
        for t in times {
            d.now = t
            d.send(.tick)
        }
        let label = "\(screen) + \(arrival)"
        // A call the engine holds is on screen and drawn, while the session runs; never after it ends.
        let ringing = d.state.modal != nil && d.state.ended == nil
        #expect(d.ui.screen.layers.contains { $0.isCall } == ringing, "\(label): \(d.ui.screen)")
        #expect(d.frame().text.contains("Call: ED registrar") == ringing, "\(label)")
        if ringing { #expect(d.ui.screen.isCall, "\(label): the call is on top") }
        // An ended session shows its summary, or the card that was up (then the summary).
        if d.state.ended != nil {
            let ending: [Context] = [.summary, .reviewList, .reviewCase, .feedback, .help, .history]
            #expect(ending.contains(d.ui.screen.context),
                    "\(label): \(d.ui.screen)")
        }
        // Whatever is showing, a short run of ordinary keys leads to the exit.
        #expect(Self.leadsOut(d), "\(label): trapped on \(d.ui.screen)")
    }

    /// Whether some sequence of up to ten keys among the usual ones (answering a call
    /// included) ends the program: "nothing traps, hides or loses work".
    static func leadsOut(_ start: UIDriver) -> Bool {
        let keys: [Key] = [.escape, .enter, .down, .char("q"), .char("e"), .char("y")]
        var frontier = [start]
        for _ in 0..<10 {
            var next: [UIDriver] = []
            for d in frontier {
                for key in keys {
                    var copy = d
                    copy.now += 1            // past the call's 400 ms guard
                    copy.press(key)
                    if copy.ui.exit != nil { return true }
                    next.append(copy)
                }
            }
            // Keep the search small: one state per distinct screen and call choice.
            var seen: [String] = []
            frontier = next.filter { d in
                let key = "\(d.ui.screen) \(d.ui.callSelection) \(d.ui.confirmingEndEarly) \(d.state.ended == nil)"
                if seen.contains(key) { return false }
                seen.append(key)
                return true
            }
        }
        return false
    }

    @Test func aCallDuringTheFeedbackCardShowsOverItAndAnswersWhatIsShown() throws {
        var d = try Self.reach([.down, .enter, .char("s"), .char("y")])
        guard case .feedback = d.ui.screen else { Issue.record("no card: \(d.ui.screen)"); return }
        d.now = 100
        d.send(.tick)
        #expect(d.ui.screen.isCall)
        let frame = d.frame()
        #expect(frame.text.contains("Is there a pneumothorax"))
        #expect(frame.lines.last?.contains("answer") == true)
        d.press(.down, .enter, at: 101)
        #expect(d.events.contains { $0.kind == .interruptionAnswered(id: "call", answer: Lists.answers(UIFixture.call)[0].id) })
        guard case .feedback = d.ui.screen else { Issue.record("the card did not come back: \(d.ui.screen)"); return }
    }

    @Test func theTimeLimitEndingUnderACallLeavesALeavableSummary() throws {
        var d = try Self.reach([.down, .enter])
        d.now = 100
        d.send(.tick)
        #expect(d.ui.screen.isCall)
        d.now = 1800
        d.send(.tick)
        #expect(d.state.ended == .timeLimit)
        #expect(d.ui.screen == .summary(scroll: 0))
        d.press(.char("q"), at: 1801)
        #expect(d.ui.exit == .ended)
        #expect(d.effects.last == .exit(.ended))
    }

    @Test func aJournalResumedPastItsLimitWithACallDueOpensOnTheSummary() throws {
        var d = try Self.reach([.down, .enter])
        d.now = 100
        d.send(.tick)
        var resumed = AppState(journal: d.app.journal)
        #expect(resumed.ui.screen.isCall)
        _ = AppReducer.reduce(&resumed, .resumedAfterExit(wallSecondsAway: 60), at: 1900, content: d.content)
        #expect(resumed.engine.ended == .timeLimit)
        #expect(resumed.ui.screen == .summary(scroll: 0))
        _ = AppReducer.reduce(&resumed, .key(.enter), at: 1900, content: d.content)
        #expect(resumed.ui.exit == .ended)
    }

    @Test func signingTheLastCaseShowsItsCardBeforeTheSummary() throws {
        var library = UIFixture.library
        library.scenarios[0].cases = .fixed([ScheduledCase(caseID: "ptx", arrives: 0)])
        var d = try UIDriver(library.scenarios[0])
        d.press(.enter, .char("s"), .char("y"), at: 5)
        #expect(d.state.ended == .allSigned)
        guard case .feedback(let card) = d.ui.screen else { Issue.record("no card: \(d.ui.screen)"); return }
        #expect(card.value.id == "ptx")
        #expect(d.frame().lines.last?.contains("Enter summary") == true)
        d.press(.enter)
        #expect(d.ui.screen == .summary(scroll: 0))
        #expect(d.effects.filter { $0 == .recordHistory }.count == 1)
    }

    @Test func aCallWaitsUnderTheTooSmallNoticeAndHelpGivesWayToIt() throws {
        var d = try Self.reach([.down, .enter, .char("?")])
        d.now = 100
        d.send(.tick)
        #expect(d.ui.screen == .call(over: .reading))             // help closed, the call on top
        d.send(.resized(small: true, wallSecondsPaused: 0))
        #expect(d.ui.screen == .tooSmall(over: .call(over: .reading)))
        d.press(.down, .enter, at: 101)                          // keys do nothing while too small
        #expect(d.state.modal == "call")
        d.send(.resized(small: false, wallSecondsPaused: 3))
        #expect(d.ui.screen == .call(over: .reading))
    }

    @Test func aCallOpeningAsksForTypedAheadKeysToBeDropped() throws {
        var d = try Self.reach([.down, .enter])
        d.effects = []
        d.now = 100
        d.send(.tick)
        #expect(d.effects.contains(.discardInput))
        #expect(d.ui.callShownAt == 100 && d.ui.callSelection == -1)
    }
}

/// Screens true to the mode: the bottom line offers only keys that act, in the mode's words.
@Suite struct ModeTrueScreenTests {
    static var drill: Scenario {
        DrillPlan.scenario(UIFixture.library, routine: UIFixture.routine, caseIDs: ["ptx", "cough"])
    }

    @Test func aDrillHasNoWorklistToGoBackTo() throws {
        var d = try UIDriver(Self.drill)
        #expect(d.state.openCase == "ptx")
        let line = try #require(d.frame().lines.last)
        #expect(!line.contains("Esc list"))
        d.press(.escape, at: 2)
        #expect(d.state.openCase == "ptx")                    // Esc does nothing, and says nothing
        #expect(!d.events.contains { $0.kind.name == "left" })
        d.press(.char("q"), at: 2)
        #expect(d.frame().text.contains("Leave the drill?"))
        #expect(d.frame().text.contains("end the drill now"))
        #expect(d.frame().lines.last?.contains("end the drill now") == true)
        d.press(.escape, .char("s"), .char("y"), at: 3)
        #expect(d.frame().lines.last?.contains("Enter next case") == true)
        #expect(!(d.frame().lines.last?.contains("worklist") ?? true))
        d.press(.enter, at: 4)
        #expect(d.state.openCase == "cough")
    }

    @Test func aShiftCardGoesBackToTheWorklist() throws {
        var d = try UIDriver()
        d.press(.down, .enter, .char("s"), .char("y"), at: 5)
        #expect(d.frame().lines.last?.contains("Enter back to the worklist") == true)
        d.press(.char("q"))
        #expect(!d.frame().text.contains("Leave the shift?"))   // q is not a key of the card
        d.press(.enter, .char("q"))
        #expect(d.frame().text.contains("Leave the shift?"))
    }

    @Test func aSignedCaseReopenedOffersOnlyWhatActs() throws {
        var d = try UIDriver()
        d.press(.down, .enter, .char("s"), .char("y"), .enter, at: 5)
        d.ui.selectedCase = "ptx"
        d.press(.enter, at: 6)                                 // the signed case again
        #expect(d.state.openCase == "ptx")
        let line = try #require(d.frame().lines.last)
        for word in ["n normal", "f find", "u unmark", "s sign"] { #expect(!line.contains(word), "\(word)") }
        #expect(line.contains("r report"))
    }

    @Test func theSummaryOffersProgressOnlyWhenThereIsSome() throws {
        var d = try UIDriver()
        d.press(.char("q"), .char("e"), .char("e"), at: 5)
        #expect(!(d.frame().lines.last?.contains("progress") ?? true))
        d.send(.historyRecorded(TraineeProgress(trainee: "t", sessions: 1, trends: [], routines: [], weakSteps: [],
                                                missedTerms: [], grades: [])))
        #expect(d.frame().lines.last?.contains("h progress") == true)
    }
}

/// Every key hint on every screen and box comes from the keymap table (issue 10).
@Suite struct ReboundKeyHintTests {
    /// A key bound nowhere in the standard table.
    static let fresh = Key.function(9)

    /// For each context, keys that bring it on screen.
    static let reach: [Context: [Key]] = [
        .worklist: [], .reading: [.down, .enter], .picker: [.down, .enter, .char("f")],
        .sidePicker: [.down, .enter, .char("j"), .char("j"), .char("f"), .char("p"), .char("t"), .char("x"), .enter],
        .chooser: [.down, .enter, .char("j"), .char("j"), .char("f"), .char("p"), .char("t"), .char("x"), .enter,
                   .char("l"), .char("U")],
        .preview: [.down, .enter, .char("r")], .confirmSign: [.down, .enter, .char("s")],
        .confirmQuit: [.char("q")], .feedback: [.down, .enter, .char("s"), .char("y")],
        .summary: [.char("q"), .char("e"), .char("e")], .reviewList: [.char("q"), .char("e"), .char("e"), .char("v")],
        .reviewCase: [.char("q"), .char("e"), .char("e"), .char("v"), .enter], .help: [.char("?")],
        .call: [.down, .enter], .history: [.char("q"), .char("e"), .char("e")],
    ]

    /// Every binding a screen shows: labelled ones, the pair of a labelled ↑, and the keys
    /// named inside boxes (side, sign and quit confirmations).
    static var shown: [(Context, Intent)] {
        KeyMap.standard.table.compactMap { binding -> (Context, Intent)? in
            // The flag shows in an exam's list only (ExamScreenTests); this fixture is a shift.
            guard reach[binding.context] != nil, binding.intent != .help, binding.intent != .flag else { return nil }
            let pairedDown = binding.intent == .down && KeyMap.standard.table.contains {
                $0.context == binding.context && $0.intent == .up && $0.label != nil
            }
            let inBox = [.sidePicker, .confirmSign, .confirmQuit].contains(binding.context)
            return binding.label != nil || pairedDown || inBox ? (binding.context, binding.intent) : nil
        }
    }

    @Test(arguments: shown.map { "\($0.0.rawValue).\(KeyMap.name(of: $0.1))" })
    func aReboundKeyIsTheOneShown(_ name: String) throws {
        let (context, intent) = try #require(Self.shown.first { "\($0.0.rawValue).\(KeyMap.name(of: $0.1))" == name })
        var map = KeyMap.standard
        try map.rebind(intent, in: context, to: [Self.fresh])
        var d = try UIDriver(keyMap: map)
        for key in Self.reach[context] ?? [] { d.press(key, at: 5) }
        if context == .call {
            d.now = 100
            d.send(.tick)
        }
        if context == .history || context == .summary {
            d.send(.historyRecorded(TraineeProgress(trainee: "t", sessions: 1, trends: [], routines: [], weakSteps: [],
                                                    missedTerms: [], grades: [])))
            if context == .history { d.press(.char("h")) }
        }
        #expect(d.ui.screen.context == context, "\(name): reached \(d.ui.screen)")
        let text = d.frame(200, 50).text
        #expect(text.contains(Self.fresh.description), "\(name): F9 not shown")
    }
}
