import WorklistCore

/// Writes a validated library as Swift source that builds the values directly, so the
/// program starts without parsing YAML (issue 13). The LibrarySnapshot build plugin runs it
/// over Cases/ on every build that changes a case file; nothing generated is checked in.
///
/// Every value is written through its public initializer; a field a newer model adds and
/// this writer forgets would be lost, which `BuiltInLibraryTests` catches by comparing the
/// built-in library with Cases/ parsed from disk.
public enum LibrarySnapshotSource {
    /// The whole generated file: the library's values and the files they came from (for
    /// `validate` and the identifier lint, which read the text).
    public static func generate(library: Library, files: [SourceFile]) -> String {
        var out = """
        // Generated at build time from Cases/ by the LibrarySnapshot plugin. Do not edit.
        import WorklistCore
        import WorklistCases

        enum GeneratedLibrary {

        """
        out += "    static let routines: [Routine] = [\(library.routines.indices.map { "routine\($0)()" }.joined(separator: ", "))]\n"
        out += "    static let cases: [Case] = [\(library.cases.indices.map { "case\($0)()" }.joined(separator: ", "))]\n"
        out += "    static let scenarios: [Scenario] = [\(library.scenarios.indices.map { "scenario\($0)()" }.joined(separator: ", "))]\n"
        out += "    static let files: [SourceFile] = [\n"
        for file in files.sorted(by: { $0.path < $1.path }) {
            out += "        SourceFile(path: \(literal(file.path)), text: \(literal(file.text))),\n"
        }
        out += "    ]\n"
        // One function per item keeps each expression small for the type checker.
        for (i, r) in library.routines.enumerated() {
            out += "    private static func routine\(i)() -> Routine {\n        \(source(r))\n    }\n"
        }
        for (i, c) in library.cases.enumerated() {
            out += "    private static func case\(i)() -> Case {\n        \(source(c))\n    }\n"
        }
        for (i, s) in library.scenarios.enumerated() {
            out += "    private static func scenario\(i)() -> Scenario {\n        \(source(s))\n    }\n"
        }
        return out + "}\n"
    }

    // MARK: values

    static func source(_ r: Routine) -> String {
        call("Routine", ("id", literal(r.id)), ("title", literal(r.title)), ("modality", literal(r.modality)),
             ("steps", array(r.steps.map(source))), ("order", source(r.order)), ("orderWeight", number(r.orderWeight)))
    }

    static func source(_ s: Step) -> String {
        call("Step", ("id", literal(s.id)), ("label", literal(s.label)), ("hint", optional(s.hint, literal)),
             ("terms", array(s.terms.map(source))))
    }

    static func source(_ t: Term) -> String {
        call("Term", ("id", literal(t.id)), ("label", literal(t.label)), ("aliases", array(t.aliases.map(literal))),
             ("lateral", bool(t.lateral)), ("category", optional(t.category, source)))
    }

    static func source(_ order: ProtocolOrder) -> String {
        switch order {
        case .strict: return ".strict"
        case .groups(let groups):
            return ".groups(" + array(groups.map {
                call("StepGroup", ("id", literal($0.id)), ("label", literal($0.label)), ("steps", array($0.steps.map(literal))))
            }) + ")"
        }
    }

    static func source(_ c: Case) -> String {
        let views = c.views.keys.sorted().map { key -> String in
            let v = c.views[key]!
            return literal(key) + ": " + call("StepView", ("text", literal(v.text)),
                                              ("availableAfter", optional(v.availableAfter, number)),
                                              ("extra", optional(v.extra, source)))
        }
        return call(
            "Case", ("id", literal(c.id)), ("title", literal(c.title)), ("modality", literal(c.modality)),
            ("exam", literal(c.exam)), ("priority", "." + c.priority.rawValue),
            ("patient", call("Patient", ("age", String(c.patient.age)), ("sex", literal(c.patient.sex)))),
            ("indication", literal(c.indication)), ("routine", literal(c.routine)),
            ("targetSeconds", number(c.targetSeconds)),
            ("views", views.isEmpty ? "[:]" : "[" + views.joined(separator: ", ") + "]"),
            ("findings", array(c.findings.map(source))), ("distractors", array(c.distractors.map(source))),
            ("impression", literal(c.impression)), ("references", array(c.references.map(literal))),
            ("examOnly", bool(c.examOnly)), ("status", "." + c.status.rawValue),
            ("senior", optional(c.senior, literal)))
    }

    static func source(_ e: ExtraView) -> String {
        call("ExtraView", ("label", literal(e.label)), ("text", literal(e.text)), ("delay", number(e.delay)),
             ("indicated", bool(e.indicated)), ("reason", literal(e.reason)))
    }

