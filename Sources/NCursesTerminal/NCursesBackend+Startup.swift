import CNCurses
import Glibc

extension NCursesBackend {
    /// Opens the terminal in the order of DESIGN.md §4. The app installs its signal
    /// handlers (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP; never SIGWINCH) before this.
    public static func start(_ options: Options = Options()) throws(NCursesStartError) -> NCursesBackend {
        let isUTF8 = setUpLocale()
        let stdinIsTTY = isatty(STDIN_FILENO) == 1, stdoutIsTTY = isatty(STDOUT_FILENO) == 1
        // With stdin on /dev/null ncurses starts fine and wget_wch fails at once forever.
        guard stdinIsTTY, stdoutIsTTY else { throw .notATerminal(stdinRedirected: !stdinIsTTY, stdoutRedirected: !stdoutIsTTY) }
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else { throw .termUnset }
        TerminalModes.saneBeforeCurses()
        // newterm, never initscr: initscr prints its own message and calls exit(1).
        return try open(terminal: nil, termName: term, output: wl_stdout(), input: wl_stdin(),
                        isUTF8: isUTF8, options: options)
    }

    /// `setlocale(LC_ALL, "")`, falling back to C.UTF-8 when the asked-for locale is
    /// missing (SSH forwards one the machine may lack). True when the codeset is UTF-8;
    /// false when the user chose a non-UTF-8 locale (LANG=C): ASCII mode.
    @discardableResult
    public static func setUpLocale() -> Bool {
        if setlocale(LC_ALL, "") == nil, setlocale(LC_CTYPE, "C.UTF-8") == nil {
            return false
        }
        return isUTF8Codeset(String(cString: wl_codeset()))
    }

    static func isUTF8Codeset(_ codeset: String) -> Bool {
        let name = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return name == "utf8"
    }

    /// For tests: a screen on any streams (e.g. /dev/null) with a given terminal type,
    /// locale and size; nothing is checked about the streams.
    static func openForTesting(termName: String = "xterm-256color", locale: String = "C.UTF-8",
                               output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
                               columns: Int, rows: Int,
                               options: Options = Options()) throws(NCursesStartError) -> NCursesBackend {
        setlocale(LC_ALL, locale)
        let backend = try open(terminal: termName, termName: termName, output: output, input: input,
                               isUTF8: isUTF8Codeset(String(cString: wl_codeset())), options: options)
        resize_term(Int32(rows), Int32(columns))  // not resizeterm: that queues a KEY_RESIZE
        backend.readSize()
        return backend
    }

    /// newterm and the modes. `terminal` nil means $TERM.
    private static func open(terminal: String?, termName: String, output: UnsafeMutablePointer<FILE>,
                             input: UnsafeMutablePointer<FILE>, isUTF8: Bool,
                             options: Options) throws(NCursesStartError) -> NCursesBackend {
        guard let screen = newterm(terminal, output, input) else { throw .unknownTerminal(termName) }
        guard wl_has_cursor_addressing() == 1 else {
            endwin()
            delscreen(screen)
            throw .noCursorAddressing(termName)
        }
        let window = wl_stdscr()
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        wtimeout(window, 100)
        // ncurses waits 1 s after Esc by default; over SSH an arrow key split across
        // packets would read as Esc with too short a delay. ESCDELAY set wins.
        if getenv("ESCDELAY") == nil { set_escdelay(getenv("SSH_TTY") == nil ? 25 : 75) }
        defineMissingKeys()
        let savedCursor = curs_set(0)
        let pairs = options.color ? startColor() : nil
        if options.mouse {
            // Press and release only: motion reports would flood the loop.
            mousemask(wl_all_mouse_events() & ~wl_report_mouse_position(), nil)
            mouseinterval(0)  // else every click waits 166 ms to see if it is a double click
        }
        let backend = NCursesBackend(screen: screen, output: output, isUTF8: isUTF8, colorPairs: pairs,
                                     mouse: options.mouse, savedCursor: savedCursor)
        backend.cursorVisible = false
        return backend
    }

    /// start_color, default colours and the fixed palette; nil on a monochrome terminal.
    private static func startColor() -> ColorPairs? {
        guard has_colors(), start_color() == OK, wl_colors() >= 8 else { return nil }
        let pairs = ColorPairs(pairCount: Int(wl_color_pairs()), defaultColors: use_default_colors() == OK)
        pairs.register()
        return pairs
    }

    /// Home/End and arrow sequences that terminals and tmux send but a TERM entry may not
    /// list (xterm-256color inside tmux; a terminal ignoring keypad mode): without these
    /// they arrive as Esc, '[', '1', '~'. Sequences the entry already has keep their code.
    private static func defineMissingKeys() {
        let sequences: [(String, Int32)] = [
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[8~", KEY_END),
            ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END),
            ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
            ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
        ]
        for (sequence, code) in sequences where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }
}
