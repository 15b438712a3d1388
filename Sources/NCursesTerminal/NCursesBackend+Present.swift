import CNCurses
import WorklistUI

extension NCursesBackend {
    /// Draws the whole frame into ncurses' window and updates the terminal once:
    /// werase + every cell + wnoutrefresh + doupdate, never clear(), so ncurses sends
    /// only the cells that changed (DESIGN.md §3). A buffer larger than the terminal is
    /// clipped to what fits.
    public func present(_ buffer: Buffer) {
        guard !isClosed else { return }
        werase(window)
        let width = min(buffer.width, columns), height = min(buffer.height, rows)
        for y in 0..<max(0, height) {
            for x in 0..<max(0, width) {
                let cell = buffer[x, y]
                // werase left a plain blank; the right half of a wide character is drawn
                // by ncurses with its left half.
                if cell.isContinuation || (cell.character == " " && cell.style == .plain) { continue }
                draw(cell, x: x, y: y, roomForWide: x + 1 < width)
            }
        }
        placeCursor(buffer.cursor, width: width, height: height)
        wnoutrefresh(window)
        doupdate()
        isEnded = false  // doupdate after suspend takes the terminal back
    }

    private func draw(_ cell: Cell, x: Int, y: Int, roomForWide: Bool) {
        var characters = glyph(cell.character, roomForWide: roomForWide)
        var pair: Int16 = 0
        if let colorPairs { pair = colorPairs.pair(foreground: cell.style.foreground, background: cell.style.background) }
        var cchar = cchar_t()
        // Writing the bottom-right cell returns ERR (the cursor cannot advance) but the
        // cell is stored: the result is not an error here.
        characters.withUnsafeMutableBufferPointer { text in
            _ = setcchar(&cchar, text.baseAddress, Self.attributes(cell.style), pair, nil)
        }
        _ = mvwadd_wch(window, Int32(y), Int32(x), &cchar)
    }

    /// The wide string for one cell: its base character and up to four combining marks,
    /// NUL-terminated. What the locale or libc cannot show becomes "?", never nothing;
    /// a wide character without room for its second column becomes a blank.
    func glyph(_ character: Character, roomForWide: Bool) -> [wchar_t] {
        let scalars = Array(character.unicodeScalars)
        guard let base = scalars.first else { return [0x20, 0] }
        if !isUTF8 {
            return [(0x20..<0x7F).contains(base.value) ? wchar_t(base.value) : 0x3F, 0]
        }
        let width = wcwidth(wchar_t(base.value))
        if width <= 0 { return [0x3F, 0] }
        if width == 2 && !roomForWide { return [0x20, 0] }
        var result = [wchar_t(base.value)]
        for mark in scalars.dropFirst() where wcwidth(wchar_t(mark.value)) == 0 && result.count < Int(CCHARW_MAX) {
            result.append(wchar_t(mark.value))
        }
        return result + [0]
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
