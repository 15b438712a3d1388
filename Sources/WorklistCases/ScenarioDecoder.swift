import WorklistCore

struct InterruptionDraft {
    var value: Interruption
    var id: Located<String>
    var at: Located<Double>
    var caseRef: Located<String>
    var steps: [Located<String>]
    /// Finding ids of its case, checked against the case in ScenarioRules.
    var unlessCommunicated: [Located<String>]
    var label: String { "interruption \(Wording.quote(id.value))" }
}

/// A scenario as read. `value` holds stand-ins where a required field was unreadable.
struct ScenarioDraft {
    var value: Scenario
    var at: SourceLocation
    var root: SourceLocation
    var mode: Mode?
    var isDefault: Located<Bool>?
    /// The fixed list, each case with its arrival.
    var fixed: [(ref: Located<String>, arrives: Double)]?
    var pool: [Located<String>]?
    var count: Int?
    var arriveEvery: Double
    /// Where `cases:` or `pool:` is written: rules about the list point there.
    var casesAt: SourceLocation?
    var interruptions: [InterruptionDraft]
    var label: String { "scenario \(Wording.quote(value.id))" }
}

/// Reads `kind: scenario` files and checks what needs no other file.
struct ScenarioDecoder {
    let reader: NodeReader
    /// nil outside `validate`: the lint only warns, and only `validate` prints warnings.
    let lint: IdentifierLint?
    var log: DiagnosticLog { reader.log }

    static let keys = ["kind", "id", "title", "description", "mode", "default", "feedback", "time_limit",
                       "communication_window", "second_window", "consult_delay", "turnaround", "cases", "pool", "count",
                       "arrive_every", "interruptions", "requests"]
    static let requestKeys = ["id", "arrives", "priority", "exam", "patient", "details", "options", "references"]
    static let optionKeys = ["id", "text", "verdict", "explanation"]
    static let turnaroundKeys = ["stat", "urgent", "routine"]
    static let scheduledKeys = ["case", "arrives"]
    static let interruptionKeys = ["id", "at", "caller", "question", "case", "steps", "answers", "needs_read",
                                   "explanation", "unless_communicated"]
    static let answerKeys = ["id", "text", "correct"]

