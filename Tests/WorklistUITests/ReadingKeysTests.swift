import Testing
import WorklistCore
@testable import WorklistUI

/// Reading like a PACS (issue 14): `n` moves on to the next undecided step, digits and
/// g/G jump, and erasing a finding already called through asks first.
@Suite struct ReadingKeysTests {
    /// The STAT pneumothorax case open: Technical quality, Lungs, Pleura, Bones.
    static func opened(normalMovesOn: Bool = true) throws -> UIDriver {
        var d = try UIDriver(normalMovesOn: normalMovesOn)
        d.press(.down, .enter, at: 5)
        return d
    }

    static func shown(_ d: UIDriver) -> String? { d.state.progress("ptx")?.currentStep }

    /// What the trainee did, without the clock's heartbeats and keystroke counts.
    static func actions(_ d: UIDriver, after count: Int) -> [EventKind] {
        d.events.dropFirst(count).map(\.kind).filter { kind in
            if case .heartbeat = kind { return false }
            if case .keys = kind { return false }
            return true
        }
    }

    @Test func normalMovesToTheNextUndecidedStepAndJournalsBoth() throws {
        var d = try Self.opened()
        #expect(Self.shown(d) == "technical")
        let before = d.events.count
        d.press(.char("n"), at: 9)
        #expect(Self.actions(d, after: before) == [
            .decidedNormal(case: "ptx", step: "technical"), .shown(case: "ptx", step: "lungs"),
        ])
        // Jump to Bones, call it normal: the next undecided is Lungs, above.
        d.press(.char("4"), .char("n"), at: 12)
        #expect(Self.shown(d) == "lungs")
        d.press(.char("n"), .char("n"), at: 15)
        #expect(Self.shown(d) == "pleura")
        // The last undecided step called normal: nothing left, it stays.
        d.press(.char("n"), at: 18)
        #expect(Self.shown(d) == "pleura")
        #expect(d.state.progress("ptx")?.decisions.count == 4)
    }

    @Test func theConfigSwitchKeepsNormalOnItsStep() throws {
        var d = try Self.opened(normalMovesOn: false)
        d.press(.char("n"), at: 9)
        #expect(Self.shown(d) == "technical")
        #expect(d.events.last?.kind == .decidedNormal(case: "ptx", step: "technical"))
    }

    @Test func digitsAndHomeEndJump() throws {
        var d = try Self.opened()
        d.press(.char("3"), at: 6)
        #expect(Self.shown(d) == "pleura")
        d.press(.char("G"))
        #expect(Self.shown(d) == "bones")
        d.press(.char("g"))
        #expect(Self.shown(d) == "technical")
        d.press(.end)
        #expect(Self.shown(d) == "bones")
        let before = d.events.count
        d.press(.char("9"))
        #expect(Self.actions(d, after: before) == [], "no step 9: nothing journalled")
        #expect(d.ui.notice == "This case has 4 steps.")
        d.press(.char("4"))
        #expect(Self.actions(d, after: before) == [], "already on step 4")
    }

    @Test func erasingACalledFindingAsksFirst() throws {
        var d = try Self.opened()
        d.press(.char("3"), .char("f"), at: 8)
        d.type("ptx")
        d.press(.enter, .char("l"), .char("c"), .enter, at: 12)
        let mark = Mark(term: "pneumothorax", side: .left)
        #expect(d.state.progress("ptx")?.isCommunicated(step: "pleura", mark: mark) == true)
        let before = d.events.count
        d.press(.char("n"), at: 14)
        #expect(Self.actions(d, after: before) == [], "asked, not erased")
        #expect(d.ui.notice?.contains("Press n again") == true)
        // Longer than the screen is wide: it wraps onto two lines, nothing cut.
        let lines = d.frame().lines
        #expect(lines.contains { $0.contains("This step holds a finding you called through.") })
        #expect(lines.contains { $0.contains("erase it.") })
        // Any other key drops the question; the next n asks again.
        d.press(.char("k"), .char("j"))
        d.press(.char("n"))
        #expect(d.state.progress("ptx")?.decisions["pleura"]?.marks == [mark])
        d.press(.char("n"))
        #expect(d.state.progress("ptx")?.decisions["pleura"] == .normal)
    }

    @Test func stepKeysCanBeRebound() throws {
        var map = KeyMap.standard
        try map.rebind(.step(1), in: .reading, to: [.function(5)])
        #expect(map.intent(for: .function(5), in: .reading) == .step(1))
        #expect(map.intent(for: .char("1"), in: .reading) == nil)
        #expect(Intent.names["step_1"] == .step(1))
    }
}

