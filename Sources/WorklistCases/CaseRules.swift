import WorklistCore

/// Checks a case against its routine: views cover the steps, findings and distractors name
/// real steps and terms, sides fit laterality, evidence is in the text, accept_at is sound.
struct CaseRules {
    let log: DiagnosticLog

    func check(_ draft: CaseDraft, routines: [String: RoutineDraft]) {
        guard let ref = draft.routine else { return }
        guard let routine = routines[ref.value]?.routine else {
            log.error(Wording.unknown("routine", ref.value, candidates: routines.keys.sorted(), listLabel: "routines"),
                      at: ref.at)
            return
        }
        checkViews(draft, routine)
        for finding in draft.findings { checkFinding(finding, draft.value, routine) }
        for distractor in draft.distractors { checkDistractor(distractor, draft.value, routine) }
    }

    private func routineName(_ routine: Routine) -> String { "routine \(Wording.quote(routine.id))" }

    private func unknownStep(_ step: Located<String>, _ routine: Routine) {
        log.error(Wording.unknown("step", step.value, scope: " in \(routineName(routine))",
                                  candidates: routine.steps.map(\.id), listLabel: "steps"), at: step.at)
    }

    private func unknownTerm(_ term: Located<String>, _ step: Step, _ routine: Routine) {
        log.error(Wording.unknown("term", term.value,
                                  scope: " in step \(Wording.quote(step.id)) of \(routineName(routine))",
                                  candidates: step.terms.map(\.id), listLabel: "terms"), at: term.at)
    }

    /// One view for every step of the routine, and no others.
    private func checkViews(_ draft: CaseDraft, _ routine: Routine) {
        let steps = routine.steps.map(\.id)
        for key in draft.viewKeys where !steps.contains(key.value) {
            log.error("views: " + Wording.unknown("step", key.value, scope: " in \(routineName(routine))",
                                                  candidates: steps, listLabel: "steps"), at: key.at)
        }
        guard let viewsAt = draft.viewsAt else { return }
        let written = Set(draft.viewKeys.map(\.value))
        for step in steps where !written.contains(step) && draft.value.views[step] == nil {
            log.error("views has no entry for step \(Wording.quote(step)) of \(routineName(routine)); "
                      + "add \(step): <what the images show>", at: viewsAt)
        }
    }

    private func checkFinding(_ f: FindingDraft, _ c: Case, _ routine: Routine) {
        guard let step = routine.step(f.step.value) else {
            unknownStep(f.step, routine)
            return
        }
        // The finding's own term: known, and sided exactly when lateral.
        if let term = step.term(f.term.value) {
            if term.lateral, f.side == nil {
                log.error("\(f.label) needs a side: term \(Wording.quote(term.id)) is lateral; "
                          + "add side: left, right or bilateral", at: f.at)
            } else if !term.lateral, let side = f.side {
                log.error("side is not allowed on \(f.label): term \(Wording.quote(term.id)) is not lateral; "
                          + "remove side", at: side.at)
            }
        } else {
            unknownTerm(f.term, step, routine)
        }

        let terms = [f.term.value] + f.acceptTerms.map(\.value)
        var acceptSteps: [Step] = []
        for other in f.acceptAt {
            guard let s = routine.step(other.value) else {
                unknownStep(other, routine)
                continue
            }
            acceptSteps.append(s)
            if !s.terms.contains(where: { terms.contains($0.id) }) {
                log.error("accept_at step \(Wording.quote(s.id)) has none of the terms of \(f.label) "
                          + "(\(terms.map { Wording.quote($0) }.joined(separator: ", "))) in its vocabulary; "
                          + "add the term to that step or remove it from accept_at", at: other.at)
            }
        }

        let vocabulary = ([step] + acceptSteps).flatMap { $0.terms.map(\.id) }
        for synonym in f.acceptTerms where !vocabulary.contains(synonym.value) {
            let names = ([step] + acceptSteps).map { Wording.quote($0.id) }
            let scope = names.count == 1 ? " in step \(names[0])" : " in steps \(names.joined(separator: ", "))"
            log.error("accept_terms: " + Wording.unknown("term", synonym.value, scope: scope,
                                                          candidates: uniqued(vocabulary), listLabel: "terms"),
                      at: synonym.at)
        }

        if let evidence = f.evidence {
            checkEvidence(evidence, of: f.label, steps: [step] + acceptSteps, in: c, extras: f.needsExtra?.value == true)
        }
        // Evidence only in an extra view: the step (or an accept_at step) must offer one.
        if let needsExtra = f.needsExtra, needsExtra.value,
           !([step] + acceptSteps).contains(where: { c.views[$0.id]?.extra != nil }) {
            log.error("\(f.label) has needs_extra: true, but step \(Wording.quote(step.id)) offers no extra view; "
                      + "add extra: {label, text, indicated} to its view, or drop needs_extra", at: needsExtra.at)
        }

        // A reader who marks the finding at another step where its term also exists gets no
        // credit unless accept_at names that step.
        let covered = Set([step.id] + f.acceptAt.map(\.value))
        for other in routine.steps where !covered.contains(other.id) {
            guard let shared = terms.first(where: { other.term($0) != nil }) else { continue }
            let suggested = Wording.oneLine((f.acceptAt.map(\.value) + [other.id]).joined(separator: ", "))
            log.warning("term \(Wording.quote(shared)) of \(f.label) is also in the vocabulary of step "
                        + "\(Wording.quote(other.id)), where marking it would not count; "
                        + "if it should, add accept_at: [\(suggested)]", at: f.at)
        }
    }

