import Testing
import WorklistCore
@testable import WorklistUI

@Suite struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (100, 30), (120, 40), (79, 24), (20, 5)]

    @Test(arguments: sizes)
    func worklist(columns: Int, rows: Int) throws {
        var d = try UIDriver()
        d.press(.down, at: 61)
        assertSnapshot(d.frame(columns, rows), named: "worklist-\(columns)x\(rows)")
    }

    @Test(arguments: sizes)
    func reading(columns: Int, rows: Int) throws {
        // Written step by step, for `n` that stays on its step (config normal_moves_on: false).
        var d = try UIDriver(normalMovesOn: false)
        d.press(.down, .enter, at: 5)          // the STAT pneumothorax
        d.press(.char("n"), at: 9)
        d.press(.char("j"), .char("n"), .char("j"), at: 15)
        d.press(.char("f"), at: 20)
        d.type("ptx")
        d.press(.enter, .char("l"))
        assertSnapshot(d.frame(columns, rows), named: "reading-\(columns)x\(rows)")
    }

    @Test func readingWithCJKText() throws {
        var d = try UIDriver()
        d.press(.enter, at: 2)                 // cough: Japanese text in indication and view
        d.press(.char("j"), at: 3)
        assertSnapshot(d.frame(), named: "reading-cjk-80x24")
        let frame = d.frame()
        #expect(frame.lines.allSatisfy { DisplayWidth.of($0) == 80 })
    }

    @Test func pickListWithAnAliasAndTheSidePicker() throws {
        var d = try UIDriver()
        d.press(.down, .enter, .char("j"), .char("j"), at: 5)
        d.press(.char("f"))
        d.type("ptx")
        assertSnapshot(d.frame(), named: "picker-ptx-80x24")
        d.press(.enter)
        assertSnapshot(d.frame(), named: "side-80x24")
    }

    @Test func confirmations() throws {
        var d = try UIDriver()
        d.press(.down, .enter, at: 5)
        d.press(.char("s"))
        assertSnapshot(d.frame(), named: "confirm-sign-80x24")
        d.press(.escape, .char("q"))
        assertSnapshot(d.frame(), named: "confirm-quit-80x24")
    }

    @Test func reportPreviewWithTypedImpression() throws {
        var d = try UIDriver()
        d.press(.down, .enter, at: 5)
        d.press(.char("n"), at: 9)
        d.press(.char("r"))
        d.type("Normal chest. 正常。")
        assertSnapshot(d.frame(), named: "preview-80x24")
    }

    @Test func callModal() throws {
        var d = try UIDriver()
        d.press(.char("x"), at: 101)            // the call rang at 100
        #expect(d.state.modal == "call")
        assertSnapshot(d.frame(), named: "call-80x24")
    }

    @Test func monochromeAndASCII() throws {
        var d = try UIDriver()
        d.press(.down, .enter, at: 5)
        let ascii = d.frame(theme: Theme(color: false, ascii: true))
        assertSnapshot(ascii, named: "reading-ascii-80x24")
        let allASCII = ascii.lines.joined().unicodeScalars.allSatisfy { $0.isASCII }
        #expect(allASCII)
        // STAT stays unmistakable without colour: the word, bold and reversed.
        var w = try UIDriver()
        w.press(.char("j"), at: 1)
        let mono = w.frame(theme: Theme(color: false))
        let row = try #require(mono.lines.indices.first { $0 >= 3 && mono.lines[$0].contains("STAT") })
        let line = mono.lines[row]
        let range = try #require(line.range(of: "STAT"))
        let x = line.distance(from: line.startIndex, to: range.lowerBound)
        let cell = mono[x, row]
        #expect(cell.style.bold && cell.style.reverse && cell.style.foreground == nil)
    }
}

@Suite struct InteractionTests {
    @Test func lettersAreTextInThePickListNotCommands() throws {
        var d = try UIDriver()
        d.press(.down, .enter, .char("j"), .char("j"), at: 5)
        d.press(.char("f"))
        d.type("sqn")                            // s would sign, q quit, n normal outside the field
        #expect(d.ui.screen == .picker(filter: "sqn", selection: 0))
        #expect(d.state.progress("ptx")?.status == .inProgress)
        d.press(.backspace, .backspace, .backspace)
        d.type("eff")
        #expect(Lists.pickList(d.state.snapshot.routine("cxr")!.step("pleura")!, filter: "eff").map(\.id) == ["effusion"])
    }

    @Test func aLateralTermNeedsASideAndEscapeCancels() throws {
        var d = try UIDriver()
        d.press(.down, .enter, .char("j"), .char("j"), at: 5)
        d.press(.char("f"))
        d.type("ptx")
        d.press(.enter)
        #expect(d.ui.screen == .sidePicker(term: "pneumothorax"))
        d.press(.escape)
        #expect(d.ui.screen == .reading)
        #expect(d.state.progress("ptx")?.decisions["pleura"] == nil)
        d.press(.char("f"))
        d.type("ptx")
        d.press(.enter, .char("r"))
        #expect(d.state.progress("ptx")?.decisions["pleura"] == .marked([Mark(term: "pneumothorax", side: .right)]))
    }

