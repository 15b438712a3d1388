import WorklistCore

struct FindingDraft {
    var at: SourceLocation
    var id: Located<String>
    var step: Located<String>
    var term: Located<String>
    var side: Located<Side>?
    var severity: Severity
    var conspicuity: Conspicuity
    var teaching: String
    var evidence: Located<String>?
    var acceptAt: [Located<String>]
    var acceptTerms: [Located<String>]
    /// Overrides the term's category for this case.
    var category: Located<ActionCategory>?
    /// `needs_extra: true`: its evidence is only in the step's extra view.
    var needsExtra: Located<Bool>?

    var finding: Finding {
        Finding(id: id.value, step: step.value, term: term.value, side: side?.value, severity: severity,
                conspicuity: conspicuity, teaching: teaching, evidence: evidence?.value,
                acceptAt: acceptAt.map(\.value), acceptTerms: acceptTerms.map(\.value), category: category?.value,
                needsExtra: needsExtra?.value ?? false)
    }
    var label: String { "finding \(Wording.quote(id.value))" }
}

struct DistractorDraft {
    var at: SourceLocation
    var index: Int
    var step: Located<String>
    var term: Located<String>?
    var side: Located<Side>?
    var note: String
    var evidence: Located<String>?

    var distractor: Distractor {
        Distractor(step: step.value, term: term?.value, side: side?.value, note: note, evidence: evidence?.value)
    }
    var label: String { "distractor \(index + 1)" }
}

/// A case as read, with the places later checks point at. `value` is filled with stand-ins
/// where a required field was unreadable (those errors are already reported).
struct CaseDraft {
    var value: Case
    var at: SourceLocation
    var routine: Located<String>?
    /// Where `views:` starts, and each view's step key.
    var viewsAt: SourceLocation?
    var viewKeys: [Located<String>]
    var findings: [FindingDraft]
    var distractors: [DistractorDraft]
    var label: String { "case \(Wording.quote(value.id))" }
}

/// Reads `kind: case` files: types, closed sets, ids, and the identifier lint. Checks that
/// need the routine are in CaseRules.
struct CaseDecoder {
    let reader: NodeReader
    /// nil outside `validate`: the lint only warns, and only `validate` prints warnings.
    let lint: IdentifierLint?
    var log: DiagnosticLog { reader.log }

    static let keys = ["kind", "id", "title", "modality", "exam", "priority", "patient", "indication", "routine",
                       "target_seconds", "views", "findings", "distractors", "impression", "references",
                       "exam_only", "status", "senior"]
    static let patientKeys = ["age", "sex"]
    static let viewKeys = ["text", "available_after", "extra"]
    static let extraKeys = ["label", "text", "delay", "indicated", "reason"]
    static let findingKeys = ["id", "step", "term", "side", "severity", "conspicuity", "teaching", "evidence",
                              "accept_at", "accept_terms", "category", "needs_extra"]
    static let distractorKeys = ["step", "term", "side", "note", "evidence"]

    private enum Sex: String, CaseIterable { case F, M, X }

    func decode(_ m: MappingView) -> CaseDraft? {
        let id = m.id("id")
        let title = m.text("title")
        let modality = m.text("modality")
        let exam = m.text("exam")
        let priority = m.choice("priority", Priority.self)
        let patient = m.required("patient").flatMap(decodePatient)
        let indication = m.text("indication")
        let routine = m.word("routine")
        let target = m.duration("target_seconds", positive: true)
        let views = m.required("views").flatMap(viewsMapping)
        let impression = m.text("impression")
        let references = m.texts("references")
        let examOnly = m.optionalBool("exam_only")?.value ?? false
        let status = m.optionalChoice("status", ContentStatus.self)?.value ?? .draft
        let senior = m.optionalText("senior")

        // Views: keys are step ids, checked against the routine later.
        var viewMap: [String: StepView] = [:]
        var viewKeys: [Located<String>] = []
        if let views, case .mapping(let entries) = views.kind {
            for entry in entries {
                guard let view = decodeView(entry.value, step: entry.key) else { continue }
                viewMap[entry.key] = view.value
                viewKeys.append(Located(value: entry.key, at: entry.keyAt))
                lint?.lint(Located(value: view.value.text, at: view.at), field: "view \(Wording.quote(entry.key))",
                          log: log)
                if let extra = view.value.extra {
                    lint?.lint(Located(value: extra.text, at: view.at), field: "extra view of \(Wording.quote(entry.key))",
                              log: log)
                }
            }
        }

        var findings: [FindingDraft] = []
        for (index, node) in m.optionalList("findings").enumerated() {
            guard let finding = decodeFinding(node, index: index) else { continue }
            if let first = findings.first(where: { $0.id.value == finding.id.value }) {
                log.error("duplicate finding id \(Wording.quote(finding.id.value)) in this case "
                          + "(first at line \(first.id.at.line))", at: finding.id.at)
                continue
            }
            findings.append(finding)
        }
        let distractors = m.optionalList("distractors").enumerated().compactMap { decodeDistractor($1, index: $0) }

        for text in [title.map { ("title", $0) }, exam.map { ("exam", $0) }, indication.map { ("indication", $0) },
                     impression.map { ("impression", $0) }, senior.map { ("senior", $0) }].compactMap({ $0 }) {
            lint?.lint(text.1, field: text.0, log: log)
        }

        guard let id else { return nil }
        let value = Case(id: id.value, title: title?.value ?? id.value, modality: modality?.value ?? "",
                         exam: exam?.value ?? "", priority: priority?.value ?? .routine,
                         patient: patient ?? Patient(age: 0, sex: "X"), indication: indication?.value ?? "",
                         routine: routine?.value ?? "", targetSeconds: target?.value ?? 0, views: viewMap,
                         findings: findings.map(\.finding), distractors: distractors.map(\.distractor),
                         impression: impression?.value ?? "", references: references.map(\.value),
                         examOnly: examOnly, status: status, senior: senior?.value)
        return CaseDraft(value: value, at: id.at, routine: routine, viewsAt: views?.at, viewKeys: viewKeys,
                         findings: findings, distractors: distractors)
    }

