/// Small closed vocabularies shared by content, journal and scoring.

public enum Priority: String, Codable, Sendable, CaseIterable, Comparable {
    case stat, urgent, routine

    /// Higher is more urgent: stat 3, urgent 2, routine 1.
    public var rank: Int {
        switch self {
        case .stat: 3
        case .urgent: 2
        case .routine: 1
        }
    }

    /// Ordered by urgency: `.routine < .urgent < .stat`.
    public static func < (a: Priority, b: Priority) -> Bool { a.rank < b.rank }
}

public enum Side: String, Codable, Sendable, CaseIterable {
    case left, right, bilateral
}

public enum Severity: String, Codable, Sendable, CaseIterable {
    case critical, major, minor, incidental

    /// Detection weight (PRODUCT.md §4).
    public var weight: Double {
        switch self {
        case .critical: 4
        case .major: 2
        case .minor: 1
        case .incidental: 0.5
        }
    }

    /// Critical and major misses are "likely clinically significant" (RADPEER suffix b).
    public var isSignificant: Bool { self == .critical || self == .major }
}

/// ACR actionable finding categories (REFERENCES.md: Larson et al., JACR 2014): how soon
/// the referrer must hear of a finding.
public enum ActionCategory: Int, Codable, Sendable, CaseIterable, Comparable {
    /// Minutes: a critical result, communicated by direct call.
    case one = 1
    /// Hours: communicated the same day.
    case two = 2
    /// Days: a non-urgent actionable finding; the report carries it, no call needed.
    case three = 3

    /// Findings of category 1 and 2 must be communicated; category 3 need not be.
    public var mustBeCommunicated: Bool { self != .three }

    public static func < (a: ActionCategory, b: ActionCategory) -> Bool { a.rawValue < b.rawValue }
}

public enum Conspicuity: String, Codable, Sendable, CaseIterable {
    case obvious, subtle
}

public enum Mode: String, Codable, Sendable, CaseIterable {
    case shift, exam, drill
}

public enum ContentStatus: String, Codable, Sendable, CaseIterable {
    case draft, reviewed
}
