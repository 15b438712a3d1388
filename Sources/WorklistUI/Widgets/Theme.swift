import WorklistCore

/// Styles by role and the glyphs in use. Colour is never the only signal: STAT is also a
/// word in reverse video, states are also glyphs (PRODUCT.md §3).
public struct Theme: Sendable, Equatable {
    public enum Role: Sendable {
        case header, stat, urgent, routine, marker, dim, notice, keys, title, critical, late, border, text, selected
        case highlight, good, bad
    }

    public var color: Bool
    public var ascii: Bool

    public init(color: Bool = true, ascii: Bool = false) {
        self.color = color
        self.ascii = ascii
    }

    public func style(_ role: Role) -> Style {
        let styled: Style = switch role {
        case .header: Style(reverse: true)
        case .stat: Style(foreground: .white, background: .red, bold: true, reverse: !color)
        case .urgent: Style(foreground: .yellow, bold: true)
        case .routine: Style()
        case .marker: Style(bold: true, reverse: true)
        case .dim: Style(dim: true)
        case .notice: Style(foreground: .yellow, bold: true)
        case .keys: Style(dim: true)
        case .title: Style(bold: true)
        case .critical: Style(foreground: .red, bold: true)
        case .late: Style(foreground: .red, bold: true, underline: true)
        case .border: Style(foreground: .cyan)
        case .text: Style()
        case .selected: Style(bold: true, underline: true)
        case .highlight: Style(foreground: .black, background: .yellow, reverse: !color)
        case .good: Style(foreground: .green, bold: true)
        case .bad: Style(foreground: .red, bold: true)
        }
        return color ? styled : styled.monochrome
    }

    // Glyphs, with the ASCII fallback of DESIGN.md §3.
    public var notSeen: String { ascii ? "." : "·" }
    public var seen: String { ascii ? "o" : "○" }
    /// At the end of a checklist row once the step has been on screen long enough to count
    /// as read.
    public var readMark: String { ascii ? "'" : "•" }
    /// A step whose images are still coming in.
    public var pending: String { ascii ? "~" : "…" }
    // ASCII glyphs are never a key's letter: "v" for a tick read as the review key.
    public var normal: String { ascii ? "+" : "✓" }
    public var finding: String { ascii ? "*" : "●" }
    public var pointer: String { ascii ? ">" : "▸" }
    public var tick: String { ascii ? "+" : "✓" }
    public var cross: String { ascii ? "X" : "✗" }
    public var separator: String { ascii ? "-" : "─" }
    public var dot: String { ascii ? "|" : "·" }

    /// Box corners and edges: ┌ ┐ └ ┘ ─ │.
    public var box: (tl: String, tr: String, bl: String, br: String, h: String, v: String) {
        ascii ? ("+", "+", "+", "+", "-", "|") : ("┌", "┐", "└", "┘", "─", "│")
    }

    /// Text as this terminal can show it.
    public func text(_ s: String) -> String { ascii ? ASCIIText.transliterate(s) : s }
}