    func decode(_ m: MappingView) -> ScenarioDraft? {
        let id = m.id("id")
        let title = m.text("title")
        let description = m.optionalText("description")
        let mode = readMode(m)
        let isDefault = m.optionalBool("default")
        let feedback = m.optionalBool("feedback")
        let timeLimit = m.optionalDuration("time_limit", positive: true)
        let window = m.optionalDuration("communication_window", positive: true)
        let secondWindow = m.optionalDuration("second_window", positive: true)
        let consultDelay = m.optionalDuration("consult_delay", positive: true)
        let turnaround = m.optional("turnaround").flatMap(decodeTurnaround) ?? TurnaroundTargets()
        let name = id.map { "scenario \(Wording.quote($0.value))" } ?? "this scenario"

        if window != nil || !m.has("communication_window") { checkWindows(first: window, second: secondWindow) }

        if mode?.value == .exam, timeLimit == nil, !m.has("time_limit") {
            log.error("exam \(name) needs a time_limit (e.g. time_limit: 35m)", at: m.at)
        }

        // Exactly one of a fixed list and a pool.
        var fixed: [(ref: Located<String>, arrives: Double)]?
        var pool: [Located<String>]?
        var count: Int?
        var arriveEvery = 0.0
        var casesAt: SourceLocation?
        let hasCases = m.entry("cases") != nil, hasPool = m.entry("pool") != nil
        if hasCases && hasPool, let at = m.keyAt("pool") {
            log.error("\(name) has both cases and pool; use a fixed cases list or a pool, not both", at: at)
        } else if !hasCases && !hasPool && m.entry("requests") == nil {
            // A protocoling list may hold requests only.
            log.error("missing required key \"cases\" (or \"pool\") in \(name)", at: m.at)
        }
        for key in ["cases", "pool"] {
            if let node = m.optional(key), case .sequence(let items) = node.kind, items.isEmpty, let at = m.keyAt(key) {
                log.error("\(key) is empty; list at least one case", at: at)
            }
        }
        if hasCases {
            casesAt = m.keyAt("cases")
            fixed = m.list("cases").map { decodeSchedule($0, scenario: name) }
        } else if hasPool {
            casesAt = m.keyAt("pool")
            if let list = m.list("pool") {
                pool = decodePool(list, scenario: name)
            }
            count = m.integer("count", in: 1...NodeReader.maxCount)?.value
            if let c = count, let at = m.entry("count")?.value.at {
                if let pool, c > pool.count {
                    log.error("count is \(c) but pool has only \(pool.count) case\(pool.count == 1 ? "" : "s"); "
                              + "lower count or add cases to the pool", at: at)
                }
            }
            arriveEvery = m.optionalDuration("arrive_every", positive: false)?.value ?? 0
        }
        if !hasPool {
            for key in ["count", "arrive_every"] {
                if let at = m.keyAt(key) { log.error("\(key) is only used with pool", at: at) }
            }
        }

        var interruptions: [InterruptionDraft] = []
        if let entry = m.entry("interruptions"), !entry.value.isNull {
            if hasPool {
                log.error("interruptions need a fixed cases list; a pool scenario cannot have them "
                          + "(the seed decides which cases come)", at: entry.keyAt)
            }
            for (index, node) in (reader.sequence(entry.value, key: "interruptions") ?? []).enumerated() {
                guard let call = decodeInterruption(node, index: index) else { continue }
                if let first = interruptions.first(where: { $0.id.value == call.id.value }) {
                    log.error("duplicate interruption id \(Wording.quote(call.id.value)) in \(name) "
                              + "(first at line \(first.id.at.line))", at: call.id.at)
                    continue
                }
                interruptions.append(call)
            }
        }

        let requests = decodeRequests(m, scenario: name, mode: mode?.value, timeLimit: timeLimit?.value)

        guard let id else { return nil }
        let source: CaseSource = pool.map { .pool(ids: $0.map(\.value), count: count ?? 0, arriveEvery: arriveEvery) }
            ?? .fixed((fixed ?? []).map { ScheduledCase(caseID: $0.ref.value, arrives: $0.arrives) })
        let resolvedMode = mode?.value ?? .shift
        let value = Scenario(id: id.value, title: title?.value ?? id.value, description: description?.value ?? "",
                             mode: resolvedMode, cases: source, interruptions: interruptions.map(\.value),
                             turnaround: turnaround,
                             communicationWindow: window?.value ?? Scenario.defaultCommunicationWindow,
                             secondWindow: secondWindow?.value ?? Scenario.defaultSecondWindow,
                             timeLimit: timeLimit?.value, feedback: feedback?.value ?? (resolvedMode == .shift),
                             isDefault: isDefault?.value ?? false,
                             consultDelay: consultDelay?.value ?? Scenario.defaultConsultDelay,
                             requests: requests)
        return ScenarioDraft(value: value, at: id.at, root: m.at, mode: mode?.value, isDefault: isDefault,
                             fixed: fixed, pool: pool, count: count, arriveEvery: arriveEvery, casesAt: casesAt,
                             interruptions: interruptions)
    }

