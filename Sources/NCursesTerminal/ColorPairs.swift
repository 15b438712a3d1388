import CNCurses
import WorklistUI

/// A fixed palette of colour pairs registered once at start, so a style never allocates
/// a pair: every foreground × background of the 8 colours and the default (80 pairs).
/// A terminal with fewer pairs (plain `xterm` has 64) gets the 16 pairs of one colour
/// on the default; a style with both then keeps its background (a highlight bar).
struct ColorPairs: Equatable {
    enum Palette: Equatable {
        case full, reduced
    }

    let palette: Palette
    /// Whether -1 (the terminal's own colour) is allowed (`use_default_colors` succeeded).
    let defaultColors: Bool

    /// 9 × 9 minus pair 0, which is always default on default.
    static let fullPairCount = 80

    init(pairCount: Int, defaultColors: Bool) {
        palette = pairCount > Self.fullPairCount ? .full : .reduced
        self.defaultColors = defaultColors
    }

    /// The pair number for a foreground and background; 0 is the default pair.
    func pair(foreground: Style.Color?, background: Style.Color?) -> Int16 {
        switch palette {
        case .full:
            return Int16(Self.index(foreground) * 9 + Self.index(background))
        case .reduced:
            if let background { return Int16(9 + background.rawValue) }
            if let foreground { return Int16(1 + foreground.rawValue) }
            return 0
        }
    }

    /// Every (pair, foreground, background) to register; -1 is the default colour.
    var definitions: [(pair: Int16, foreground: Int16, background: Int16)] {
        let colors: [Style.Color?] = [nil] + Style.Color.allCases.map { $0 }
        var result: [(Int16, Int16, Int16)] = []
        for foreground in colors {
            for background in colors where foreground != nil || background != nil {
                let number = pair(foreground: foreground, background: background)
                guard !result.contains(where: { $0.0 == number }) else { continue }
                if palette == .reduced, foreground != nil, background != nil { continue }
                result.append((number, curses(foreground, isForeground: true), curses(background, isForeground: false)))
            }
        }
        return result
    }

    /// nil → 0, black … white → 1 … 8.
    private static func index(_ color: Style.Color?) -> Int { color.map { $0.rawValue + 1 } ?? 0 }

    /// Without default colours, the default is the classic white on black.
    private func curses(_ color: Style.Color?, isForeground: Bool) -> Int16 {
        if let color { return Int16(color.rawValue) }  // COLOR_BLACK … COLOR_WHITE are 0 … 7
        return defaultColors ? -1 : Int16(isForeground ? COLOR_WHITE : COLOR_BLACK)
    }

    /// init_pair for every definition (after start_color).
    func register() {
        for definition in definitions {
            init_pair(definition.pair, definition.foreground, definition.background)
        }
    }
}
