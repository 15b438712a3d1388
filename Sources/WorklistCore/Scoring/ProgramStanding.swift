/// Where a score sits in the trainee's program (issue 16): each resident's median session
/// score per scenario, as the program store held it at the last `worklist sync`, kept
/// locally so the summary and `worklist history` can compare offline.
public struct ProgramStanding: Codable, Equatable, Sendable {
    public init(server: String, fetchedAt: String, scenarios: [String: [String: Double]]) {
        self.server = server
        self.fetchedAt = fetchedAt
        self.scenarios = scenarios
    }

    /// The store it came from, without a password (`host:port/database`).
    public var server: String
    /// When it was fetched (ISO 8601, UTC).
    public var fetchedAt: String
    /// scenario → resident → that resident's median session score there.
    public var scenarios: [String: [String: Double]]

    /// `score` against the other residents' medians on `scenario`: its mid-rank percentile
    /// among them and this trainee, and how many residents that is. Nil when no one else
    /// in the program has played the scenario: a comparison with oneself says nothing.
    public func place(_ score: Double, scenario: String, trainee: String) -> (percentile: Double, residents: Int)? {
        let others = (scenarios[scenario] ?? [:]).filter { $0.key != trainee }.map(\.value)
        guard !others.isEmpty else { return nil }
        return (Percentile.midRank(score, among: others + [score]), others.count + 1)
    }

    enum CodingKeys: String, CodingKey {
        case server, scenarios
        case fetchedAt = "fetched_at"
    }
}

public enum Percentile {
    /// The mid-rank percentile of `value` in `values` (which hold it): 100 × (those below
    /// + half of those equal) / all. The lowest of four is 12.5, the only one 50.
    public static func midRank(_ value: Double, among values: [Double]) -> Double {
        guard !values.isEmpty else { return 50 }
        let below = values.filter { $0 < value }.count
        let equal = values.filter { $0 == value }.count
        return 100 * (Double(below) + 0.5 * Double(equal)) / Double(values.count)
    }

    /// The median (the mean of the middle two for an even count); nil for none.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// "64th", "1st", "12th", "22nd": how the summary words a percentile.
    public static func ordinal(_ percentile: Double) -> String {
        let n = Int(percentile.rounded())
        let suffix = (11...13).contains(n % 100) ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][n % 10]
        return "\(n)\(suffix)"
    }
}