    /// Category 2's window (hours) is never shorter than category 1's (minutes). With no
    /// second_window written, the default must still be at least communication_window.
    /// (Not called when communication_window is written but unreadable: that is reported.)
    private func checkWindows(first: Located<Double>?, second: Located<Double>?) {
        let firstSeconds = first?.value ?? Scenario.defaultCommunicationWindow
        if let second {
            if second.value < firstSeconds {
                let written = first == nil ? " (the default)" : ""
                log.error("second_window (\(Wording.seconds(second.value)), category 2) must be at least "
                          + "communication_window (\(Wording.seconds(firstSeconds)), category 1)\(written); "
                          + "raise second_window or lower communication_window", at: second.at)
            }
        } else if let first, first.value > Scenario.defaultSecondWindow {
            log.error("communication_window (\(Wording.seconds(first.value)), category 1) is longer than the "
                      + "default second_window (\(Wording.seconds(Scenario.defaultSecondWindow)), category 2); "
                      + "add second_window: \(Wording.number(first.value)) or more, or lower communication_window",
                      at: first.at)
        }
    }

    /// shift or exam; a drill is not a scenario.
    private func readMode(_ m: MappingView) -> Located<Mode>? {
        guard let node = m.required("mode") else { return nil }
        if node.scalar == Mode.drill.rawValue {
            log.error("mode must be shift or exam, found \"drill\" (a drill is built from a routine: "
                      + "worklist drill <routine>)", at: node.at)
            return nil
        }
        return reader.choice(node, key: "mode", Mode.self, allowed: [.shift, .exam])
    }

    private func decodeTurnaround(_ node: YNode) -> TurnaroundTargets? {
        guard let m = reader.mapping(node, key: "turnaround", noun: "turnaround", keys: Self.turnaroundKeys) else {
            return nil
        }
        var targets = TurnaroundTargets()
        if let stat = m.optionalDuration("stat", positive: true) { targets.stat = stat.value }
        if let urgent = m.optionalDuration("urgent", positive: true) { targets.urgent = urgent.value }
        if let routine = m.optionalDuration("routine", positive: true) { targets.routine = routine.value }
        return targets
    }

    private func decodeSchedule(_ list: [YNode], scenario: String) -> [(ref: Located<String>, arrives: Double)] {
        var out: [(ref: Located<String>, arrives: Double)] = []
        for (index, node) in list.enumerated() {
            guard let m = reader.mapping(node, key: "cases", noun: "cases entry", index: index,
                                         keys: Self.scheduledKeys) else { continue }
            let ref = m.word("case")
            let arrives = m.optionalDuration("arrives", positive: false)?.value ?? 0
            guard let ref else { continue }
            if out.contains(where: { $0.ref.value == ref.value }) {
                log.error("case \(Wording.quote(ref.value)) is listed twice in \(scenario)", at: ref.at)
                continue
            }
            out.append((ref, arrives))
        }
        return out
    }

    private func decodePool(_ list: [YNode], scenario: String) -> [Located<String>] {
        var out: [Located<String>] = []
        for ref in list.compactMap({ reader.word($0, key: "pool") }) {
            if out.contains(where: { $0.value == ref.value }) {
                log.error("case \(Wording.quote(ref.value)) is listed twice in the pool of \(scenario)", at: ref.at)
                continue
            }
            out.append(ref)
        }
        return out
    }

