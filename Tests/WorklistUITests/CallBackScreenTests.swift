import Testing
import WorklistCore
@testable import WorklistUI

/// Issue 11, part 4, through the real app reducer: "not read yet" leaves a call-back row on
/// the worklist; Enter (or a second click) on it shows the call again; answering it there
/// is journalled, not scored, and the row goes.
@Suite struct CallBackScreenTests {
    /// The fixture's call rings at 100 on the worklist; answered "not read yet" at 101.
    static func notReadYet() throws -> UIDriver {
        var d = try UIDriver()
        d.now = 100
        d.send(.tick)
        #expect(d.ui.screen == .call(over: .worklist))
        d.press(.up, at: 101)                         // from nothing chosen, ↑ is the last answer: "not read yet"
        d.press(.enter)
        #expect(d.events.last?.kind == .interruptionAnswered(id: "call", answer: Interruption.notReadYetID))
        #expect(d.ui.screen == .worklist)
        return d
    }

    static func callBackRow(_ d: UIDriver) -> Int? {
        Lists.worklistRows(d.state).firstIndex { $0.id == .callBack("call") }
    }

    @Test func notReadYetLeavesARowThatReadsClearlyAfterTheStudiesWaiting() throws {
        let d = try Self.notReadYet()
        let rows = Lists.worklistRows(d.state)
        #expect(rows.map(\.id) == [.study("cough"), .study("ptx"), .study("fever"), .callBack("call")])
        let frame = d.frame()
        let line = frame.lines[WorklistScreen.firstRow + 3]
        #expect(line.contains("CALL"), "\(line)")
        #expect(line.contains("call back: ED registrar re XR Chest PA"), "\(line)")
        #expect(line.contains("to do"), "\(line)")
        #expect(frame.lines[1].contains("1 to call back"), "\(frame.lines[1])")
        #expect(d.ui.selectedCase == "cough")         // the selection still follows the first study waiting
        // ASCII and no colour: the row still says what it is.
        let ascii = d.frame(theme: Theme(color: false, ascii: true)).lines[WorklistScreen.firstRow + 3]
        #expect(ascii.contains("CALL") && ascii.contains("call back: ED registrar re XR Chest PA"), "\(ascii)")
    }

    @Test func theWorklistWithACallBackRow() throws {
        var d = try Self.notReadYet()
        d.press(.char("G"), at: 221)
        assertSnapshot(d.frame(), named: "worklist-callback-80x24")
        assertSnapshot(d.frame(120, 40, theme: Theme(color: false, ascii: true)), named: "worklist-callback-ascii-120x40")
    }

    @Test func aStudyArrivingAfterTheTaskSortsBelowIt() throws {
        let late = UIFixture.library.scenarios[0]
        var scenario = late
        scenario.cases = .fixed([ScheduledCase(caseID: "cough", arrives: 0), ScheduledCase(caseID: "ptx", arrives: 0),
                                 ScheduledCase(caseID: "fever", arrives: 300)])
        var d = try UIDriver(scenario)
        d.now = 100
        d.send(.tick)
        d.press(.up, at: 101)
        d.press(.enter)
        d.now = 300
        d.send(.tick)
        #expect(Lists.worklistRows(d.state).map(\.id) == [.study("cough"), .study("ptx"), .callBack("call"), .study("fever")])
    }

    @Test func enterOnTheRowShowsTheCallAgainAndAnsweringItThereIsNotScored() throws {
        var d = try Self.notReadYet()
        let row = try #require(Self.callBackRow(d))
        d.press(.char("G"), at: 110)                  // the last row: the task
        #expect(d.ui.selectedRow == .callBack("call") && d.ui.selectedCase == nil)
        #expect(row == 3)
        d.press(.enter)
        #expect(d.events.last?.kind == .callBackOpened(id: "call"))
        #expect(d.ui.screen == .call(over: .worklist))
        #expect(d.frame().text.contains("Calling back: ED registrar"))   // the trainee is the one calling
        #expect(d.effects.last == .discardInput)      // typed-ahead keys dropped, as for a call ringing
        // The call's guard holds, and there is nothing to defer on one's own call.
        let line = d.frame().lines[23]
        #expect(!line.contains("defer"), "\(line)")
        d.press(.char("d"), at: 111)
        #expect(d.ui.screen.isCall && d.state.modalIsCallBack)
        let yes = try #require(Lists.answers(UIFixture.call).firstIndex { $0.id == "yes" })
        for _ in 0...yes { d.press(.down) }
        d.press(.enter)
        #expect(d.events.last?.kind == .interruptionAnswered(id: "call", answer: "yes"))
        #expect(d.ui.screen == .worklist)
        #expect(Self.callBackRow(d) == nil)           // the task is done
        #expect(d.ui.selectedRow != nil && d.ui.selectedRow != .callBack("call"))
        #expect(!d.frame().text.contains("call back"))
        // Scored: the first answer, "not read yet", right then (nothing read), within 30 s.
        let report = Scoring.report(d.app.journal)
        #expect(report.calls.count == 1)
        #expect(report.calls.first?.answer == Interruption.notReadYetID && report.calls.first?.score == 100)
        #expect(report.calls.first?.calledBackAt == 111 && report.calls.first?.callBackAnswer == "yes")
    }

    @Test func aSecondClickOnTheRowOpensTheCall() throws {
        var d = try Self.notReadYet()
        let row = try #require(Self.callBackRow(d)) + WorklistScreen.firstRow
        d.now = 105
        d.send(.click(column: 20, row: row, columns: 80, rows: 24))
        #expect(d.ui.selectedRow == .callBack("call") && d.ui.screen == .worklist)
        d.send(.click(column: 20, row: row, columns: 80, rows: 24))
        #expect(d.events.last?.kind == .callBackOpened(id: "call"))
        #expect(d.ui.screen == .call(over: .worklist))
    }

    @Test func aCallBackOnScreenIsThereAgainAfterAResume() throws {
        var d = try Self.notReadYet()
        d.press(.char("G"), .enter, at: 110)
        let resumed = AppState(journal: d.app.journal)
        #expect(resumed.ui.screen == .call(over: .worklist))
        #expect(resumed.engine.modalIsCallBack)
    }

    @Test func nothingTrapsOnACallBack() throws {
        var d = try Self.notReadYet()
        d.press(.char("G"), .enter, at: 110)
        #expect(AppReducerTests.leadsOut(d))
    }
}

extension MouseTests {
    /// Through the app reducer (not `Interaction.click` alone): a first click's selection
    /// stays, so the second click opens the study instead of being pulled back by the queue.
    @Test func aClickedSelectionIsNotPulledBackByTheQueue() throws {
        var d = try UIDriver()
        d.send(.click(column: 10, row: WorklistScreen.firstRow + 1, columns: 80, rows: 24))
        #expect(d.ui.selectedCase == "ptx")
        d.send(.click(column: 10, row: WorklistScreen.firstRow + 1, columns: 80, rows: 24))
        #expect(d.state.openCase == "ptx" && d.ui.screen == .reading)
    }
}
