/// One study (PRODUCT.md §2). All text is synthetic.
public struct Case: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var modality: String
    public var exam: String
    public var priority: Priority
    public var patient: Patient
    public var indication: String
    public var routine: String
    public var targetSeconds: Double
    /// What the images show at each step, keyed by step id; every routine step has one.
    public var views: [String: StepView]
    public var findings: [Finding]
    public var distractors: [Distractor]
    public var impression: String
    public var references: [String]
    /// Kept out of drill and shift.
    public var examOnly: Bool
    public var status: ContentStatus
    /// What a senior colleague says when consulted: a pointer, never the answer.
    public var senior: String?

    public init(id: String, title: String, modality: String, exam: String, priority: Priority,
                patient: Patient, indication: String, routine: String, targetSeconds: Double,
                views: [String: StepView], findings: [Finding] = [], distractors: [Distractor] = [],
                impression: String = "", references: [String] = [], examOnly: Bool = false,
                status: ContentStatus = .draft, senior: String? = nil) {
        self.id = id
        self.title = title
        self.modality = modality
        self.exam = exam
        self.priority = priority
        self.patient = patient
        self.indication = indication
        self.routine = routine
        self.targetSeconds = targetSeconds
        self.views = views
        self.findings = findings
        self.distractors = distractors
        self.impression = impression
        self.references = references
        self.examOnly = examOnly
        self.status = status
        self.senior = senior
    }

    /// A case with no finding at all (normals count towards specificity).
    public var isNormal: Bool { findings.isEmpty }
}

public struct Patient: Codable, Sendable, Equatable {
    public var age: Int
    /// Free text as authored: "F", "M", "X".
    public var sex: String

    public init(age: Int, sex: String) {
        self.age = age
        self.sex = sex
    }
}

public struct StepView: Codable, Sendable, Equatable {
    public var text: String
    /// Seconds after the case arrives before this step's images exist.
    public var availableAfter: Double?
    /// A view or series the technologist can add when asked (issue 17).
    public var extra: ExtraView?

    public init(text: String, availableAfter: Double? = nil, extra: ExtraView? = nil) {
        self.text = text
        self.availableAfter = availableAfter
        self.extra = extra
    }
}

/// An extra view the technologist can add (a horizontal-beam lateral knee, a delayed phase):
/// it arrives `delay` seconds after it is asked for and joins the step's text.
public struct ExtraView: Codable, Sendable, Equatable {
    public var label: String
    public var text: String
    public var delay: Double
    /// Whether a careful reader would ask for it.
    public var indicated: Bool
    /// Why it is indicated or not, for the feedback ("a second radiograph is needless radiation here").
    public var reason: String

    public static let defaultDelay: Double = 60

    public init(label: String, text: String, delay: Double = ExtraView.defaultDelay, indicated: Bool, reason: String = "") {
        self.label = label
        self.text = text
        self.delay = delay
        self.indicated = indicated
        self.reason = reason
    }
}

public struct Finding: Codable, Sendable, Equatable {
    public var id: String
    public var step: String
    public var term: String
    public var side: Side?
    public var severity: Severity
    public var conspicuity: Conspicuity
    public var teaching: String
    /// The phrase in the view text that shows it.
    public var evidence: String?
    /// Other steps where marking it also counts.
    public var acceptAt: [String]
    /// Synonymous terms that also count.
    public var acceptTerms: [String]
    /// Overrides the term's category where the context changes the urgency (a small
    /// iatrogenic pneumothorax 2, a tension one 1).
    public var category: ActionCategory?
    /// Its evidence is only in the step's extra view.
    public var needsExtra: Bool

    public init(id: String, step: String, term: String, side: Side? = nil, severity: Severity,
                conspicuity: Conspicuity, teaching: String, evidence: String? = nil,
                acceptAt: [String] = [], acceptTerms: [String] = [], category: ActionCategory? = nil,
                needsExtra: Bool = false) {
        self.id = id
        self.step = step
        self.term = term
        self.side = side
        self.severity = severity
        self.conspicuity = conspicuity
        self.teaching = teaching
        self.evidence = evidence
        self.acceptAt = acceptAt
        self.acceptTerms = acceptTerms
        self.category = category
        self.needsExtra = needsExtra
    }

    enum CodingKeys: String, CodingKey {
        case id, step, term, side, severity, conspicuity, teaching, evidence, category
        case acceptAt = "accept_at"
        case acceptTerms = "accept_terms"
        case needsExtra = "needs_extra"
    }

    // Journals written before issue 17 have no `needs_extra`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        step = try c.decode(String.self, forKey: .step)
        term = try c.decode(String.self, forKey: .term)
        side = try c.decodeIfPresent(Side.self, forKey: .side)
        severity = try c.decode(Severity.self, forKey: .severity)
        conspicuity = try c.decode(Conspicuity.self, forKey: .conspicuity)
        teaching = try c.decode(String.self, forKey: .teaching)
        evidence = try c.decodeIfPresent(String.self, forKey: .evidence)
        acceptAt = try c.decodeIfPresent([String].self, forKey: .acceptAt) ?? []
        acceptTerms = try c.decodeIfPresent([String].self, forKey: .acceptTerms) ?? []
        category = try c.decodeIfPresent(ActionCategory.self, forKey: .category)
        needsExtra = try c.decodeIfPresent(Bool.self, forKey: .needsExtra) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(step, forKey: .step)
        try c.encode(term, forKey: .term)
        try c.encodeIfPresent(side, forKey: .side)
        try c.encode(severity, forKey: .severity)
        try c.encode(conspicuity, forKey: .conspicuity)
        try c.encode(teaching, forKey: .teaching)
        try c.encodeIfPresent(evidence, forKey: .evidence)
        try c.encode(acceptAt, forKey: .acceptAt)
        try c.encode(acceptTerms, forKey: .acceptTerms)
        try c.encodeIfPresent(category, forKey: .category)
        // Written only when set, so a journal without extras is byte for byte what it was.
        if needsExtra { try c.encode(true, forKey: .needsExtra) }
    }

    public var steps: [String] { [step] + acceptAt }
    public var terms: [String] { [term] + acceptTerms }

    /// Its own category, else its term's at its step.
    public func actionCategory(in routine: Routine?) -> ActionCategory? {
        category ?? routine?.step(step)?.term(term)?.category
    }

    /// Whether a mark or communication of (step, term, side) is this finding.
    public func matches(step: String, term: String, side: Side?) -> Bool {
        steps.contains(step) && terms.contains(term) && (self.side == nil || self.side == side)
    }
}

/// A normal variant or mimic a careful reader does not call.
public struct Distractor: Codable, Sendable, Equatable {
    public var step: String
    /// The term a reader would wrongly mark for it, when there is one.
    public var term: String?
    public var side: Side?
    /// Shown in feedback, e.g. "nipple shadow — normal variant".
    public var note: String
    public var evidence: String?

    public init(step: String, term: String? = nil, side: Side? = nil, note: String, evidence: String? = nil) {
        self.step = step
        self.term = term
        self.side = side
        self.note = note
        self.evidence = evidence
    }
}