    /// Protocoling requests (issue 17): shifts only, each with options of which at least one
    /// is the best, every option explained.
    private func decodeRequests(_ m: MappingView, scenario name: String, mode: Mode?, timeLimit: Double?) -> [ProtocolRequest] {
        guard let entry = m.entry("requests"), !entry.value.isNull else { return [] }
        if let mode, mode != .shift {
            log.error("requests belong to a shift; an \(mode.rawValue) has no protocoling", at: entry.keyAt)
        }
        var out: [ProtocolRequest] = []
        var seen: [String: Int] = [:]
        for (index, node) in (reader.sequence(entry.value, key: "requests") ?? []).enumerated() {
            guard let r = reader.mapping(node, key: "requests", noun: "request", index: index, keys: Self.requestKeys)
            else { continue }
            let id = r.id("id")
            let arrives = r.optionalDuration("arrives", positive: false)
            let priority = r.choice("priority", Priority.self)
            let exam = r.text("exam")
            let patient = r.required("patient").flatMap(decodePatient)
            let details = r.text("details")
            let references = r.texts("references")
            let owner = "request " + (id.map { Wording.quote($0.value) } ?? "\(index + 1)")
            if let details { lint?.lint(details, field: "details of \(owner)", log: log) }
            if let arrives, let timeLimit, arrives.value >= timeLimit {
                log.error("\(owner) arrives at \(Wording.seconds(arrives.value)), after the time limit "
                          + "(\(Wording.seconds(timeLimit))); make it arrive earlier", at: arrives.at)
            }
            let options = r.list("options").map { decodeOptions($0, keyAt: r.keyAt("options") ?? r.at, owner: owner) } ?? []
            guard let id, let priority, let exam, let patient, let details, !options.isEmpty else { continue }
            if let line = seen[id.value] {
                log.error("duplicate request id \(Wording.quote(id.value)) in \(name) (first at line \(line))", at: id.at)
                continue
            }
            seen[id.value] = id.at.line
            out.append(ProtocolRequest(id: id.value, arrives: arrives?.value ?? 0, priority: priority.value,
                                       exam: exam.value, patient: patient, details: details.value, options: options,
                                       references: references.map(\.value)))
        }
        return out
    }

    private func decodePatient(_ node: YNode) -> Patient? {
        guard let m = reader.mapping(node, key: "patient", noun: "patient", keys: ["age", "sex"]) else { return nil }
        let age = m.integer("age", in: 0...120)
        let sex = m.text("sex")
        guard let age, let sex else { return nil }
        if !["F", "M", "X"].contains(sex.value) {
            log.error("sex must be F, M or X, not \(Wording.quote(sex.value))", at: sex.at)
        }
        return Patient(age: age.value, sex: sex.value)
    }

    private func decodeOptions(_ nodes: [YNode], keyAt: SourceLocation, owner: String) -> [RequestOption] {
        var options: [RequestOption] = []
        for (index, node) in nodes.enumerated() {
            guard let o = reader.mapping(node, key: "options", noun: "option", index: index, keys: Self.optionKeys)
            else { continue }
            let id = o.id("id")
            let text = o.text("text")
            let verdict = o.choice("verdict", Verdict.self)
            let explanation = o.text("explanation")
            if let explanation { lint?.lint(explanation, field: "explanation of an option of \(owner)", log: log) }
            guard let id, let text, let verdict, let explanation else { continue }
            if options.contains(where: { $0.id == id.value }) {
                log.error("duplicate option id \(Wording.quote(id.value)) in \(owner)", at: id.at)
                continue
            }
            options.append(RequestOption(id: id.value, text: text.value, verdict: verdict.value, explanation: explanation.value))
        }
        if options.count < 2 {
            log.error("\(owner) needs at least two options (approve, change, another test, hold, decline)", at: keyAt)
            return []
        }
        if !options.contains(where: { $0.verdict == .best }) {
            log.error("\(owner) has no option with verdict: best; mark the right answer best", at: keyAt)
            return []
        }
        return options
    }

