import CNCurses
import Testing
import WorklistUI
@testable import NCursesTerminal

extension CursesGlobalState {
    @Suite struct PresentTests {
        static let headline = Style(foreground: .yellow, background: .blue, bold: true)

        static func frame() -> Buffer {
            var buffer = Buffer(width: 20, height: 6)
            buffer.write("Case 12", x: 0, y: 0, style: headline)
            buffer.write("漢x", x: 2, y: 1)
            buffer.write("é", x: 0, y: 2, style: Style(underline: true))
            buffer.write("e\u{301}", x: 1, y: 2)
            buffer.write("≥ µ", x: 3, y: 2, style: Style(foreground: .red, reverse: true))
            buffer.write("dim", x: 0, y: 3, style: Style(dim: true))
            buffer.fill(Rect(x: 0, y: 5, width: 20, height: 1), style: Style(reverse: true))
            buffer.write("z", x: 19, y: 5, style: Style(reverse: true))  // the bottom-right cell
            return buffer
        }

        @Test func cellsReadBackWithTheirAttributes() throws {
            let screen = try TestScreen()
            let backend = screen.backend
            backend.present(Self.frame())
            let pairs = try #require(backend.colorPairs)

            let c = screen.cell(0, 0)
            #expect(c.text == "C")
            #expect(c.attributes & wl_a_bold() != 0)
            #expect(c.pair == pairs.pair(foreground: .yellow, background: .blue))
            #expect(screen.cell(6, 0).text == "2")
            #expect(screen.cell(7, 0).text == " ")
            #expect(screen.cell(7, 0).pair == 0)

            #expect(screen.cell(1, 1).text == " ")
            #expect(screen.cell(2, 1).text == "漢")
            #expect(screen.cell(4, 1).text == "x")  // the wide character took columns 2 and 3

            #expect(screen.cell(0, 2).text == "é")
            #expect(screen.cell(0, 2).attributes & wl_a_underline() != 0)
            #expect(screen.cell(1, 2).text == "e\u{301}")
            let ge = screen.cell(3, 2)
            #expect(ge.text == "≥")
            #expect(ge.attributes & wl_a_reverse() != 0)
            #expect(ge.pair == pairs.pair(foreground: .red, background: nil))
            #expect(screen.cell(5, 2).text == "µ")
            #expect(screen.cell(4, 2).attributes & wl_a_reverse() != 0)  // a styled blank is drawn

            #expect(screen.cell(0, 3).attributes & wl_a_dim() != 0)
            #expect(screen.cell(0, 3).attributes & wl_a_bold() == 0)
            #expect(screen.cell(0, 5).attributes & wl_a_reverse() != 0)
            #expect(screen.cell(19, 5).text == "z")
        }

        @Test func secondFrameChangesOneCellAndSendsLittle() throws {
            let screen = try TestScreen()
            var buffer = Self.frame()
            screen.backend.present(buffer)
            let first = screen.bytesSent
            buffer.write("3", x: 6, y: 0, style: Self.headline)
            screen.backend.present(buffer)
            let second = screen.bytesSent - first
            #expect(screen.cell(6, 0).text == "3")
            #expect(screen.cell(5, 0).text == "1")
            // Move, attributes, colours, the character, reset: ~40 bytes, not a frame.
            #expect(second > 0)
            #expect(second < 64, "a one-cell change sent \(second) bytes")
            screen.backend.present(buffer)
            #expect(screen.bytesSent - first - second == 0, "an unchanged frame sends nothing")
            buffer.write("y", x: 4, y: 1)
            let before = screen.bytesSent
            screen.backend.present(buffer)
            let plain = screen.bytesSent - before
            #expect(plain > 0 && plain <= 16, "a plain one-cell change sent \(plain) bytes")
        }

        @Test func cursorIsShownOnlyForTextFields() throws {
            let screen = try TestScreen()
            var buffer = Self.frame()
            buffer.cursor = (x: 4, y: 3)
            screen.backend.present(buffer)
            #expect(screen.backend.cursorVisible)
            #expect(getcury(screen.backend.window) == 3)
            #expect(getcurx(screen.backend.window) == 4)
            buffer.cursor = nil
            screen.backend.present(buffer)
            #expect(!screen.backend.cursorVisible)
        }

        @Test func aLargerBufferIsClippedAndAWideCharacterAtTheEdgeBlanked() throws {
            let screen = try TestScreen(columns: 10, rows: 3)
            var buffer = Buffer(width: 30, height: 8)
            buffer.write("abcdefghi漢", x: 0, y: 0)
            buffer.write("row 2", x: 0, y: 2)
            buffer.write("hidden", x: 0, y: 5)
            screen.backend.present(buffer)
            #expect(screen.row(0) == "abcdefghi ")
            #expect(screen.row(2) == "row 2     ")
        }

        @Test func asciiModeShowsQuestionMarks() throws {
            let screen = try TestScreen(locale: "C")
            var buffer = Buffer(width: 20, height: 6)
            buffer.write("a≥漢é", x: 0, y: 0)
            screen.backend.present(buffer)
            #expect(screen.row(0).hasPrefix("a?? ?"))
        }

        @Test func monochromeKeepsAttributesWithoutPairs() throws {
            let screen = try TestScreen(options: .init(color: false))
            screen.backend.present(Self.frame())
            #expect(screen.cell(0, 0).pair == 0)
            #expect(screen.cell(0, 0).attributes & wl_a_bold() != 0)
        }
    }
}
