import Testing
import WorklistUI
@testable import NCursesTerminal

@Suite struct ColorPairsTests {
    @Test func fullPaletteHasEightyDistinctPairs() {
        let pairs = ColorPairs(pairCount: 256, defaultColors: true)
        #expect(pairs.palette == .full)
        let definitions = pairs.definitions
        #expect(definitions.count == 80)
        #expect(Set(definitions.map(\.pair)) == Set(1...80))
        #expect(pairs.pair(foreground: nil, background: nil) == 0)
        let redOnBlue = pairs.pair(foreground: .red, background: .blue)
        #expect(definitions.first { $0.pair == redOnBlue }.map { [$0.foreground, $0.background] } == [1, 4])
        let green = pairs.pair(foreground: .green, background: nil)
        #expect(definitions.first { $0.pair == green }.map { [$0.foreground, $0.background] } == [2, -1])
    }

    @Test func reducedPaletteKeepsTheBackground() {
        let pairs = ColorPairs(pairCount: 64, defaultColors: true)
        #expect(pairs.palette == .reduced)
        #expect(pairs.definitions.count == 16)
        #expect(pairs.definitions.allSatisfy { $0.pair < 64 })
        #expect(pairs.pair(foreground: .white, background: .blue) == pairs.pair(foreground: nil, background: .blue))
        #expect(pairs.pair(foreground: .red, background: nil) != pairs.pair(foreground: nil, background: .red))
    }

    @Test func withoutDefaultColorsTheDefaultIsWhiteOnBlack() {
        let pairs = ColorPairs(pairCount: 256, defaultColors: false)
        #expect(pairs.definitions.allSatisfy { $0.foreground >= 0 && $0.background >= 0 })
        let yellow = pairs.pair(foreground: .yellow, background: nil)
        #expect(pairs.definitions.first { $0.pair == yellow }.map { [$0.foreground, $0.background] } == [3, 0])
    }
}