    private func decodeInterruption(_ node: YNode, index: Int) -> InterruptionDraft? {
        guard let m = reader.mapping(node, key: "interruptions", noun: "interruption", index: index,
                                     keys: Self.interruptionKeys) else { return nil }
        let id = m.id("id")
        let at = m.duration("at", positive: false)
        let caller = m.text("caller")
        let question = m.text("question")
        let caseRef = m.word("case")
        let steps = m.list("steps")?.compactMap { reader.word($0, key: "steps") }
        let name = "interruption " + (id.map { Wording.quote($0.value) } ?? "\(index + 1)")
        if let steps, steps.isEmpty, let keyAt = m.keyAt("steps") {
            log.error("steps of \(name) is empty; name at least one step the call is about", at: keyAt)
        }
        if let question { lint?.lint(question, field: "question of \(name)", log: log) }
        let answers = m.list("answers").map { decodeAnswers($0, keyAt: m.keyAt("answers") ?? m.at, owner: name) }
        let needsRead = m.optionalBool("needs_read")?.value ?? true
        let explanation = decodeExplanation(m, owner: name)
        if let explanation { lint?.lint(explanation, field: "explanation of \(name)", log: log) }
        let unless = decodeUnlessCommunicated(m, owner: name)
        // A missing explanation is reported (so the scenario stays out of the library) but the
        // call is still checked against its case, so every problem shows at once.
        guard let id, let at, let caller, let question, let caseRef, let steps, let answers else { return nil }
        let value = Interruption(id: id.value, at: at.value, caller: caller.value, question: question.value,
                                 caseID: caseRef.value, steps: steps.map(\.value), answers: answers,
                                 needsRead: needsRead, explanation: explanation?.value ?? "",
                                 unlessCommunicated: unless.map(\.value))
        return InterruptionDraft(value: value, id: id, at: at, caseRef: caseRef, steps: steps,
                                 unlessCommunicated: unless)
    }

    static let explanationHint = "write in one or two sentences why the right answer is right, with its "
        + "reference (the case's teaching point, a guideline, or the ACR practice parameter on communication)"

    /// Required, and never empty: the debrief shows it beside the trainee's answer.
    private func decodeExplanation(_ m: MappingView, owner: String) -> Located<String>? {
        guard let entry = m.entry("explanation") else {
            log.error("missing required key \"explanation\" in \(owner); \(Self.explanationHint)", at: m.at)
            return nil
        }
        guard !entry.value.isNull else {
            log.error("explanation of \(owner) has no value; \(Self.explanationHint)", at: entry.keyAt)
            return nil
        }
        guard let text = reader.text(entry.value, key: "explanation", allowEmpty: true) else { return nil }
        if text.value.isEmpty {
            log.error("explanation of \(owner) is empty; \(Self.explanationHint)", at: text.at)
            return nil
        }
        return text
    }

    /// Finding ids, each once; whether they exist is checked against the case later.
    private func decodeUnlessCommunicated(_ m: MappingView, owner: String) -> [Located<String>] {
        var out: [Located<String>] = []
        for ref in m.words("unless_communicated") {
            if out.contains(where: { $0.value == ref.value }) {
                log.error("finding \(Wording.quote(ref.value)) is listed twice in unless_communicated of \(owner)",
                          at: ref.at)
                continue
            }
            out.append(ref)
        }
        return out
    }

    /// At least one answer, at least one correct, ids unique and not the reserved one.
    private func decodeAnswers(_ list: [YNode], keyAt: SourceLocation, owner: String) -> [Answer] {
        var answers: [Answer] = []
        var ids: [String: SourceLocation] = [:]
        for (index, node) in list.enumerated() {
            guard let m = reader.mapping(node, key: "answers", noun: "answer", index: index, keys: Self.answerKeys)
            else { continue }
            let id = m.id("id")
            let text = m.text("text")
            let correct = m.required("correct").flatMap { reader.bool($0, key: "correct") }
            guard let id, let text, let correct else { continue }
            if id.value == Interruption.notReadYetID {
                log.error("answer id \"\(Interruption.notReadYetID)\" is reserved: \"\(Interruption.notReadYetText)\" "
                          + "is always offered; use another id", at: id.at)
                continue
            }
            if let first = ids[id.value] {
                log.error("duplicate answer id \(Wording.quote(id.value)) in \(owner) (first at line \(first.line))",
                          at: id.at)
                continue
            }
            ids[id.value] = id.at
            answers.append(Answer(id: id.value, text: text.value, correct: correct.value))
        }
        if list.isEmpty {
            log.error("answers of \(owner) is empty; give at least one answer", at: keyAt)
        } else if !answers.isEmpty, !answers.contains(where: \.correct) {
            log.error("\(owner) has no correct answer; mark at least one answer correct: true", at: keyAt)
        }
        return answers
    }
}
