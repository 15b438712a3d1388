/// A protocoling request (issue 17, good ethical and clinical practice): an exam asked for,
/// the clinical details that decide it, and the options, each judged against the
/// appropriateness references. It waits on the worklist beside the cases.
public struct ProtocolRequest: Codable, Sendable, Equatable {
    public var id: String
    /// Seconds from the start.
    public var arrives: Double
    public var priority: Priority
    /// The exam asked for, as the referrer wrote it.
    public var exam: String
    public var patient: Patient
    /// Age, pregnancy status, renal function, allergy, prior imaging: what decides it.
    public var details: String
    public var options: [RequestOption]
    public var references: [String]

    public init(id: String, arrives: Double, priority: Priority, exam: String, patient: Patient, details: String,
                options: [RequestOption], references: [String] = []) {
        self.id = id
        self.arrives = arrives
        self.priority = priority
        self.exam = exam
        self.patient = patient
        self.details = details
        self.options = options
        self.references = references
    }

    /// What the request screen shows and the read rule counts: the exam, the details, the options.
    public var text: String { ([exam, details] + options.map(\.text)).joined(separator: " ") }
}

public struct RequestOption: Codable, Sendable, Equatable {
    public var id: String
    public var text: String
    public var verdict: Verdict
    /// Why, with the reference (ACR Appropriateness Criteria, iRefer, NICE, ESUR).
    public var explanation: String

    public init(id: String, text: String, verdict: Verdict, explanation: String) {
        self.id = id
        self.text = text
        self.verdict = verdict
        self.explanation = explanation
    }
}

public enum Verdict: String, Codable, Sendable, CaseIterable {
    case best, acceptable, wrong

    /// Protocoling (PRODUCT.md §4): 100 for the best option, 50 for an acceptable one, 0 otherwise.
    public var score: Double {
        switch self {
        case .best: 100
        case .acceptable: 50
        case .wrong: 0
        }
    }
}

/// What scoring needs of a request: its arrival, priority, word count and each option's verdict.
public struct RequestSnapshot: Codable, Sendable, Equatable {
    public var id: String
    public var arrives: Double
    public var priority: Priority
    public var words: Int
    public var options: [OptionSnapshot]

    public struct OptionSnapshot: Codable, Sendable, Equatable {
        public var id: String
        public var verdict: Verdict

        public init(id: String, verdict: Verdict) {
            self.id = id
            self.verdict = verdict
        }
    }

    public init(id: String, arrives: Double, priority: Priority, words: Int, options: [OptionSnapshot]) {
        self.id = id
        self.arrives = arrives
        self.priority = priority
        self.words = words
        self.options = options
    }

    public init(_ request: ProtocolRequest) {
        self.init(id: request.id, arrives: request.arrives, priority: request.priority,
                  words: Sanitizer.wordCount(request.text),
                  options: request.options.map { OptionSnapshot(id: $0.id, verdict: $0.verdict) })
    }

    /// The read rule, on the request's text: 1 s + words / 8 s.
    public var readingSeconds: Double { 1 + Double(words) / 8 }

    public func verdict(of option: String) -> Verdict? { options.first { $0.id == option }?.verdict }
}
