import CNCurses
import Glibc
import WorklistUI

/// The terminal for a person: ncursesw behind the `TerminalBackend` protocol.
/// ncurses is global and not thread-safe: create one, and call it from one thread.
public final class NCursesBackend: TerminalBackend {
    public struct Options: Sendable, Equatable {
        /// Draw colours when the terminal has them; false (NO_COLOR, --no-color) keeps
        /// the attributes only.
        public var color: Bool
        /// Report button-1 clicks as `.click` (--mouse).
        public var mouse: Bool

        public init(color: Bool = true, mouse: Bool = false) {
            self.color = color
            self.mouse = mouse
        }
    }

    /// False in a non-UTF-8 locale (LANG=C): draw ASCII glyphs, since ncurses would drop
    /// every other character. Non-ASCII text that still arrives is shown as `?`.
    public let isUTF8: Bool
    /// Whether frames are drawn in colour (terminal has colours and options allow it).
    public let usesColor: Bool
    public private(set) var columns: Int
    public private(set) var rows: Int

    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    let colorPairs: ColorPairs?
    let mouseEnabled: Bool
    /// The output stream, for the real size after a stop.
    let output: UnsafeMutablePointer<FILE>
    /// Cursor visibility before we hid it (ERR when the terminal cannot tell).
    let savedCursor: Int32
    var cursorVisible = false
    var currentTimeout: Int32 = -2
    var hangup = HangupDetector()
    /// endwin has run (suspend or restore) and not been undone by resume.
    var isEnded = false
    /// restore has run: every later call does nothing.
    var isClosed = false
    /// The frame ncurses holds, and the terminal size it was drawn at: the next frame
    /// draws only what differs.
    var presented: (buffer: Buffer, columns: Int, rows: Int)?

    init(screen: OpaquePointer, output: UnsafeMutablePointer<FILE>, isUTF8: Bool, colorPairs: ColorPairs?,
         mouse: Bool, savedCursor: Int32) {
        self.screen = screen
        self.output = output
        self.window = wl_stdscr()
        self.isUTF8 = isUTF8
        self.colorPairs = colorPairs
        self.usesColor = colorPairs != nil
        self.mouseEnabled = mouse
        self.savedCursor = savedCursor
        var rows: Int32 = 0, columns: Int32 = 0
        wl_getmaxyx(window, &rows, &columns)
        self.rows = Int(rows)
        self.columns = Int(columns)
    }

    deinit { restore() }

    /// Throws away keys typed ahead (an interruption modal opening).
    public func discardPendingInput() {
        guard !isClosed else { return }
        flushinp()
    }

    /// Gives the terminal back to the shell (before ^Z stops the process).
    public func suspend() {
        guard !isClosed, !isEnded else { return }
        endwin()
        isEnded = true
    }

    /// Takes the terminal back after `suspend`; the next `present` repaints every cell.
    /// A resize while stopped was not seen by ncurses: read the real size again.
    public func resume() {
        guard !isClosed else { return }
        var realRows: Int32 = 0, realColumns: Int32 = 0
        if wl_window_size(fileno(output), &realRows, &realColumns) == 0,
           realRows != getmaxy(window) || realColumns != getmaxx(window) {
            resizeterm(realRows, realColumns)
        }
        clearok(wl_curscr(), true)
        doupdate()  // leaves shell mode; with clearok the screen is repainted
        isEnded = false
        readSize()
    }

    /// Ends ncurses and gives the terminal back: cursor, modes, normal screen. Safe to call
    /// more than once and from every way out of the loop (never from a signal handler).
    public func restore() {
        guard !isClosed else { return }
        isClosed = true
        if !isEnded {  // after suspend the terminal is the shell's already
            if mouseEnabled { mousemask(0, nil) }
            if savedCursor != ERR { curs_set(savedCursor) }
            endwin()
            isEnded = true
        }
        delscreen(screen)
    }

    func readSize() {
        rows = Int(getmaxy(window))
        columns = Int(getmaxx(window))
    }
}
