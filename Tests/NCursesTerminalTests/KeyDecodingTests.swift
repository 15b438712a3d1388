import CNCurses
import Testing
import WorklistUI
@testable import NCursesTerminal

@Suite struct KeyDecodingTests {
    /// (code, isKeyCode, expected) — characters come with OK, KEY_* numbers with KEY_CODE_YES.
    static let table: [(UInt32, Bool, InputEvent?)] = [
        (0x61, false, .key(.char("a"))),
        (0x41, false, .key(.char("A"))),
        (0x20, false, .key(.char(" "))),
        (0x31, false, .key(.char("1"))),
        (0x3F, false, .key(.char("?"))),
        (0xE9, false, .key(.char("é"))),
        (0x3B1, false, .key(.char("α"))),
        (0x6F22, false, .key(.char("漢"))),
        (0x2265, false, .key(.char("≥"))),
        // 'ć' is 263 like KEY_BACKSPACE: only the return code tells them apart.
        (0x107, false, .key(.char("ć"))),
        (263, true, .key(.backspace)),
        (127, false, .key(.backspace)),
        (8, false, .key(.backspace)),
        (13, false, .key(.enter)),
        (10, false, .key(.enter)),
        (UInt32(KEY_ENTER), true, .key(.enter)),
        (9, false, .key(.tab)),
        (UInt32(KEY_BTAB), true, .key(.backTab)),
        (27, false, .key(.escape)),
        (UInt32(KEY_DC), true, .key(.delete)),
        (UInt32(KEY_UP), true, .key(.up)),
        (UInt32(KEY_DOWN), true, .key(.down)),
        (UInt32(KEY_LEFT), true, .key(.left)),
        (UInt32(KEY_RIGHT), true, .key(.right)),
        (UInt32(KEY_HOME), true, .key(.home)),
        (UInt32(KEY_END), true, .key(.end)),
        (UInt32(KEY_FIND), true, .key(.home)),
        (UInt32(KEY_SELECT), true, .key(.end)),
        (UInt32(KEY_A1), true, .key(.home)),
        (UInt32(KEY_C1), true, .key(.end)),
        (UInt32(KEY_PPAGE), true, .key(.pageUp)),
        (UInt32(KEY_NPAGE), true, .key(.pageDown)),
        (UInt32(KEY_A3), true, .key(.pageUp)),
        (UInt32(KEY_C3), true, .key(.pageDown)),
        (UInt32(wl_key_f(1)), true, .key(.function(1))),
        (UInt32(wl_key_f(5)), true, .key(.function(5))),
        (UInt32(wl_key_f(12)), true, .key(.function(12))),
        (UInt32(wl_key_f(13)), true, nil),
        (UInt32(wl_key_f(0)), true, nil),
        (1, false, .key(.ctrl("a"))),
        (3, false, .key(.ctrl("c"))),
        (7, false, .key(.ctrl("g"))),
        (11, false, .key(.ctrl("k"))),
        (12, false, .key(.ctrl("l"))),
        (14, false, .key(.ctrl("n"))),
        (26, false, .key(.ctrl("z"))),
        (0, false, nil),   // Ctrl-Space / Ctrl-@
        (28, false, nil),  // Ctrl-\ (SIGQUIT when it does arrive)
        (31, false, nil),
        (0x85, false, nil),  // C1 controls
        (0x9B, false, nil),  // CSI
        (0x301, false, nil),  // a lone combining mark
        (0x200B, false, nil),  // zero width space
        (0xD800, false, nil),  // not a scalar
        (UInt32(KEY_IC), true, nil),
        (UInt32(KEY_RESIZE), true, nil),  // the backend handles it: never a key
        (UInt32(KEY_MOUSE), true, nil),
    ]

    @Test func decodesEveryRow() {
        for (code, isKeyCode, expected) in Self.table {
            #expect(KeyDecoding.decode(code, isKeyCode: isKeyCode) == expected, "code \(code) keyCode \(isKeyCode)")
        }
    }

    @Test func ctrlLettersNeverIncludeTheTranslatedOnes() {
        for code: UInt32 in 1...26 {
            guard case .key(.ctrl(let letter))? = KeyDecoding.decode(code, isKeyCode: false) else { continue }
            #expect(!["h", "i", "j", "m"].contains(letter))
        }
    }
}

@Suite struct HangupDetectorTests {
    @Test func fiveFastErrorsInARowAreAHangup() {
        var detector = HangupDetector()
        let answers = (0..<5).map { _ in detector.record(gotInput: false, elapsedMilliseconds: 0.1, timeoutMilliseconds: 100) }
        #expect(answers == [false, false, false, false, true])
    }

    @Test func realTimeoutsAndInputBreakTheRun() {
        var detector = HangupDetector()
        for _ in 0..<4 { _ = detector.record(gotInput: false, elapsedMilliseconds: 1, timeoutMilliseconds: 100) }
        let afterRealTimeout = detector.record(gotInput: false, elapsedMilliseconds: 100, timeoutMilliseconds: 100)
        #expect(!afterRealTimeout)
        for _ in 0..<4 { _ = detector.record(gotInput: false, elapsedMilliseconds: 1, timeoutMilliseconds: 100) }
        let afterInput = detector.record(gotInput: true, elapsedMilliseconds: 0, timeoutMilliseconds: 100)
        #expect(!afterInput)
        #expect(detector.fastErrors == 0)
    }

    @Test func pollsNeverCount() {
        var detector = HangupDetector()
        let answers = (0..<20).map { _ in detector.record(gotInput: false, elapsedMilliseconds: 0, timeoutMilliseconds: 0) }
        #expect(!answers.contains(true))
    }
}