    @Test func communicateAndUnmarkChooseFromTheMarks() throws {
        var d = try UIDriver()
        d.press(.down, .enter, .char("j"), .char("j"), at: 5)
        d.press(.char("f"))
        d.type("ptx")
        d.press(.enter, .char("l"), at: 12)
        d.press(.char("c"), .enter, at: 20)
        #expect(d.state.progress("ptx")?.isCommunicated(step: "pleura", mark: Mark(term: "pneumothorax", side: .left)) == true)
        d.press(.char("c"))
        #expect(d.ui.notice == "No marked finding left to call through.")
        d.press(.char("U"), .enter)
        #expect(d.state.progress("ptx")?.decisions["pleura"] == nil)
    }

    @Test func signingNeedsConfirmationAndFreezesTheCase() throws {
        var d = try UIDriver()
        d.press(.down, .enter, at: 5)
        d.press(.char("s"), .char("n"))
        #expect(d.state.progress("ptx")?.status == .inProgress)
        d.press(.char("r"))
        d.type("Left PTX")
        d.press(.enter, .char("s"), .char("y"))
        #expect(d.state.progress("ptx")?.status == .signed)
        #expect(d.state.progress("ptx")?.impression == "Left PTX")
        #expect(d.state.openCase == nil)
    }

    @Test func escapeLeavesTheCaseInProgress() throws {
        var d = try UIDriver()
        d.press(.enter, at: 1)
        d.press(.escape)
        #expect(d.state.openCase == nil)
        #expect(d.state.progress("cough")?.status == .inProgress)
    }

    @Test func theCallIgnoresKeysForItsFirst400Milliseconds() throws {
        var d = try UIDriver()
        d.press(.char("j"), at: 100)             // the call rings at 100
        #expect(d.ui.callShownAt == 100)
        d.press(.down, .enter, at: 100.3)        // in flight: ignored
        #expect(d.state.modal == "call")
        d.press(.enter, at: 100.5)               // nothing chosen yet: Enter alone does nothing
        #expect(d.state.modal == "call")
        d.press(.down, .enter, at: 100.6)
        #expect(d.state.modal == nil)
    }

    @Test func quitOffersEndOrSave() throws {
        var d = try UIDriver()
        d.press(.char("q"), .char("s"))
        #expect(d.ui.exit == .saveAndExit)
        #expect(d.state.ended == nil)
        var e = try UIDriver()
        e.press(.char("q"), .char("e"), .char("e"))
        #expect(e.ui.exit == nil)                // the summary comes first
        #expect(e.state.ended == .trainee)
    }
}

@Suite struct KeyMapTests {
    @Test func everyContextHasABottomLineAndNoKeyIsBoundTwice() {
        for context in Context.allCases where context != .tooSmall {
            #expect(!KeyMap.standard.bottomLine(for: context).isEmpty, "\(context)")
            let keys = KeyMap.standard.table.filter { $0.context == context }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "a key bound twice in \(context)")
        }
    }

    @Test(arguments: [
        (Key.enter, Context.worklist, Intent.open), (.char("j"), .worklist, .down), (.char("n"), .reading, .normal),
        (.escape, .reading, .back), (.char("l"), .sidePicker, .side(.left)), (.char("e"), .confirmQuit, .endNow),
        (.char("d"), .call, .deferCall),
    ])
    func bindings(key: Key, context: Context, intent: Intent) {
        #expect(KeyMap.standard.intent(for: key, in: context) == intent)
    }

    @Test func noControlKeyThatNeverArrivesIsBound() {
        // Ctrl-S/Q are flow control, Ctrl-Z and Ctrl-C signals; Ctrl-H/I/J/M arrive as other keys.
        let unreachable: [Key] = ["s", "q", "z", "c", "h", "i", "j", "m"].map { .ctrl($0) }
        #expect(KeyMap.standard.table.allSatisfy { Set($0.keys).isDisjoint(with: unreachable) })
    }

    @Test func textContextsLeaveLettersUnbound() {
        for context in Context.allCases where context.takesText {
            let letters = KeyMap.standard.table.filter { $0.context == context }.flatMap(\.keys).filter {
                if case .char = $0 { return true } else { return false }
            }
            #expect(letters.isEmpty, "\(context)")
        }
    }
}

@Suite struct BufferTests {
    @Test func wideCharactersClipWholeAndNeverShiftARow() {
        var b = Buffer(width: 5, height: 1)
        b.write("ab漢字", x: 0, y: 0)
        #expect(b.lines == ["ab漢 "])
        b.write("x", x: 3, y: 0)                 // over the right half of 漢
        #expect(b.lines == ["ab x "])
        #expect(DisplayWidth.of(b.lines[0]) == 5)
    }

    @Test(arguments: [(1, 1), (0, 0), (3, 2)])
    func tinyBuffersNeverCrash(columns: Int, rows: Int) throws {
        var d = try UIDriver()
        d.press(.enter, at: 1)
        let frame = d.frame(columns, rows)
        #expect(frame.width == columns && frame.height == rows)
    }