    private func checkDistractor(_ d: DistractorDraft, _ c: Case, _ routine: Routine) {
        guard let step = routine.step(d.step.value) else {
            unknownStep(d.step, routine)
            return
        }
        if let term = d.term, step.term(term.value) == nil {
            unknownTerm(term, step, routine)
        }
        if let evidence = d.evidence {
            checkEvidence(evidence, of: d.label, steps: [step], in: c)
        }
    }

    /// The phrase must occur in the view text of one of the steps (ignoring case and line
    /// breaks); for a finding that needs the extra view, in that view's text.
    private func checkEvidence(_ evidence: Located<String>, of owner: String, steps: [Step], in c: Case,
                               extras: Bool = false) {
        let phrase = Self.normalised(evidence.value)
        let found = steps.contains { step in
            c.views[step.id].map { view in
                Self.contains(Self.normalised(extras ? view.extra?.text ?? "" : view.text), phrase)
            } ?? false
        }
        guard !found else { return }
        let names = steps.map { Wording.quote($0.id) }
        let which = names.count == 1 ? "step \(names[0])" : "any of steps \(names.joined(separator: ", "))"
        log.error("evidence \(Wording.quote(evidence.value)) of \(owner) does not occur in the \(extras ? "extra view" : "view") "
                  + "text of \(which); copy the phrase exactly from the \(extras ? "extra view" : "view")", at: evidence.at)
    }

    /// Whether `text` holds `phrase`: over bytes when both are ASCII (then the same as
    /// comparing characters), else as Foundation compares them.
    static func contains(_ text: String, _ phrase: String) -> Bool {
        let (t, p) = (Array(text.utf8), Array(phrase.utf8))
        guard t.allSatisfy({ $0 < 0x80 }), p.allSatisfy({ $0 < 0x80 }) else { return text.contains(phrase) }
        if p.isEmpty { return false }   // as String's contains has it
        guard p.count <= t.count else { return false }
        for start in 0...(t.count - p.count) where t[start] == p[0] {
            if t[start..<start + p.count].elementsEqual(p) { return true }
        }
        return false
    }

    /// Lower case, whitespace runs as one space, none at the ends: evidence is matched on this.
    static func normalised(_ text: String) -> String {
        if let ascii = normalisedASCII(text) { return ascii }
        return text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The same over bytes for ASCII text (most of it), without grapheme breaking (issue 13):
    /// in ASCII the whitespace characters are tab to carriage return and space.
    private static func normalisedASCII(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func uniqued(_ ids: [String]) -> [String] {
        var seen: [String] = []
        for id in ids where !seen.contains(id) { seen.append(id) }
        return seen
    }
}
