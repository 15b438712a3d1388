import CNCurses
import Glibc
import Testing
@testable import NCursesTerminal

extension CursesGlobalState {
    @Suite struct StartupTests {
        @Test func refusesAnUnknownTerminal() throws {
            try withNullStreams { output, input in
                #expect(throws: NCursesStartError.unknownTerminal("no-such-terminal-xyz")) {
                    try NCursesBackend.openForTesting(termName: "no-such-terminal-xyz", output: output, input: input,
                                                      columns: 80, rows: 24)
                }
            }
        }

        @Test func refusesATerminalThatCannotMoveTheCursor() throws {
            try withNullStreams { output, input in
                #expect(throws: NCursesStartError.noCursorAddressing("dumb")) {
                    try NCursesBackend.openForTesting(termName: "dumb", output: output, input: input,
                                                      columns: 80, rows: 24)
                }
            }
        }

        @Test func optionsAndLocaleAreReported() throws {
            let colour = try TestScreen(options: .init(color: true))
            #expect(colour.backend.usesColor)
            #expect(colour.backend.isUTF8)
            #expect(colour.backend.colorPairs?.palette == .full)
            colour.backend.restore()
            let mono = try TestScreen(locale: "C", options: .init(color: false))
            #expect(!mono.backend.usesColor)
            #expect(!mono.backend.isUTF8)
        }

        @Test func restoreIsIdempotentAndEndsEverything() throws {
            let screen = try TestScreen()
            screen.backend.restore()
            screen.backend.restore()
            screen.backend.suspend()
            screen.backend.present(.init(width: 3, height: 1))  // no-op, no crash
            #expect(screen.backend.nextEvent(timeoutMilliseconds: 10) == .hangup)
            #expect(wl_stdscr() == nil)
        }

        private func withNullStreams(_ body: (UnsafeMutablePointer<FILE>, UnsafeMutablePointer<FILE>) throws -> Void) throws {
            guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else { throw TestError("/dev/null") }
            defer { fclose(output); fclose(input) }
            try body(output, input)
        }
    }
}
