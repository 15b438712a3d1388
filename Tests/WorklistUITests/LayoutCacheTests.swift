import Testing
import WorklistCore
@testable import WorklistUI

/// The layout cache and the plain-data cells (issue 13) change no frame: drawing with a cache
/// that remembers earlier texts gives the cells and cuts drawing afresh gives.
@Suite struct LayoutCacheTests {
    /// A seeded generator, so a failure is the same on every run.
    private struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33 ^ state
        }
    }

    private let fragments = ["Chest PA", " ", "  ", "中文", "e\u{301}", "é", "—", "·", "▸", "x", "Sudden left chest pain",
                             "\t", "\u{7}", "ab\u{200B}c", "…", "12/03", "👍🏽", "ｗｉｄｅ", "end."]

    @Test(arguments: [Theme(), Theme(color: false, ascii: true)])
    func aCachedCanvasDrawsWhatAnUncachedOneDraws(theme: Theme) {
        var random = Seeded(state: 42)
        let cache = LayoutCache()
        let roles: [Theme.Role] = [.text, .dim, .stat, .header, .marker]
        for _ in 0..<40 {
            var fresh = Canvas(width: 30, height: 4, theme: theme)
            var cached = Canvas(width: 30, height: 4, theme: theme, cache: cache)
            for _ in 0..<25 {
                let text = (0..<Int.random(in: 0...4, using: &random)).map { _ in fragments.randomElement(using: &random)! }
                    .joined()
                let (x, y) = (Int.random(in: -2...31, using: &random), Int.random(in: -1...4, using: &random))
                let role = roles.randomElement(using: &random)!
                switch Int.random(in: 0...2, using: &random) {
                case 0:
                    #expect(fresh.text(text, x: x, y: y, role) == cached.text(text, x: x, y: y, role))
                case 1:
                    let limit = Int.random(in: 0...12, using: &random)
                    #expect(fresh.text(text, x: x, y: y, role, limit: limit) == cached.text(text, x: x, y: y, role, limit: limit))
                default:
                    let width = Int.random(in: 0...12, using: &random)
                    #expect(fresh.text(text, x: x, y: y, role, fitting: width)
                            == cached.text(text, x: x, y: y, role, fitting: width))
                }
                #expect(fresh.buffer == cached.buffer, "\(text) at \(x),\(y)")
            }
            #expect(fresh.buffer.lines == cached.buffer.lines)
            #expect(fresh.cuts == cached.cuts)
        }
        #expect(cache.count > 0)
    }

    /// The worklist, a reading screen, help and a call, each frame drawn with the cache the
    /// terminal loop keeps and without one.
    @Test(arguments: [80, 120])
    func framesAreTheSameWithTheCache(columns: Int) throws {
        var driver = try UIDriver()
        let cache = LayoutCache()
        let keys: [Key] = [.char("j"), .char("j"), .char("k"), .enter, .char("j"), .char("j"), .char("?"), .escape,
                           .escape, .char("j"), .enter, .char("n"), .escape]
        for (i, key) in keys.enumerated() {
            driver.press(key, at: Double(i * 20))
            for theme in [Theme(), Theme(color: false, ascii: true)] {
                let fresh = driver.frame(columns, 24, theme: theme)
                let cached = Frame.render(state: driver.state, ui: driver.ui, content: driver.content, now: driver.now,
                                          columns: columns, rows: 24, theme: theme, cache: cache)
                #expect(fresh == cached, "after \(key)")
            }
        }
        driver.send(.tick)
        driver.now = 120
        driver.send(.tick)  // the call rings at 100
        #expect(driver.frame(columns, 24) == Frame.render(state: driver.state, ui: driver.ui, content: driver.content,
                                                         now: driver.now, columns: columns, rows: 24, theme: Theme(),
                                                         cache: cache))
    }

    /// Text of one-column scalars is measured, cleaned and drawn a scalar at a time; the
    /// results must be those of going character by character.
    @Test func simpleTextTakesTheShortcutsToTheSameResult() {
        var random = Seeded(state: 9)
        let pieces = ["a", "Z", " ", "·", "—", "…", "▸", "é", "ß", "’", "→", "│", "■", "中", "e\u{301}", "\u{2194}\u{FE0F}",
                      "🇬🇧", "\t", "\n", "\u{2028}", "\u{AD}", "x\u{300}", "\u{25FD}", "ǅ", "ʰ"]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(DisplayWidth.of(text) == DisplayWidth.graphemeWidth(text), "\(text.debugDescription)")
            #expect(TextLayout.line(text) == Sanitizer.sanitize(text).split(whereSeparator: \.isNewline).joined(separator: " "),
                    "\(text.debugDescription)")
            let x = Int.random(in: -1...3, using: &random), limit = Int.random(in: 0...9, using: &random)
            var fast = Buffer(width: 12, height: 1), general = Buffer(width: 12, height: 1)
            fast.write("中中中中中中", x: 0, y: 0)
            general.write("中中中中中中", x: 0, y: 0)
            let end = limit >= 12 - x ? 12 : x + limit
            #expect(fast.write(text, x: x, y: 0, limit: limit) == general.writeGraphemes(text, x: x, y: 0, style: .plain, end: end))
            #expect(fast == general, "\(text.debugDescription)")
        }
        #expect(Sanitizer.isSimpleLine("shift 0:02 · left 59:57 ") && !Sanitizer.isSimpleLine("a\u{2194}\u{FE0F}"))
    }

    @Test func glyphsKeepTheirCharacter() {
        for character: Character in ["a", " ", "~", "é", "e\u{301}", "中", "👍🏽", "—"] {
            #expect(Cell(character).character == character)
            #expect(Cell(character) == Cell(character) && Cell(character) != Cell("b"))
        }
        // A grapheme longer than the 15 bytes a cell holds keeps its base and whole marks.
        let long = Character("a" + String(repeating: "\u{301}", count: 10))
        let kept = Cell(long).character
        #expect(kept.unicodeScalars.first == "a" && kept.utf8.count <= 15 && kept.utf8.count == 15)
    }
}