/// The read rule shown while reading (issue 14): a step long enough on screen gets a quiet
/// mark at the end of its checklist row, by the scorer's own rule.
@Suite struct ReadMarkTests {
    static func row(_ d: UIDriver, _ label: String) -> String {
        d.frame().lines.first { $0.contains(label) }.map { String($0.prefix(ReadingScreen.checklistWidth(columns: 80))) } ?? ""
    }

    @Test func aStepGetsItsMarkOnceReadAndAHastyDecisionStaysDim() throws {
        var d = try ReadingKeysTests.opened()
        let need = try #require(d.state.snapshot.case("ptx")?.step("technical")?.readingSeconds)
        d.now = 5 + need - 0.5
        d.send(.tick)
        #expect(d.ui.reading?.standing(case: "ptx", step: "technical", at: d.now) == .unread)
        #expect(!Self.row(d, "Technical").contains("•"))
        d.now = 5 + need + 0.5
        d.send(.tick)
        #expect(d.ui.reading?.standing(case: "ptx", step: "technical", at: d.now) == .read)
        #expect(Self.row(d, "Technical").contains("•"))
        // Lungs called normal the moment it shows: decided unread, drawn dim, no mark.
        d.press(.char("n"), .char("n"))
        #expect(d.ui.reading?.standing(case: "ptx", step: "lungs", at: d.now) == .decidedUnread)
        #expect(!Self.row(d, "Lungs").contains("•"))
        let lungs = try #require(d.frame().lines.firstIndex { $0.contains("Lungs") })
        #expect(d.frame()[2, lungs].style == Theme().style(.dim))
        // The scorer agrees: signed, Lungs is "decided without reading", Technical is not.
        d.press(.char("s"), .char("y"))
        #expect(Scoring.report(d.app.journal).cases.first { $0.id == "ptx" }?.unreadSteps == ["lungs"])
    }
}

/// ASCII mode (issue 14): no glyph that reads as a key, an ellipsis that reads as one, one
/// separator.
@Suite struct ASCIIModeTests {
    @Test func arrowsAreWordsAndTheEllipsisIsThreeDots() {
        #expect(ASCIIText.transliterate("↑↓ select · ↓ scroll") == "Up/Down select | Down scroll")
        #expect(TextLayout.ellipsize("Sudden left chest pain while running", width: 12, ascii: true) == "Sudden le...")
        #expect(TextLayout.ellipsize("Sudden left chest pain while running", width: 12) == "Sudden left…")
        #expect(TextLayout.ellipsize("abcdef", width: 2, ascii: true) == "..")
        let theme = Theme(color: false, ascii: true)
        let keyLetters = Set(KeyMap.standard.table.flatMap(\.keys).compactMap { key -> String? in
            if case .char(let c) = key, c.isLetter { return String(c) }
            return nil
        })
        for glyph in [theme.normal, theme.finding, theme.pointer, theme.seen, theme.notSeen, theme.pending, theme.readMark,
                      theme.tick, theme.cross] {
            #expect(!keyLetters.contains(glyph), "\(glyph) is a key")
        }
    }

    @Test func theReadingKeyLineFitsEightyColumnsInASCII() throws {
        var d = try UIDriver()
        d.press(.down, .enter, at: 5)
        let last = d.frame(80, 24, theme: Theme(color: false, ascii: true)).lines.last ?? ""
        #expect(last.contains("q quit"), "\(last)")
    }
}

