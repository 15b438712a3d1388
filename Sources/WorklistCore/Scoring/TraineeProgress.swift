/// What the history database says of a trainee's sessions (the Store module fills it;
/// the screens and `worklist history` show it).
public struct TraineeProgress: Codable, Equatable, Sendable {
    public init(trainee: String, sessions: Int, trends: [Trend], routines: [RoutineFigures], weakSteps: [StepCount],
                missedTerms: [TermCount], grades: [Grades]) {
        self.trainee = trainee
        self.sessions = sessions
        self.trends = trends
        self.routines = routines
        self.weakSteps = weakSteps
        self.missedTerms = missedTerms
        self.grades = grades
    }

    public struct Point: Codable, Equatable, Sendable {
        public init(session: String, startedAt: String, mode: String, scenario: String, value: Double) {
            self.session = session
            self.startedAt = startedAt
            self.mode = mode
            self.scenario = scenario
            self.value = value
        }

        public var session: String
        public var startedAt: String
        public var mode: String
        public var scenario: String
        public var value: Double
    }

    /// One axis over sessions, oldest first.
    public struct Trend: Codable, Equatable, Sendable {
        public init(axis: String, points: [Point]) {
            self.axis = axis
            self.points = points
        }

        public var axis: String
        public var points: [Point]
        public var latest: Double? { points.last?.value }
        /// Mean of every other session: the comparison a session's summary shows. Never the
        /// session itself, wherever it sorts (a resumed session started before later ones).
        public func others(than session: String) -> (mean: Double, count: Int)? {
            let values = points.filter { $0.session != session }.map(\.value)
            return values.isEmpty ? nil : (values.reduce(0, +) / Double(values.count), values.count)
        }
    }

    public struct RoutineFigures: Codable, Equatable, Sendable {
        public init(routine: String, firstReads: Int, firstReadMean: Double?, repeats: Int, repeatMean: Double?) {
            self.routine = routine
            self.firstReads = firstReads
            self.firstReadMean = firstReadMean
            self.repeats = repeats
            self.repeatMean = repeatMean
        }

        public var routine: String
        public var firstReads: Int
        public var firstReadMean: Double?
        public var repeats: Int
        public var repeatMean: Double?
    }

    public struct StepCount: Codable, Equatable, Sendable {
        public init(routine: String, step: String, skipped: Int, unread: Int, outOfOrder: Int) {
            self.routine = routine
            self.step = step
            self.skipped = skipped
            self.unread = unread
            self.outOfOrder = outOfOrder
        }

        public var routine: String
        public var step: String
        public var skipped: Int
        public var unread: Int
        public var outOfOrder: Int
        public var total: Int { skipped + unread + outOfOrder }
    }

    public struct TermCount: Codable, Equatable, Sendable {
        public init(routine: String, term: String, missed: Int) {
            self.routine = routine
            self.term = term
            self.missed = missed
        }

        public var routine: String
        public var term: String
        public var missed: Int
    }

    public struct Grades: Codable, Equatable, Sendable {
        public init(session: String, counts: [String: Int]) {
            self.session = session
            self.counts = counts
        }

        public var session: String
        public var counts: [String: Int]
    }

    public var trainee: String
    public var sessions: Int
    public var trends: [Trend]
    public var routines: [RoutineFigures]
    public var weakSteps: [StepCount]
    public var missedTerms: [TermCount]
    public var grades: [Grades]
    /// The program's standing as of the last `worklist sync`; nil when never synced.
    public var program: ProgramStanding?
}

