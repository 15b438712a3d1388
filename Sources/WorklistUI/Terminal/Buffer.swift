import WorklistCore

/// A frame: a grid of cells the view draws into and a backend presents. Pure value.
public struct Cell: Hashable, Sendable {
    /// The grapheme in place, so a cell is plain data: a frame of them is made, compared
    /// and thrown away without reference counting (issue 13).
    var glyph: Glyph
    public var style: Style
    /// The right half of a wide character drawn in the cell before: draw nothing here.
    public var isContinuation: Bool

    public init(_ character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.init(Glyph(character), style: style, isContinuation: isContinuation)
    }

    init(_ glyph: Glyph, style: Style, isContinuation: Bool = false) {
        self.glyph = glyph
        self.style = style
        self.isContinuation = isContinuation
    }

    /// One grapheme of display width 1 or 2; a blank is " ".
    public var character: Character { glyph.character }

    public static let blank = Cell()
}

/// A grapheme's UTF-8 bytes held inline (at most 15; the last byte is the count). A longer
/// grapheme keeps its base and as many whole marks as fit: the terminal shows no more than
/// four combining marks on a character anyway, and the sanitiser has removed joiners.
struct Glyph: Hashable, Sendable {
    private var low: UInt64
    private var high: UInt64

    init(ascii byte: UInt8) {
        low = UInt64(byte)
        high = 1 << 56
    }

    init(_ scalar: Unicode.Scalar) {
        low = 0
        var count: UInt64 = 0
        for byte in UTF8.encode(scalar)! {
            low |= UInt64(byte) << (8 * count)
            count += 1
        }
        high = count << 56
    }

    init(_ character: Character) {
        if let ascii = character.asciiValue, character.utf8.count == 1 {
            low = UInt64(ascii)
            high = 1 << 56
            return
        }
        var bytes: [UInt8] = []
        for scalar in character.unicodeScalars {
            let utf8 = Array(String(scalar).utf8)
            if bytes.count + utf8.count > 15 { break }
            bytes += utf8
        }
        low = 0
        high = UInt64(bytes.count) << 56
        for (i, byte) in bytes.enumerated() {
            if i < 8 { low |= UInt64(byte) << (8 * UInt64(i)) } else { high |= UInt64(byte) << (8 * UInt64(i - 8)) }
        }
    }

    var character: Character {
        let count = Int(high >> 56)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        for i in 0..<count {
            bytes.append(UInt8(truncatingIfNeeded: i < 8 ? low >> (8 * UInt64(i)) : high >> (8 * UInt64(i - 8))))
        }
        return Character(String(decoding: bytes, as: UTF8.self))
    }
}

public struct Rect: Hashable, Sendable {
    public var x, y, width, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// Saturating: never negative, whatever the terminal size.
    public func inset(left: Int = 0, top: Int = 0, right: Int = 0, bottom: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// The first `rows` rows, and the rest.
    public func splitTop(_ rows: Int) -> (Rect, Rect) {
        let top = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: top), Rect(x: x, y: y + top, width: width, height: height - top))
    }

    /// The first `columns` columns, and the rest.
    public func splitLeft(_ columns: Int) -> (Rect, Rect) {
        let left = min(max(0, columns), width)
        return (Rect(x: x, y: y, width: left, height: height), Rect(x: x + left, y: y, width: width - left, height: height))
    }
}

