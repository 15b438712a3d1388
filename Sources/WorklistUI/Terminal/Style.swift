/// How a cell is drawn. Colour is never the only signal: every state also has a glyph,
/// a word or an attribute (bold, reverse, underline) that survives NO_COLOR.
public struct Style: Hashable, Sendable {
    public enum Color: Int, Hashable, Sendable, CaseIterable {
        case black, red, green, yellow, blue, magenta, cyan, white
    }

    /// nil: the terminal's default colour.
    public var foreground: Color?
    public var background: Color?
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(foreground: Color? = nil, background: Color? = nil, bold: Bool = false, reverse: Bool = false,
                underline: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = Style()

    /// The same attributes without colour (NO_COLOR, monochrome terminals).
    public var monochrome: Style {
        Style(bold: bold, reverse: reverse, underline: underline, dim: dim)
    }
}
