/// Times as the screens show them.
public enum ClockText {
    /// "4:05", "1:02:03": the header's running clocks.
    public static func clock(_ seconds: Double) -> String {
        let s = max(0, Int(seconds.rounded(.down)))
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return s >= 3600 ? "\(s / 3600):\(two(s / 60 % 60)):\(two(s % 60))" : "\(s / 60):\(two(s % 60))"
    }

    /// Whole minutes, rounded down: rows change once a minute, keeping idle output small.
    public static func minutes(_ seconds: Double) -> String { "\(max(0, Int(seconds / 60)))m" }
}
