/// How texts were laid out into cells, remembered from frame to frame (issue 13). A frame
/// shows nearly the texts the last one showed, so each costs one lookup instead of being
/// sanitised, transliterated, measured and ellipsized again. What is remembered is a pure
/// function of the key, so a frame drawn with the cache equals one drawn without it.
public final class LayoutCache {
    struct Key: Hashable {
        var text: String
        var style: Style
        /// The columns the text may take from where it starts.
        var room: Int
        /// The width it is ellipsized to, or -1 for clipped only.
        var fit: Int
        var ascii: Bool
    }

    struct Run {
        var cells: [Cell]
        /// The text as drawn, when something other than blanks did not fit (`Canvas.cuts`).
        var cut: String?
    }

    /// Enough for every text of a few screens; past it the cache starts again rather than
    /// tracking which entry is oldest (a frame refills it at once).
    static let capacity = 4096
    private var runs: [Key: Run] = [:]

    public init() {}

    var count: Int { runs.count }

    func run(_ key: Key, orMake make: () -> Run) -> Run {
        if let run = runs[key] { return run }
        if runs.count >= Self.capacity { runs.removeAll(keepingCapacity: true) }
        let run = make()
        runs[key] = run
        return run
    }
}
