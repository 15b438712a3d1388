import Foundation
import Testing
@testable import WorklistCore

// Issue 10, bad input: nothing invisible or executable reaches a terminal or a JSON reader.
@Suite struct TextSafetyTests {
    static let zeroWidth = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"]

    @Test(arguments: zeroWidth)
    func theSanitiserRemovesZeroWidthCharacters(_ character: String) {
        let (text, removed) = Sanitizer.clean("An" + character + "a")
        #expect(text == "Ana")
        #expect(removed == .zeroWidthCharacters)
    }

    /// Word counts of plain ASCII text are taken over bytes (issue 13); they must be the
    /// whitespace-split count the reading rule of PRODUCT.md §4 defines.
    @Test func asciiWordCountsAreTheSplitCounts() {
        let texts = ["", " ", "one", " one ", "one two", "one  two\nthree", "\n\n", "a\tb", "a\u{0B}b", "a\rb",
                     "Lungs clear.\nNo effusion.", "x \n y", "é e\u{301} —", "tab\t\tend", "a\u{200B}b c"]
        var x: UInt64 = 3
        let pieces = ["a", "bc", " ", "  ", "\n", "\t", ".", "12", "\r\n", "é"]
        var random: [String] = []
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<8 {
                x = x &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(x >> 33) % pieces.count]
            }
            random.append(text)
        }
        for text in texts + random {
            #expect(Sanitizer.wordCount(text) == Sanitizer.sanitize(text).split(whereSeparator: { $0.isWhitespace }).count,
                    "\(text.debugDescription)")
        }
    }

    @Test func jsonEscapesWhatTheEncoderLeavesRaw() throws {
        let name = "A\u{9B}31m\u{7F}\u{202E}\u{2067}\u{200B}\u{FEFF}\u{2028}é\n"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = JSONText.escapeUnsafe(try encoder.encode(["trainee": name]))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""A\u009b31m\u007f\u202e\u2067\u200b\ufeff\u2028é\n""#), "\(text)")
        #expect(!text.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || $0.value >= 0x2000 })
        // Still the same value for any JSON reader.
        #expect(try JSONDecoder().decode([String: String].self, from: data) == ["trainee": name])
    }

    @Test func jsonWithoutUnsafeCharactersIsUnchanged() throws {
        let data = try JSONEncoder().encode(["a": "plain ✓ text"])
        #expect(JSONText.escapeUnsafe(data) == data)
    }
}