public struct Buffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (a text field), if anywhere.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX.map { ($0, cursorY) } }
        set { cursorX = newValue?.x; cursorY = newValue?.y ?? 0 }
    }
    private var cursorX: Int?
    private var cursorY = 0

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x, y) ? cells[y * width + x] : .blank }
        set { if contains(x, y) { cells[y * width + x] = newValue } }
    }

    public func contains(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Writes `text` (already sanitised, one line) from (x, y), clipped to `limit` columns
    /// and to the buffer by display width: a wide character that does not fit whole is
    /// not drawn. Returns the columns used.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int = Int.max) -> Int {
        guard y >= 0, y < height else { return 0 }
        let end = limit >= width - x ? width : x + max(0, limit)  // no overflow with limit = Int.max
        if let written = writeASCII(text, x: x, y: y, style: style, end: end) { return written }
        if Sanitizer.isSimpleLine(text) {
            // One cell a scalar (`Sanitizer.isSimpleLine`): no grapheme breaking.
            var column = x
            for scalar in text.unicodeScalars {
                if column + 1 > end { break }
                if column >= 0 {
                    clearWide(at: column, y)
                    cells[y * width + column] = Cell(Glyph(scalar), style: style)
                }
                column += 1
            }
            return column - x
        }
        return writeGraphemes(text, x: x, y: y, style: style, end: end)
    }

    /// Writes character by character, measuring each: what the shortcuts above must agree with.
    mutating func writeGraphemes(_ text: String, x: Int, y: Int, style: Style, end: Int) -> Int {
        var column = x
        for character in text {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            if column + w > end { break }
            if column >= 0 {
                clearWide(at: column, y)
                self[column, y] = Cell(character, style: style)
                if w == 2 {
                    clearWide(at: column + 1, y)
                    self[column + 1, y] = Cell(" ", style: style, isContinuation: true)
                }
            }
            column += w
        }
        return column - x
    }

    /// Puts cells laid out by `write` into a row at (x, y), as writing their text there
    /// would: the halves of wide characters cut at either end are blanked.
    mutating func place(_ run: [Cell], x: Int, y: Int) {
        guard !run.isEmpty, contains(x, y) else { return }
        let count = min(run.count, width - x)
        clearWide(at: x, y)
        clearWide(at: x + count - 1, y)
        let start = y * width + x
        cells.replaceSubrange(start..<start + count, with: run[0..<count])
    }

    /// Printable ASCII, the usual text, a byte to a cell with no grapheme breaking; nil for
    /// anything else (a control byte, or a byte a combining mark might follow).
    private mutating func writeASCII(_ text: String, x: Int, y: Int, style: Style, end: Int) -> Int? {
        let written: Int? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
            var column = x
            for byte in bytes {
                if column + 1 > end { break }
                if column >= 0 {
                    clearWide(at: column, y)
                    cells[y * width + column] = Cell(Glyph(ascii: byte), style: style)
                }
                column += 1
            }
            return column - x
        } ?? nil
        return written
    }

    /// Fills a rectangle with blanks of a style.
    public mutating func fill(_ rect: Rect, style: Style = .plain, character: Character = " ") {
        let cell = Cell(character, style: style)
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                clearWide(at: x, y)
                cells[y * width + x] = cell
            }
        }
    }

    /// Sets the style of existing cells (a highlight), keeping their characters.
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                cells[y * width + x].style = transform(cells[y * width + x].style)
            }
        }
    }

    /// Overwriting half of a wide character blanks its other half, so the row never shifts.
    private mutating func clearWide(at x: Int, _ y: Int) {
        guard contains(x, y) else { return }
        if cells[y * width + x].isContinuation, x > 0 {
            cells[y * width + x - 1] = Cell(" ", style: cells[y * width + x - 1].style)
        } else if x + 1 < width, cells[y * width + x + 1].isContinuation {
            // A wide character: its right half is always the continuation cell after it.
            cells[y * width + x + 1] = Cell(" ", style: cells[y * width + x + 1].style)
        }
    }

    /// The text of each row (continuation cells omitted), for snapshots and tests.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !cells[y * width + x].isContinuation { line.append(cells[y * width + x].character) }
            return line
        }
    }

    public var text: String { lines.joined(separator: "\n") }

    public static func == (a: Buffer, b: Buffer) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells && a.cursorX == b.cursorX && a.cursorY == b.cursorY
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(height)
        hasher.combine(cells)
    }
}
