import CNCurses
import Glibc
import Testing
@testable import NCursesTerminal

extension CursesGlobalState {
    /// The C wrappers of shim.h against the values ncurses 6 documents.
    @Suite struct ShimTests {
        @Test func attributes() {
            #expect(wl_a_normal() == 0)
            #expect(wl_a_underline() == 1 << 17)
            #expect(wl_a_reverse() == 1 << 18)
            #expect(wl_a_dim() == 1 << 20)
            #expect(wl_a_bold() == 1 << 21)
            #expect(wl_a_color() == 0xFF00)
        }

        @Test func functionKeys() {
            #expect(wl_key_f(0) == 0o410)
            #expect(wl_key_f(1) == 265)
            #expect(wl_key_f(12) == 276)
        }

        @Test func mouseMasks() {
            #expect(wl_button1_released() == 0o1)
            #expect(wl_button1_pressed() == 0o2)
            #expect(wl_button1_clicked() == 0o4)
            #expect(wl_report_mouse_position() == 0o10 << 25)
            #expect(wl_all_mouse_events() == wl_report_mouse_position() - 1)
        }

        @Test func standardStreams() {
            #expect(fileno(wl_stdin()) == 0)
            #expect(fileno(wl_stdout()) == 1)
        }

        @Test func wcwidthAndCodesetFollowTheLocale() {
            setlocale(LC_ALL, "C.UTF-8")
            #expect(String(cString: wl_codeset()) == "UTF-8")
            #expect(wcwidth(0x61) == 1)
            #expect(wcwidth(0x6F22) == 2)
            #expect(wcwidth(0x301) == 0)
            #expect(wcwidth(0x07) == -1)
            setlocale(LC_ALL, "C")
            #expect(String(cString: wl_codeset()) == "ANSI_X3.4-1968")
            #expect(!NCursesBackend.isUTF8Codeset(String(cString: wl_codeset())))
            setlocale(LC_ALL, "C.UTF-8")
        }

        @Test func windowSizeOfANonTerminalIsUnknown() throws {
            let devNull = open("/dev/null", O_RDONLY)
            defer { close(devNull) }
            var rows: Int32 = 0, columns: Int32 = 0
            #expect(wl_window_size(devNull, &rows, &columns) == -1)
        }

        @Test func screenGlobalsAfterNewterm() throws {
            let screen = try TestScreen(columns: 33, rows: 11)
            #expect(wl_stdscr() == screen.backend.window)
            #expect(wl_curscr() != nil)
            #expect(wl_lines() == 11)
            #expect(wl_cols() == 33)
            var rows: Int32 = 0, columns: Int32 = 0
            wl_getmaxyx(screen.backend.window, &rows, &columns)
            #expect([rows, columns] == [11, 33])
            #expect(wl_colors() == 256)
            #expect(wl_color_pairs() > 80)
            #expect(wl_has_cursor_addressing() == 1)
        }
    }
}