/// The whole request one key away (issue 14): `i` on the worklist (the selected study) and
/// on the reading screen (the open one); any key closes it, back to what was under it.
@Suite struct RequestOverlayTests {
    @Test func iShowsTheWholeRequestAndAnyKeyCloses() throws {
        var d = try UIDriver()
        d.press(.down, at: 1)
        let selected = try #require(d.ui.selectedCase)
        d.press(.char("i"))
        #expect(d.ui.screen == .request(case: selected, over: .worklist))
        let indication = try #require(d.content.cases[selected]?.indication)
        #expect(d.frame().text.contains(indication))
        #expect(d.frame().text.contains("Request"))
        d.press(.char("x"))
        #expect(d.ui.screen == .worklist)

        d.press(.enter, at: 5)
        #expect(d.ui.screen == .reading)
        d.press(.char("i"))
        #expect(d.ui.screen == .request(case: selected, over: .reading))
        let before = d.events.count
        d.press(.char("n"))   // closes the request; it does not decide the step
        #expect(d.ui.screen == .reading)
        #expect(ReadingKeysTests.actions(d, after: before) == [])
    }

    @Test func aCallRingingClosesTheRequestAndCoversTheScreenUnder() throws {
        var d = try UIDriver()
        d.press(.down, .enter, at: 5)
        d.press(.char("i"))
        d.now = 100
        d.send(.tick)
        #expect(d.ui.screen == .call(over: .reading))
    }
}

/// `u` takes back the last decision on the case, repeatably, journalled as the ordinary
/// decision events that reverse it (issue 14): scoring needs nothing new.
@Suite struct UndoTests {
    static let left = Mark(term: "pneumothorax", side: .left)

    static func markedPleura() throws -> UIDriver {
        var d = try ReadingKeysTests.opened()
        d.press(.char("3"), .char("f"), at: 8)
        d.type("ptx")
        d.press(.enter, .char("l"), at: 9)
        return d
    }

    @Test func undoTakesBackAMarkThenTheNormalBeforeIt() throws {
        var d = try ReadingKeysTests.opened()
        d.press(.char("n"), at: 8)                        // technical normal → lungs
        d.press(.char("1"), .char("f"), at: 9)            // back to technical, mark it rotated
        d.type("rot")
        d.press(.enter)
        #expect(d.state.progress("ptx")?.decisions["technical"] == .marked([Mark(term: "rotated")]))
        let before = d.events.count
        d.press(.char("u"), at: 10)
        #expect(d.state.progress("ptx")?.decisions["technical"] == .normal, "back to normal, as before the mark")
        #expect(ReadingKeysTests.actions(d, after: before) == [
            .unmarked(case: "ptx", step: "technical", mark: Mark(term: "rotated")),
            .decidedNormal(case: "ptx", step: "technical"),
        ])
        // Again: the normal itself was the step's first decision: nothing leads back to undecided.
        d.press(.char("u"))
        #expect(d.state.progress("ptx")?.decisions["technical"] == .normal)
        #expect(d.ui.notice?.hasPrefix("That step was undecided before") == true)
        d.press(.char("u"))
        #expect(d.ui.notice == "Nothing to undo on this case.")
    }

    @Test func undoBringsBackMarksThatNormalErasedAndShowsTheirStep() throws {
        var d = try Self.markedPleura()
        d.press(.char("n"), at: 12)                       // pleura normal: the mark is gone, on to bones
        #expect(d.state.progress("ptx")?.decisions["pleura"] == .normal)
        #expect(d.state.progress("ptx")?.currentStep != "pleura")
        d.press(.char("u"), at: 13)
        #expect(d.state.progress("ptx")?.decisions["pleura"] == .marked([Self.left]))
        #expect(d.state.progress("ptx")?.currentStep == "pleura")
        // And the mark itself, one further back.
        d.press(.char("u"))
        #expect(d.state.progress("ptx")?.decisions["pleura"] == nil)
    }

    @Test func undoOfAnUnmarkMarksAgainAndTheJournalScoresAsIfRedone() throws {
        var d = try Self.markedPleura()
        d.press(.char("U"), .enter, at: 12)               // unmark through the chooser
        #expect(d.state.progress("ptx")?.decisions["pleura"] == nil)
        d.press(.char("u"), at: 13)
        #expect(d.state.progress("ptx")?.decisions["pleura"] == .marked([Self.left]))
        // The scorer reads the same decisions the screen shows.
        let report = Scoring.report(d.app.journal).cases.first { $0.id == "ptx" }
        #expect(report?.decisions["pleura"] == .marked([Self.left]))
    }

    @Test func aSignedCaseHasNothingToUndo() throws {
        var d = try Self.markedPleura()
        d.press(.char("s"), .char("y"), at: 20)
        d.press(.enter)                                   // the card, back to the worklist
        d.press(.enter)                                   // reopen the signed case
        let before = d.events.count
        d.press(.char("u"))
        #expect(ReadingKeysTests.actions(d, after: before).allSatisfy { if case .opened = $0 { true } else { false } })
    }
}

