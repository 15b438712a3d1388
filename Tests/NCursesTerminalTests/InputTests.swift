import CNCurses
import Testing
import WorklistUI
@testable import NCursesTerminal

extension CursesGlobalState {
    /// Bytes as xterm sends them, through ncurses' own key parsing (keypad on).
    @Suite struct InputTests {
        func events(_ screen: TestScreen, _ count: Int) -> [InputEvent?] {
            (0..<count).map { _ in screen.backend.nextEvent(timeoutMilliseconds: 200) }
        }

        @Test func charactersAndKeys() throws {
            let screen = try TestScreen()
            screen.type("aćĆ漢\u{7F}\r\t\u{1B}[Z\u{1B}OA\u{1B}[B\u{1B}[3~\u{1B}OP\u{1B}[24~\u{0B}")
            #expect(events(screen, 15) == [
                .key(.char("a")), .key(.char("ć")), .key(.char("Ć")), .key(.char("漢")), .key(.backspace), .key(.enter),
                .key(.tab), .key(.backTab), .key(.up), .key(.down), .key(.delete), .key(.function(1)),
                .key(.function(12)), .key(.ctrl("k")), nil,
            ])
        }

        @Test func homeAndEndAsTmuxSendsThem() throws {
            let screen = try TestScreen()
            screen.type("\u{1B}[1~\u{1B}[4~\u{1B}OH\u{1B}OF\u{1B}[5~\u{1B}[6~")
            #expect(events(screen, 6) == [.key(.home), .key(.end), .key(.home), .key(.end), .key(.pageUp), .key(.pageDown)])
        }

        @Test func asciiModeDropsWhatItCannotShow() throws {
            let screen = try TestScreen(locale: "C")
            // ncurses cannot decode these bytes in the C locale: they vanish, never a
            // wrong character.
            screen.type("é漢")
            #expect(events(screen, 4).compactMap { $0 } == [])
            screen.type("a\u{7F}")
            #expect(events(screen, 3).compactMap { $0 } == [.key(.char("a")), .key(.backspace)])
        }

        @Test func aLoneEscapeIsEscape() throws {
            let screen = try TestScreen()
            screen.type("\u{1B}")
            #expect(screen.backend.nextEvent(timeoutMilliseconds: 500) == .key(.escape))
        }

        @Test func clickWithSGRMouse() throws {
            let screen = try TestScreen()
            screen.type("\u{1B}[<0;11;6M\u{1B}[<0;11;6m")  // press and release at column 10, row 5
            let got = events(screen, 3).compactMap { $0 }
            #expect(got == [.click(column: 10, row: 5)])
        }

        @Test func resizeIsNeverAKey() throws {
            let screen = try TestScreen(columns: 20, rows: 6)
            resizeterm(30, 100)  // as ncurses' SIGWINCH handling does: it queues KEY_RESIZE
            var got: InputEvent?
            for _ in 0..<3 where got == nil { got = screen.backend.nextEvent(timeoutMilliseconds: 100) }
            #expect(got == .resize(columns: 100, rows: 30))
            #expect(screen.backend.columns == 100 && screen.backend.rows == 30)
        }

        @Test func endOfInputIsAHangup() throws {
            let screen = try TestScreen()
            screen.closeTyping()
            // Each read now fails at once; a run of them is a hang-up.
            var got: InputEvent?
            for _ in 0..<50 where got == nil { got = screen.backend.nextEvent(timeoutMilliseconds: 1000) }
            #expect(got == .hangup)
        }
    }
}