    static func source(_ f: Finding) -> String {
        call("Finding", ("id", literal(f.id)), ("step", literal(f.step)), ("term", literal(f.term)),
             ("side", optional(f.side, source)), ("severity", "." + f.severity.rawValue),
             ("conspicuity", "." + f.conspicuity.rawValue), ("teaching", literal(f.teaching)),
             ("evidence", optional(f.evidence, literal)), ("acceptAt", array(f.acceptAt.map(literal))),
             ("acceptTerms", array(f.acceptTerms.map(literal))), ("category", optional(f.category, source)),
             ("needsExtra", bool(f.needsExtra)))
    }

    static func source(_ d: Distractor) -> String {
        call("Distractor", ("step", literal(d.step)), ("term", optional(d.term, literal)),
             ("side", optional(d.side, source)), ("note", literal(d.note)), ("evidence", optional(d.evidence, literal)))
    }

    static func source(_ s: Scenario) -> String {
        let cases: String
        switch s.cases {
        case .fixed(let list):
            cases = ".fixed(" + array(list.map {
                call("ScheduledCase", ("caseID", literal($0.caseID)), ("arrives", number($0.arrives)))
            }) + ")"
        case .pool(let ids, let count, let every):
            cases = ".pool(ids: \(array(ids.map(literal))), count: \(count), arriveEvery: \(number(every)))"
        }
        let t = s.turnaround
        return call(
            "Scenario", ("id", literal(s.id)), ("title", literal(s.title)), ("description", literal(s.description)),
            ("mode", "." + s.mode.rawValue), ("cases", cases), ("interruptions", array(s.interruptions.map(source))),
            ("turnaround", call("TurnaroundTargets", ("stat", number(t.stat)), ("urgent", number(t.urgent)),
                                ("routine", optional(t.routine, number)))),
            ("communicationWindow", number(s.communicationWindow)), ("secondWindow", number(s.secondWindow)),
            ("timeLimit", optional(s.timeLimit, number)), ("feedback", bool(s.feedback)), ("isDefault", bool(s.isDefault)),
            ("consultDelay", number(s.consultDelay)), ("requests", array(s.requests.map(source))))
    }

    static func source(_ r: ProtocolRequest) -> String {
        call("ProtocolRequest", ("id", literal(r.id)), ("arrives", number(r.arrives)), ("priority", "." + r.priority.rawValue),
             ("exam", literal(r.exam)),
             ("patient", call("Patient", ("age", String(r.patient.age)), ("sex", literal(r.patient.sex)))),
             ("details", literal(r.details)),
             ("options", array(r.options.map {
                 call("RequestOption", ("id", literal($0.id)), ("text", literal($0.text)), ("verdict", "." + $0.verdict.rawValue),
                      ("explanation", literal($0.explanation)))
             })),
             ("references", array(r.references.map(literal))))
    }

    static func source(_ i: Interruption) -> String {
        call("Interruption", ("id", literal(i.id)), ("at", number(i.at)), ("caller", literal(i.caller)),
             ("question", literal(i.question)), ("caseID", literal(i.caseID)), ("steps", array(i.steps.map(literal))),
             ("answers", array(i.answers.map {
                 call("Answer", ("id", literal($0.id)), ("text", literal($0.text)), ("correct", bool($0.correct)))
             })),
             ("needsRead", bool(i.needsRead)), ("explanation", literal(i.explanation)),
             ("unlessCommunicated", array(i.unlessCommunicated.map(literal))))
    }

    static func source(_ side: Side) -> String { "." + side.rawValue }
    static func source(_ category: ActionCategory) -> String {
        switch category {
        case .one: ".one"
        case .two: ".two"
        case .three: ".three"
        }
    }

    // MARK: Swift syntax

    static func call(_ type: String, _ arguments: (String, String)...) -> String {
        type + "(" + arguments.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + ")"
    }

    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }
    static func bool(_ value: Bool) -> String { value ? "true" : "false" }
    static func optional<T>(_ value: T?, _ write: (T) -> String) -> String { value.map(write) ?? "nil" }

    /// A Double literal that reads back as the same value (Swift prints the shortest such).
    static func number(_ x: Double) -> String {
        precondition(x.isFinite, "a library number is finite (the loader checks)")
        return "\(x)"
    }

    /// "…" with every character that could end or bend the literal escaped.
    static func literal(_ text: String) -> String {
        var out = "\""
        for s in text.unicodeScalars {
            switch s {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value == 0x2028 || s.value == 0x2029 {
                    out += "\\u{\(String(s.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(s)
                }
            }
        }
        return out + "\""
    }

    /// The YAML files of a Cases folder on disk, with paths as `prefix/…` (default "Cases/…").
    public static func sourceFiles(casesFolder: String, prefix: String = "Cases") throws -> [SourceFile] {
        try CaseFiles.yamlFiles(under: casesFolder).map { rel in
            switch CaseFiles.read(CaseFiles.join(casesFolder, rel)) {
            case .success(let text): return SourceFile(path: prefix + "/" + rel, text: text)
            case .failure(let error): throw error
            }
        }
    }
}
