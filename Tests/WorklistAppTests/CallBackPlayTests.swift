import Foundation
import Testing
import WorklistCore
import WorklistStore
import WorklistUI
@testable import WorklistApp

/// Issue 11, part 4, as `play` runs it: journals written to disk, read back and scored.
@Suite struct CallBackPlayTests {
    /// AppFixture's shift, its call at 100 listing the pneumothorax under `unless_communicated`.
    static func play(_ script: String, unless: [String] = []) throws -> (PlayRun.Outcome, Journal) {
        var library = AppFixture.library
        library.scenarios[0].interruptions[0].unlessCommunicated = unless
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("worklist-app-" + UUID().uuidString).path
        let app = try SessionLauncher.start(library: library, scenario: library.scenarios[0], seed: 0, client: .play,
            settings: SessionSettings(trainee: "t", dataDirectory: data), theme: Theme(color: false))
        let outcome = try PlayRun.run(app, script: try KeyScript.parse(script), scriptPath: "keys", columns: 80, rows: 24)
        app.close()
        return (outcome, try JournalReader.read(app.journalPath!).journal)
    }

    /// Reads the STAT case's pleura and calls the pneumothorax through, well before 100.
    static let callThePneumothorax = """
        key Enter
        wait 2
        key n
        key j
        wait 3
        key f
        type ptx
        key Enter
        key l
        key c
        key Enter
        """

    @Test func aCallWhoseFindingWasCalledThroughDoesNotRing() throws {
        let (_, journal) = try Self.play(Self.callThePneumothorax + "\nwait 120\n", unless: ["ptx"])
        #expect(journal.times(of: "interruption_skipped") == [100])
        #expect(journal.times(of: "interruption_shown").isEmpty)
        let report = Scoring.report(journal)
        #expect(report.calls.isEmpty && report.interruptions == nil && report.skippedCalls == ["call"])
    }

    @Test func withoutTheCallThroughItRings() throws {
        let (_, journal) = try Self.play("wait 120\n", unless: ["ptx"])
        #expect(journal.times(of: "interruption_shown") == [100])
        #expect(journal.times(of: "interruption_skipped").isEmpty)
    }

    @Test func notReadYetThenTheCallBackRowAnsweredLater() throws {
        let (outcome, journal) = try Self.play("""
            wait 101
            # nothing is chosen at first: ↑ is the last answer, "not read yet"
            key k
            key Enter
            # the call-back task is the last row
            key G
            wait 9
            key Enter
            wait 1
            key j
            key Enter
            """)
        #expect(journal.kinds.filter { $0.name.contains("interruption") || $0.name.contains("call_back") } == [
            .interruptionShown(id: "call"),
            .interruptionAnswered(id: "call", answer: Interruption.notReadYetID),
            .callBackOpened(id: "call"),
            .interruptionAnswered(id: "call", answer: "yes"),
        ])
        #expect(journal.times(of: "call_back_opened") == [110])
        #expect(outcome.lastFrame?.text.contains("call back:") == false)
        let call = try #require(Scoring.report(journal).calls.first)
        #expect(call.answer == Interruption.notReadYetID && call.answeredAt == 101 && call.score == 100)
        #expect(call.calledBackAt == 111 && call.callBackAnswer == "yes")
    }
}
