/// What stands on a step: normal, or one or more marks. Absent means undecided.
public enum StepDecision: Sendable, Equatable {
    case normal
    case marked(Set<Mark>)

    public var marks: Set<Mark> {
        if case .marked(let marks) = self { return marks }
        return []
    }
}