    @Test func wrapByDisplayWidth() {
        #expect(TextLayout.wrap("漢字漢字 ab", width: 4) == ["漢字", "漢字", "ab"])
        #expect(TextLayout.wrap("one two\nthree", width: 7) == ["one two", "three"])
    }
}

@Suite struct EndScreensSnapshotTests {
    /// The pneumothorax case read, marked, called and signed; then the shift ended.
    static func finished() throws -> UIDriver {
        // Written step by step, for `n` that stays on its step (config normal_moves_on: false).
        var d = try UIDriver(normalMovesOn: false)
        d.press(.down, .enter, at: 5)
        d.press(.char("n"), at: 9)
        d.press(.char("j"), .char("n"), .char("j"), at: 15)
        d.press(.char("f"), at: 20)
        d.type("ptx")
        d.press(.enter, .char("l"), .char("c"), .enter)
        d.press(.char("s"), .char("y"), at: 30)
        return d
    }

    static func report(_ d: UIDriver) -> SessionReport {
        Scoring.report(Journal(header: JournalHeader(session: "20261129T160000Z-0001", seed: 0, trainee: "t", client: .play,
                                                     startedAt: "", snapshot: d.state.snapshot),
                               events: d.events))
    }

    @Test(arguments: ScreenSnapshotTests.sizes)
    func feedbackCard(columns: Int, rows: Int) throws {
        var d = try Self.finished()
        d.ui.screen = .feedback(UIState.Scrolled(try #require(Self.report(d).cases.first { $0.id == "ptx" })))
        assertSnapshot(d.frame(columns, rows), named: "feedback-\(columns)x\(rows)")
    }

    @Test(arguments: ScreenSnapshotTests.sizes)
    func summary(columns: Int, rows: Int) throws {
        var d = try Self.finished()
        d.press(.enter, .char("q"), .char("e"), .char("e"), at: 40)   // the card closed, then end the shift
        assertSnapshot(d.frame(columns, rows), named: "summary-\(columns)x\(rows)")
    }

    @Test func reviewListAndCase() throws {
        var d = try Self.finished()
        d.press(.enter, .char("q"), .char("e"), .char("e"), at: 40)   // the card closed, then end the shift
        d.press(.char("v"))
        assertSnapshot(d.frame(), named: "review-list-80x24")
        d.press(.down, .enter, .char("j"), .char("j"))
        assertSnapshot(d.frame(), named: "review-case-80x24")
        assertSnapshot(d.frame(theme: Theme(color: false, ascii: true)), named: "review-case-ascii-80x24")
    }

    @Test func helpOverlay() throws {
        var d = try UIDriver()
        d.press(.down, .enter, .char("?"), at: 5)
        assertSnapshot(d.frame(), named: "help-reading-80x24")
        let mono = d.frame(theme: Theme(color: false, ascii: true))
        assertSnapshot(mono, named: "help-reading-ascii-80x24")
        d.press(.char("n"))                       // any key closes help, and does nothing else
        #expect(d.ui.screen == .reading)
        #expect(d.state.progress("ptx")?.decisions["technical"] == nil)
    }

    @Test func feedbackInMonochromeASCII() throws {
        var d = try Self.finished()
        d.ui.screen = .feedback(UIState.Scrolled(try #require(Self.report(d).cases.first { $0.id == "ptx" })))
        let frame = d.frame(theme: Theme(color: false, ascii: true))
        assertSnapshot(frame, named: "feedback-ascii-80x24")
        let allASCII = frame.lines.joined().unicodeScalars.allSatisfy { $0.isASCII }
        #expect(allASCII)
    }
}

@Suite struct MouseTests {
    @Test func clicksSelectOpenShowStepsAndChooseAnswers() throws {
        var d = try UIDriver()
        // Rows start at screen row 3: the second row is the STAT case.
        var actions = Interaction.click(column: 10, row: 4, columns: 80, rows: 24, ui: &d.ui, state: d.state)
        #expect(actions.isEmpty && d.ui.selectedCase == "ptx")
        actions = Interaction.click(column: 10, row: 4, columns: 80, rows: 24, ui: &d.ui, state: d.state)
        #expect(actions == [.open("ptx")])
        d.press(.enter, at: 1)
        actions = Interaction.click(column: 5, row: ReadingScreen.checklistTop + 2, columns: 80, rows: 24, ui: &d.ui, state: d.state)
        #expect(actions == [.show(step: "pleura")])
        #expect(Interaction.click(column: 50, row: ReadingScreen.checklistTop + 2, columns: 80, rows: 24, ui: &d.ui, state: d.state).isEmpty)
        d.press(.char("x"), at: 100)                 // the call rings
        let top = Overlays.callLayout(UIFixture.call, columns: 80, rows: 24, theme: Theme()).answersTop
        _ = Interaction.click(column: 20, row: top + 1, columns: 80, rows: 24, ui: &d.ui, state: d.state)
        #expect(d.ui.callSelection == 1)
        #expect(d.state.modal == "call")             // a click chooses; Enter answers
    }
}