    /// `views` is a mapping whose keys are step ids (any key is fine here).
    private func viewsMapping(_ node: YNode) -> YNode? {
        guard case .mapping = node.kind else {
            log.error("views: expected a mapping of step id to view text, found \(node.found)", at: node.at)
            return nil
        }
        return node
    }

    private func decodePatient(_ node: YNode) -> Patient? {
        guard let m = reader.mapping(node, key: "patient", noun: "patient", keys: Self.patientKeys) else { return nil }
        let age = m.integer("age", in: 0...120)
        let sex = m.choice("sex", Sex.self)
        if let age { lint?.lintAge(age, log: log) }
        guard let age, let sex else { return nil }
        return Patient(age: age.value, sex: sex.value.rawValue)
    }

    /// A view is its text, or `text` plus `available_after` and an `extra` view.
    private func decodeView(_ node: YNode, step: String) -> Located<StepView>? {
        let key = "view \(Wording.quote(step))"
        if case .mapping = node.kind {
            guard let m = reader.mapping(node, key: key, noun: key, keys: Self.viewKeys) else { return nil }
            let text = m.text("text")
            let after = m.optionalDuration("available_after", positive: false)
            let extra = m.optional("extra").flatMap { decodeExtra($0, step: step) }
            guard let text else { return nil }
            return Located(value: StepView(text: text.value, availableAfter: after?.value, extra: extra), at: text.at)
        }
        guard let text = reader.text(node, key: key) else { return nil }
        return Located(value: StepView(text: text.value), at: text.at)
    }

    /// What the technologist can add: label, text, delay (default 60 s), whether it is
    /// indicated, and why (shown in the feedback).
    private func decodeExtra(_ node: YNode, step: String) -> ExtraView? {
        let key = "extra of view \(Wording.quote(step))"
        guard let m = reader.mapping(node, key: "extra", noun: key, keys: Self.extraKeys) else { return nil }
        let label = m.text("label")
        let text = m.text("text")
        let delay = m.optionalDuration("delay", positive: true)
        let indicated = m.bool("indicated")
        let reason = m.optionalText("reason")
        if let reason { lint?.lint(reason, field: "reason of the extra view of \(Wording.quote(step))", log: log) }
        guard let label, let text, let indicated else { return nil }
        return ExtraView(label: label.value, text: text.value, delay: delay?.value ?? ExtraView.defaultDelay,
                         indicated: indicated.value, reason: reason?.value ?? "")
    }

    private func decodeFinding(_ node: YNode, index: Int) -> FindingDraft? {
        guard let m = reader.mapping(node, key: "findings", noun: "finding", index: index, keys: Self.findingKeys)
        else { return nil }
        let id = m.id("id")
        let step = m.word("step")
        let term = m.word("term")
        let side = m.optionalChoice("side", Side.self)
        let severity = m.choice("severity", Severity.self)
        let conspicuity = m.choice("conspicuity", Conspicuity.self)
        let teaching = m.text("teaching", allowEmpty: true)
        let evidence = m.optionalText("evidence")
        let acceptAt = m.words("accept_at")
        let acceptTerms = m.words("accept_terms")
        let category = m.optionalCategory("category")
        let needsExtra = m.optionalBool("needs_extra")
        let name = "finding " + (id.map { Wording.quote($0.value) } ?? "\(index + 1)")
        if let teaching {
            lint?.lint(teaching, field: "teaching of \(name)", log: log)
            if severity?.value == .critical, teaching.value.isEmpty {
                log.error("teaching of critical \(name) is empty; write one to three sentences "
                          + "(a critical finding always needs a teaching point)", at: teaching.at)
            }
        }
        if let evidence { lint?.lint(evidence, field: "evidence of \(name)", log: log) }
        guard let id, let step, let term, let severity, let conspicuity, let teaching else { return nil }
        return FindingDraft(at: m.at, id: id, step: step, term: term, side: side, severity: severity.value,
                            conspicuity: conspicuity.value, teaching: teaching.value, evidence: evidence,
                            acceptAt: acceptAt, acceptTerms: acceptTerms, category: category, needsExtra: needsExtra)
    }

    private func decodeDistractor(_ node: YNode, index: Int) -> DistractorDraft? {
        guard let m = reader.mapping(node, key: "distractors", noun: "distractor", index: index,
                                     keys: Self.distractorKeys) else { return nil }
        let step = m.word("step")
        let term = m.optionalWord("term")
        let side = m.optionalChoice("side", Side.self)
        let note = m.text("note")
        let evidence = m.optionalText("evidence")
        if let note { lint?.lint(note, field: "note of distractor \(index + 1)", log: log) }
        if let evidence { lint?.lint(evidence, field: "evidence of distractor \(index + 1)", log: log) }
        guard let step, let note else { return nil }
        return DistractorDraft(at: m.at, index: index, step: step, term: term, side: side, note: note.value,
                               evidence: evidence)
    }
}
