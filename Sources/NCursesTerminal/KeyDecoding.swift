import CNCurses
import WorklistUI

/// What `wget_wch` returned, as a key: pure, so the whole table is unit-tested.
public enum KeyDecoding {
    /// `code` is the value `wget_wch` stored; `isKeyCode` is true when it returned
    /// KEY_CODE_YES (a KEY_* number) and false when it returned OK (a character).
    /// The flag matters: KEY_BACKSPACE is 263, which is also 'ć' (U+0107).
    /// nil for codes Worklist does not use. KEY_RESIZE and KEY_MOUSE need the terminal
    /// and are handled by the backend before this is asked.
    public static func decode(_ code: UInt32, isKeyCode: Bool) -> InputEvent? {
        let key = isKeyCode ? keyCode(Int32(bitPattern: code)) : character(code)
        return key.map { .key($0) }
    }

    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 8, 127: return .backspace
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        // Ctrl-A … Ctrl-Z; H, I, J, M are the keys above.
        case 1...26: return .ctrl(Character(Unicode.Scalar(code + 0x60)!))
        case 0..<0x20, 0x80..<0xA0: return nil  // other C0 and C1 controls
        default:
            guard let scalar = Unicode.Scalar(code), DisplayWidth.of(scalar) > 0 else { return nil }
            return .char(Character(scalar))
        }
    }

    static func keyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_DC: return .delete
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        // Keypad corners and the vt220 Find/Select keys are Home/End/PgUp/PgDn on
        // some terminals (rxvt, screen).
        case KEY_HOME, KEY_A1, KEY_FIND: return .home
        case KEY_END, KEY_C1, KEY_SELECT: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case wl_key_f(1)...wl_key_f(12): return .function(Int(code - wl_key_f(0)))
        default: return nil
        }
    }
}