/// `/` finds a term on any step and marks it at the step it belongs to (issue 14).
@Suite struct FindEverywhereTests {
    @Test func aTermOfAnotherStepIsMarkedThereAfterShowingIt() throws {
        var d = try ReadingKeysTests.opened()
        #expect(ReadingKeysTests.shown(d) == "technical")
        d.press(.char("/"), at: 6)
        #expect(d.ui.screen == .picker(filter: "", selection: 0, everywhere: true))
        #expect(d.frame().text.contains("Finding anywhere on the case"))
        d.type("ptx")
        #expect(d.frame().text.contains("Pleura: Pneumothorax"))
        let before = d.events.count
        d.press(.enter)
        #expect(d.ui.screen == .sidePicker(term: "pneumothorax"))
        d.press(.char("l"))
        #expect(ReadingKeysTests.actions(d, after: before) == [
            .shown(case: "ptx", step: "pleura"),
            .marked(case: "ptx", step: "pleura", mark: Mark(term: "pneumothorax", side: .left)),
        ])
        // Bones, then technical quality: each shown, then marked.
        d.press(.char("/"))
        d.type("rib")
        d.press(.enter, .char("r"))
        #expect(d.state.progress("ptx")?.decisions["bones"]?.marks == [Mark(term: "rib-fracture", side: .right)])
        d.press(.char("/"))
        d.type("rot")
        d.press(.enter)
        #expect(d.state.progress("ptx")?.decisions["technical"] == .marked([Mark(term: "rotated")]))
        #expect(ReadingKeysTests.shown(d) == "technical")
    }

    @Test func theStepPickListPointsToSlashWhenTheTermIsElsewhere() throws {
        var d = try ReadingKeysTests.opened()
        d.press(.char("f"), at: 6)                        // at technical quality
        d.type("ptx")
        #expect(d.frame().text.contains("Not at this step: / searches every step."))
        d.press(.backspace, .backspace, .backspace)
        d.type("zzz")
        #expect(d.frame().text.contains("No term matches."))
    }

    @Test func theEmptyFilterListsEveryStepInRoutineOrder() {
        let all = Lists.pickList(UIFixture.routine, filter: "")
        #expect(all.map(\.term.id) == UIFixture.routine.steps.flatMap { $0.terms.map(\.id) })
        #expect(Lists.pickList(UIFixture.routine, filter: "ptx").first?.step.id == "pleura")
    }
}

/// The impression is a text field (issue 14): edited at its cursor, shown over several
/// lines, and signing without one is asked about.
@Suite struct ImpressionFieldTests {
    @Test func editingKeysActAtTheCursor() {
        var f = TextField("Normal chest")
        #expect(f.cursor == 12)
        for key: Key in [.home, .char("A"), .char(" "), .end, .char(".")] { _ = f.apply(key) }
        #expect(f.text == "A Normal chest.")
        _ = f.apply(.ctrl("w"))
        #expect(f.text == "A Normal " && f.cursor == 9)
        for key: Key in [.left, .left, .backspace, .delete] { _ = f.apply(key) }
        #expect(f.text == "A Norm ")   // Backspace took the a, Delete the l
        _ = f.apply(.ctrl("a")); _ = f.apply(.right); _ = f.apply(.ctrl("k"))
        #expect(f.text == "A" && f.cursor == 1)
        _ = f.apply(.ctrl("u"))
        #expect(f.text == "" && f.cursor == 0)
        let edited = f.apply(.pageDown)
        #expect(!edited, "not an editing key")
        // Lines of the box's width, the cursor on the right one; a wide character never splits.
        let g = TextField("abcdef漢g", cursor: 6)
        let (lines, cursor) = g.lines(width: 4)
        #expect(lines == ["abcd", "ef漢", "g"])
        #expect(cursor.line == 1 && cursor.column == 2)
        let full = TextField("abcd").lines(width: 4)
        #expect(full.lines == ["abcd", ""] && full.cursor.line == 1 && full.cursor.column == 0, "a full line: the cursor starts the next")
    }

