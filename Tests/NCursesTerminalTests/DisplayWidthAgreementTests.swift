import CNCurses
import Glibc
import Testing
import WorklistUI

extension CursesGlobalState {
    /// WorklistUI's DisplayWidth must agree with the wcwidth ncurses uses (DESIGN.md §3),
    /// or layouts and the terminal disagree on where a row ends.
    @Suite struct DisplayWidthAgreementTests {
        static let ranges: [(String, ClosedRange<UInt32>)] = [
            ("ASCII", 0x20...0x7E),
            ("Latin-1", 0xA0...0xFF),
            ("Latin Extended", 0x100...0x24F),
            ("spacing modifiers", 0x2B0...0x2FF),
            ("combining marks", 0x300...0x36F),
            ("Greek", 0x370...0x3FF),
            ("Cyrillic", 0x400...0x4FF),
            ("general punctuation", 0x2000...0x206F),
            ("letterlike, arrows, maths", 0x2100...0x22FF),
            ("technical", 0x2300...0x23FF),
            ("box drawing, blocks, shapes", 0x2500...0x25FF),
            ("misc symbols, dingbats", 0x2600...0x27BF),
            ("CJK symbols, kana", 0x3000...0x30FF),
            ("CJK ideographs (part)", 0x4E00...0x4FFF),
            ("Hangul Jamo", 0x1100...0x11FF),
            ("Hangul syllables", 0xAC00...0xD7A3),
            ("fullwidth forms", 0xFF00...0xFFEF),
            ("emoji (part)", 0x1F300...0x1F64F),
        ]
        static let symbols: [Unicode.Scalar] = ["≥", "≤", "×", "µ", "°", "–", "—", "…", "•", "·", "±", "→", "←", "↑", "↓", "✓", "✗", "│", "─", "┌", "█", "▶", "●"]

        /// Assigned, printable scalars where the two widths differ.
        static func disagreements(in range: ClosedRange<UInt32>) -> [UInt32] {
            range.filter { value in
                guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { return false }
                let libc = wcwidth(wchar_t(value))
                return libc >= 0 && Int(libc) != DisplayWidth.of(scalar)
            }
        }

        /// Runs of consecutive values, as "U+XXXX…U+YYYY".
        static func describe(_ values: [UInt32]) -> String {
            var runs: [(UInt32, UInt32)] = []
            for v in values {
                if let last = runs.last, last.1 + 1 == v { runs[runs.count - 1].1 = v } else { runs.append((v, v)) }
            }
            func hex(_ v: UInt32) -> String { "U+" + String(v, radix: 16, uppercase: true) }
            return runs.map { $0.0 == $0.1 ? hex($0.0) : hex($0.0) + "…" + hex($0.1) }.joined(separator: ", ")
        }

        @Test(arguments: ranges.map(\.0))
        func rangeAgrees(_ name: String) {
            setlocale(LC_ALL, "C.UTF-8")
            let range = Self.ranges.first { $0.0 == name }!.1
            let differ = Self.disagreements(in: range)
            #expect(differ.isEmpty, "\(name): DisplayWidth and wcwidth differ at \(Self.describe(differ))")
        }

        /// Where the two still differ on this machine (glibc 2.36): U+1171E (glibc 0), a
        /// letter no case text uses. A fix in DisplayWidth only shrinks the set.
        static let knownDisagreements: [ClosedRange<UInt32>] = [0x1171E...0x1171E]

        /// Every assigned scalar up to plane 3: no disagreement beyond the known ones (a fix
        /// in DisplayWidth only shrinks the set).
        @Test func noNewDisagreementAnywhere() {
            setlocale(LC_ALL, "C.UTF-8")
            let unexpected = Self.disagreements(in: 0x20...0x3FFFF).filter { v in
                !Self.knownDisagreements.contains { $0.contains(v) }
            }
            #expect(unexpected.isEmpty, "DisplayWidth and wcwidth differ at \(Self.describe(unexpected))")
        }

        @Test func commonSymbolsAgree() {
            setlocale(LC_ALL, "C.UTF-8")
            for symbol in Self.symbols {
                #expect(Int(wcwidth(wchar_t(symbol.value))) == DisplayWidth.of(symbol), "\(symbol)")
            }
        }
    }
}
