import CNCurses
import WorklistUI

extension NCursesBackend {
    /// Draws the frame into ncurses' window and updates the terminal once (wnoutrefresh +
    /// doupdate, never clear(), so ncurses sends only what changed: DESIGN.md §3). Only the
    /// cells that differ from the frame presented last are handed to ncurses, so a clock
    /// tick costs its own cells (issue 13); the first frame, and any after a resize, start
    /// from werase. A buffer larger than the terminal is clipped to what fits.
    public func present(_ buffer: Buffer) {
        guard !isClosed else { return }
        let width = min(buffer.width, columns), height = min(buffer.height, rows)
        let previous = presented.flatMap { last in
            last.buffer.width == buffer.width && last.buffer.height == buffer.height
                && last.columns == columns && last.rows == rows ? last.buffer : nil
        }
        if previous == nil { werase(window) }
        for y in 0..<max(0, height) {
            for x in 0..<max(0, width) {
                let cell = buffer[x, y]
                // The right half of a wide character is drawn by ncurses with its left half.
                if cell.isContinuation { continue }
                if let previous {
                    if previous[x, y] == cell { continue }
                } else if cell == .blank {
                    continue  // werase left a plain blank
                }
                draw(cell, x: x, y: y, roomForWide: x + 1 < width)
            }
        }
        presented = (buffer, columns, rows)
        placeCursor(buffer.cursor, width: width, height: height)
        wnoutrefresh(window)
        doupdate()
        isEnded = false  // doupdate after suspend takes the terminal back
    }

    private func draw(_ cell: Cell, x: Int, y: Int, roomForWide: Bool) {
        var pair: Int16 = 0
        if let colorPairs { pair = colorPairs.pair(foreground: cell.style.foreground, background: cell.style.background) }
        var cchar = cchar_t()
        // A base character, up to CCHARW_MAX - 1 combining marks and the NUL, on the stack.
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: Int(CCHARW_MAX) + 1) { text in
            let count = glyph(cell.character, roomForWide: roomForWide, into: text)
            text[count] = 0
            _ = setcchar(&cchar, text.baseAddress, Self.attributes(cell.style), pair, nil)
        }
        // Writing the bottom-right cell returns ERR (the cursor cannot advance) but the
        // cell is stored: the result is not an error here.
        _ = mvwadd_wch(window, Int32(y), Int32(x), &cchar)
    }

    /// The wide string for one cell: its base character and up to four combining marks,
    /// NUL-terminated. What the locale or libc cannot show becomes "?", never nothing;
    /// a wide character without room for its second column becomes a blank.
    func glyph(_ character: Character, roomForWide: Bool) -> [wchar_t] {
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: Int(CCHARW_MAX) + 1) { text in
            let count = glyph(character, roomForWide: roomForWide, into: text)
            return Array(text[0..<count]) + [0]
        }
    }

    /// Writes the glyph's wide characters into `text` (room for CCHARW_MAX) and returns
    /// how many; no allocation.
    func glyph(_ character: Character, roomForWide: Bool, into text: UnsafeMutableBufferPointer<wchar_t>) -> Int {
        var scalars = character.unicodeScalars.makeIterator()
        guard let base = scalars.next() else {
            text[0] = 0x20
            return 1
        }
        if !isUTF8 {
            text[0] = (0x20..<0x7F).contains(base.value) ? wchar_t(base.value) : 0x3F
            return 1
        }
        var rest = scalars
        if base.value >= 0x20 && base.value < 0x7F && rest.next() == nil {  // printable ASCII alone
            text[0] = wchar_t(base.value)
            return 1
        }
        let width = wcwidth(wchar_t(base.value))
        if width <= 0 { text[0] = 0x3F; return 1 }
        if width == 2 && !roomForWide { text[0] = 0x20; return 1 }
        text[0] = wchar_t(base.value)
        var count = 1
        while let mark = scalars.next(), count < Int(CCHARW_MAX) {
            if wcwidth(wchar_t(mark.value)) == 0 {
                text[count] = wchar_t(mark.value)
                count += 1
            }
        }
        return count
    }

    /// Style → attribute bits; colour travels separately as the pair number.
    static func attributes(_ style: Style) -> attr_t {
        var bits = wl_a_normal()
        if style.bold { bits |= wl_a_bold() }
        if style.reverse { bits |= wl_a_reverse() }
        if style.underline { bits |= wl_a_underline() }
        if style.dim { bits |= wl_a_dim() }
        return bits
    }

    /// Shows the cursor only where a text field wants it; hidden, ncurses may leave it
    /// anywhere (leaveok), which saves cursor moves.
    private func placeCursor(_ cursor: (x: Int, y: Int)?, width: Int, height: Int) {
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < width, cursor.y < height {
            leaveok(window, false)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            if !cursorVisible { curs_set(1) }
            cursorVisible = true
        } else {
            leaveok(window, true)
            if cursorVisible { curs_set(0) }
            cursorVisible = false
        }
    }
}
