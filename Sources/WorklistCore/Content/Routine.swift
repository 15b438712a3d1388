/// A search pattern / structured-report checklist (PRODUCT.md §2).
public struct Routine: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var modality: String
    public var steps: [Step]
    public var order: ProtocolOrder
    /// Weight of the Order axis in the case score; 10 by default.
    public var orderWeight: Double

    public static let defaultOrderWeight: Double = 10

    public init(id: String, title: String, modality: String = "", steps: [Step],
                order: ProtocolOrder = .strict, orderWeight: Double = Routine.defaultOrderWeight) {
        self.id = id
        self.title = title
        self.modality = modality
        self.steps = steps
        self.order = order
        self.orderWeight = orderWeight
    }

    enum CodingKeys: String, CodingKey {
        case id, title, modality, steps, order
        case orderWeight = "order_weight"
    }

    public func step(_ id: String) -> Step? { steps.first { $0.id == id } }
    public func stepIndex(_ id: String) -> Int? { steps.firstIndex { $0.id == id } }
}

public struct Step: Codable, Sendable, Equatable {
    public var id: String
    public var label: String
    /// One line shown in drill mode only.
    public var hint: String?
    /// The structured-report pick list for this step.
    public var terms: [Term]

    public init(id: String, label: String, hint: String? = nil, terms: [Term] = []) {
        self.id = id
        self.label = label
        self.hint = hint
        self.terms = terms
    }

    public func term(_ id: String) -> Term? { terms.first { $0.id == id } }
}

public struct Term: Codable, Sendable, Equatable {
    public var id: String
    public var label: String
    public var aliases: [String]
    /// ACR actionable finding category at this step: 1 call within minutes, 2 within hours,
    /// 3 within days (say it in the report); nil when the term is not actionable.
    public var category: ActionCategory?
    /// A side (left, right, bilateral) must be chosen when marking it.
    public var lateral: Bool

    public init(id: String, label: String, aliases: [String] = [], critical: Bool = false, lateral: Bool = false,
                category: ActionCategory? = nil) {
        self.id = id
        self.label = label
        self.aliases = aliases
        self.category = category ?? (critical ? .one : nil)
        self.lateral = lateral
    }

    /// Category 1: a critical result, called now.
    public var critical: Bool { category == .one }

    enum CodingKeys: String, CodingKey { case id, label, aliases, category, critical, lateral }

    // A version-1 snapshot says `critical: true`; it reads as category 1.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.decode(String.self, forKey: .label)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        lateral = try c.decodeIfPresent(Bool.self, forKey: .lateral) ?? false
        let legacy = try c.decodeIfPresent(Bool.self, forKey: .critical) ?? false
        category = try c.decodeIfPresent(ActionCategory.self, forKey: .category) ?? (legacy ? .one : nil)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(label, forKey: .label)
        try c.encode(aliases, forKey: .aliases)
        try c.encodeIfPresent(category, forKey: .category)
        try c.encode(lateral, forKey: .lateral)
    }
}

/// Protocol order: the listed order, or groups done one after another.
public enum ProtocolOrder: Codable, Sendable, Equatable {
    case strict
    /// Every step in exactly one group; free order inside a group.
    case groups([StepGroup])

    // JSON: "strict" or {"groups": [...]}.
    public init(from decoder: Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let word = try? single.decode(String.self) {
            guard word == "strict" else {
                throw DecodingError.dataCorruptedError(in: single, debugDescription: "unknown order \(word)")
            }
            self = .strict
            return
        }
        let keyed = try decoder.container(keyedBy: GroupsKey.self)
        self = .groups(try keyed.decode([StepGroup].self, forKey: .groups))
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .strict:
            var single = encoder.singleValueContainer()
            try single.encode("strict")
        case .groups(let groups):
            var keyed = encoder.container(keyedBy: GroupsKey.self)
            try keyed.encode(groups, forKey: .groups)
        }
    }

    private enum GroupsKey: String, CodingKey { case groups }
}

public struct StepGroup: Codable, Sendable, Equatable {
    public var id: String
    public var label: String
    public var steps: [String]

    public init(id: String, label: String, steps: [String]) {
        self.id = id
        self.label = label
        self.steps = steps
    }
}