    @Test func thePreviewEditsInTheMiddleAndSignsWhatItShows() throws {
        var d = try ReadingKeysTests.opened()
        d.press(.char("r"), at: 6)
        d.type("Normal chest")
        d.press(.home)
        d.type("A ")
        d.press(.end, .left, .left, .left, .left, .left, .backspace)
        #expect(d.ui.impressions["ptx"] == "A Normalchest")
        d.press(.enter, .char("s"))
        #expect(!d.frame().text.contains("No impression typed"))
        d.press(.char("y"))
        #expect(d.state.progress("ptx")?.impression == "A Normalchest")
    }

    @Test func thePickListFilterEditsAtItsCursorToo() throws {
        var d = try ReadingKeysTests.opened()
        d.press(.char("3"), .char("f"), at: 6)
        d.type("pnx")
        d.press(.left, .backspace)
        d.type("t")
        #expect(d.ui.screen == .picker(filter: "ptx", selection: 0, everywhere: false))
        d.press(.ctrl("u"))
        #expect(d.ui.screen == .picker(filter: "x", selection: 0, everywhere: false))
        d.press(.end, .backspace)
        d.type("ptx")
        d.press(.enter, .char("l"))
        #expect(d.state.progress("ptx")?.decisions["pleura"]?.marks == [Mark(term: "pneumothorax", side: .left)])
    }

    @Test func signingWithoutAnImpressionSaysSo() throws {
        var d = try ReadingKeysTests.opened()
        d.press(.char("s"), at: 6)
        #expect(d.frame().text.contains("No impression typed"))
        d.press(.escape)
        #expect(d.ui.screen == .reading)
    }
}

/// A mode-true exam (issue 14): films are named by number only until the exam ends, with
/// no priority or turnaround; Enter after signing opens the next film; a film can be flagged.
@Suite struct ExamScreenTests {
    static let exam = Scenario(id: "mini-rapids", title: "Mini rapids", mode: .exam,
                               cases: .fixed(["ptx", "cough", "fever"].map { ScheduledCase(caseID: $0, arrives: 0) }),
                               timeLimit: 600, feedback: false)

    @Test func filmsByNumberNoPriorityAndFlags() throws {
        var d = try UIDriver(Self.exam)
        let list = d.frame().text
        #expect(list.contains("Film 1 of 3") && list.contains("Film 3 of 3"))
        for word in ["STAT ", "URG ", "RTN ", " TAT", "m left", "ptx", "cough", "fever"] {
            #expect(!list.contains(word), "\(word) on the exam list")
        }
        #expect(d.frame().lines.last?.contains("F flag") == true)
        d.press(.char("F"), at: 2)
        #expect(d.ui.flagged == [d.ui.selectedCase ?? ""])
        #expect(d.frame().text.contains("flagged"))
        d.press(.enter, at: 3)
        let header = d.frame().lines[0]
        #expect(header.contains("Film 1 of 3") && !header.contains("STAT"), "\(header)")
        d.press(.char("n"), .char("n"), .char("n"), .char("n"), .char("s"), .char("y"), at: 20)
        #expect(d.ui.screen == .worklist)
        // The next film is selected: Enter opens it.
        d.press(.enter, at: 21)
        #expect(d.state.openCase == "cough")
        #expect(d.frame().lines[0].contains("Film 2 of 3"))
    }

    @Test func flagsAreTheExamsOnly() throws {
        var d = try UIDriver()
        d.press(.char("F"), at: 2)
        #expect(d.ui.flagged.isEmpty)
        #expect(d.frame().lines.last?.contains("flag") == false)
    }
}
