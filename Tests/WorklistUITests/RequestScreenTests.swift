import Testing
import WorklistCore
@testable import WorklistUI

/// Issue 17 on screen: a protocoling request is its own kind of worklist row; Enter opens
/// its screen (details, options, nothing chosen); a choice and Enter answer it, final; the
/// screen then shows the verdict and the best option; Esc goes back; the summary lists it.
@Suite struct RequestScreenTests {
    static let request = ProtocolRequest(
        id: "ct-rif", arrives: 0, priority: .stat, exam: "CT abdomen and pelvis with contrast",
        patient: Patient(age: 24, sex: "F"),
        details: "Right iliac fossa pain for 18 hours. No pregnancy test recorded. eGFR 98.",
        options: [RequestOption(id: "approve", text: "Approve the CT as requested", verdict: .wrong,
                                explanation: "Pregnancy must be excluded before ionising radiation."),
                  RequestOption(id: "hold", text: "Hold for a pregnancy test, then ultrasound", verdict: .best,
                                explanation: "Ultrasound first in a young woman (ACR AC RLQ pain).")],
        references: ["ACR Appropriateness Criteria: Right Lower Quadrant Pain"])

    static func driver() throws -> UIDriver {
        var library = UIFixture.library
        library.scenarios[0].interruptions = []
        library.scenarios[0].requests = [request]
        return try UIDriver(library.scenarios[0], library: library)
    }

    static func screen(_ d: UIDriver, rows: Int = 40) -> String { d.frame(100, rows).lines.joined(separator: "\n") }

    @Test func aRequestWaitsOnTheWorklistAndOpensItsOwnScreen() throws {
        var d = try Self.driver()
        let list = Self.screen(d)
        #expect(list.contains("Request: CT abdomen and pelvi") && list.contains("to protocol"), "\(list)")
        #expect(list.contains("1 to protocol"))
        // The STAT request sorts with the studies by arrival; select it and open it.
        let rows = Lists.worklistRows(d.state)
        let index = try #require(rows.firstIndex { $0.id == .request("ct-rif") })
        for _ in 0..<index { d.press(.down, at: 1) }
        d.press(.enter, at: 2)
        #expect(d.events.last?.kind == .requestOpened(id: "ct-rif"))
        let opened = Self.screen(d)
        #expect(opened.contains("Protocoling request") && opened.contains("Right iliac fossa pain"), "\(opened)")
        #expect(opened.contains("WHAT WILL YOU DO?"))
        // Enter alone never answers it.
        d.press(.enter, at: 3)
        #expect(!d.events.contains { $0.kind.name == "protocoled" })
        #expect(d.ui.notice?.contains("Choose an option first") == true)
    }

    @Test func theChoiceIsFinalAndTheVerdictExplained() throws {
        var d = try Self.driver()
        d.send(.key(.enter))   // the first row
        if d.state.openRequest == nil {
            d.press(.escape, at: 1)
            let rows = Lists.worklistRows(d.state)
            let index = try #require(rows.firstIndex { $0.id == .request("ct-rif") })
            d.ui.selectedRow = rows[index].id
            d.press(.enter, at: 1)
        }
        #expect(d.state.openRequest == "ct-rif")
        d.press(.down, at: 20)        // the first option
        d.press(.enter, at: 20)       // approve: answered after 20 s, read
        #expect(d.events.last?.kind == .protocoled(id: "ct-rif", option: "approve"))
        let verdict = Self.screen(d)
        #expect(verdict.contains("Not the right call") && verdict.contains("Pregnancy must be excluded"), "\(verdict)")
        #expect(verdict.contains("Best: Hold for a pregnancy test") && verdict.contains("Ultrasound first"))
        d.press(.up, .enter, at: 21)
        #expect(d.events.filter { $0.kind.name == "protocoled" }.count == 1)
        d.press(.escape, at: 22)
        #expect(d.ui.screen == .worklist)
        #expect(Self.screen(d).contains("protocoled"))
    }

    @Test func theSummaryListsTheRequests() throws {
        var d = try Self.driver()
        let rows = Lists.worklistRows(d.state)
        d.ui.selectedRow = try #require(rows.first { $0.id == .request("ct-rif") }).id
        d.press(.enter, at: 1)
        d.press(.down, .down, .enter, at: 30)   // hold: the best
        d.press(.escape, at: 31)
        d.press(.char("q"), .char("e"), .char("e"), at: 32)
        let summary = Self.screen(d, rows: 80)
        #expect(summary.contains("PROTOCOLING") && summary.contains("100 CT abdomen and pelvis with contrast: best"), "\(summary)")
        #expect(summary.contains("Protocoling") && summary.contains("Reading and protocoling"))
    }

    /// Ending with under half the items opened asks again; requests count as items.
    @Test func endingEarlyCountsTheRequests() throws {
        var d = try Self.driver()
        #expect(EarlyEnd(d.state) == EarlyEnd(opened: 0, total: 4))
        d.press(.char("q"), .char("e"), at: 1)
        #expect(d.state.ended == nil && d.ui.confirmingEndEarly)
        #expect(Self.screen(d).contains("Only 0 of 4 items opened"), "\(Self.screen(d))")
        d.press(.char("e"), at: 2)
        #expect(d.state.ended == .trainee)
    }
}
