/// The structured report generated from a case's decisions: one line per routine step,
/// in routine order, then the trainee's impression.
public enum StructuredReport {
    public struct Line: Equatable, Sendable {
        public var step: String
        public var label: String
        public var text: String
    }

    public static func lines(routine: Routine, decisions: [String: StepDecision]) -> [Line] {
        routine.steps.map { step in
            let text: String
            switch decisions[step.id] {
            case nil:
                text = "not assessed."
            case .normal?:
                text = "normal."
            case .marked(let marks)?:
                let ordered = marks.sorted { a, b in
                    let ia = step.terms.firstIndex { $0.id == a.term } ?? Int.max
                    let ib = step.terms.firstIndex { $0.id == b.term } ?? Int.max
                    return ia != ib ? ia < ib : (a.side?.rawValue ?? "") < (b.side?.rawValue ?? "")
                }
                text = ordered.map { describe($0, in: step) }.joined(separator: "; ") + "."
            }
            return Line(step: step.id, label: step.label, text: text)
        }
    }

    /// "Pneumothorax, left" — the term's label and its side.
    public static func describe(_ mark: Mark, in step: Step) -> String {
        let label = step.term(mark.term)?.label ?? mark.term
        return mark.side.map { "\(label), \($0.rawValue)" } ?? label
    }

    public static func text(routine: Routine, decisions: [String: StepDecision], impression: String) -> String {
        let body = lines(routine: routine, decisions: decisions).map { "\($0.label): \($0.text)" }
        let trimmed = impression.split(whereSeparator: \.isNewline).joined(separator: " ")
        return (body + ["", "Impression: " + (trimmed.isEmpty ? "(none typed)" : trimmed)]).joined(separator: "\n")
    }
}
