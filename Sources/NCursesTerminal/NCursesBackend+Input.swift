import CNCurses
import Glibc
import WorklistUI

extension NCursesBackend {
    /// The next key, resize, click or hang-up, waiting at most `timeoutMilliseconds`
    /// (wtimeout + wget_wch); nil when nothing came in time.
    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard !isClosed else { return .hangup }
        let timeout = Int32(clamping: max(0, timeoutMilliseconds))
        if timeout != currentTimeout {
            wtimeout(window, timeout)
            currentTimeout = timeout
        }
        var code: wint_t = 0
        let started = Self.monotonicMilliseconds()
        let result = wget_wch(window, &code)
        if result == ERR {
            let elapsed = Self.monotonicMilliseconds() - started
            let hungUp = hangup.record(gotInput: false, elapsedMilliseconds: elapsed, timeoutMilliseconds: Int(timeout))
            return hungUp ? .hangup : nil
        }
        _ = hangup.record(gotInput: true, elapsedMilliseconds: 0, timeoutMilliseconds: Int(timeout))
        let isKeyCode = result == KEY_CODE_YES
        if isKeyCode && Int32(bitPattern: code) == KEY_RESIZE {
            // ncurses' own SIGWINCH handler has resized its screen already.
            readSize()
            return .resize(columns: columns, rows: rows)
        }
        if isKeyCode && Int32(bitPattern: code) == KEY_MOUSE {
            return mouseEnabled ? click() : nil
        }
        // In a non-UTF-8 locale a byte above 0x7E is half of something we cannot show.
        if !isUTF8 && !isKeyCode && code > 0x7E && code != 127 { return nil }
        return KeyDecoding.decode(code, isKeyCode: isKeyCode)
    }

    /// A button-1 press (mouseinterval(0) turns clicks into press + release) or click.
    private func click() -> InputEvent? {
        var x: Int32 = 0, y: Int32 = 0
        var state: mmask_t = 0
        guard wl_getmouse(&x, &y, &state) == OK,
              state & (wl_button1_pressed() | wl_button1_clicked()) != 0 else { return nil }
        return .click(column: Int(x), row: Int(y))
    }

    static func monotonicMilliseconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1_000_000
    }
}
