import Glibc

/// The tty's line discipline, in plain termios (no ncurses): shared by the ncurses start-up
/// and the command line's resume question.
public enum TerminalModes {
    /// Whether the tty lacks canonical input or echo: the raw mode a program killed with
    /// kill -9 leaves behind (nothing restored it). False when `fd` is not a terminal.
    public static func isRaw(_ fd: Int32 = STDIN_FILENO) -> Bool {
        var modes = termios()
        guard tcgetattr(fd, &modes) == 0 else { return false }
        return modes.c_lflag & tcflag_t(ICANON) == 0 || modes.c_lflag & tcflag_t(ECHO) == 0
    }

    /// Line input with echo, signals, CR read as NL and NL written as CRLF: what a shell
    /// expects. Returns whether the modes could be set.
    @discardableResult
    public static func setSane(_ fd: Int32 = STDIN_FILENO) -> Bool {
        var modes = termios()
        guard tcgetattr(fd, &modes) == 0 else { return false }
        modes.c_lflag |= tcflag_t(ICANON | ECHO | ECHOE | ISIG | IEXTEN)
        modes.c_iflag |= tcflag_t(ICRNL)
        modes.c_oflag |= tcflag_t(OPOST | ONLCR)
        return tcsetattr(fd, TCSANOW, &modes) == 0
    }

    /// Before ncurses starts: ncurses saves the modes it finds as the shell's and gives them
    /// back at the end, so a raw tty left by a killed run would stay raw after this one
    /// exits normally (PRODUCT.md §7). Sane modes first, then.
    static func saneBeforeCurses() {
        for fd in [STDIN_FILENO, STDOUT_FILENO] where isRaw(fd) {
            setSane(fd)
        }
    }
}
