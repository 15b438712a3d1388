import Testing
import WorklistCore
@testable import WorklistCases

// Issue 10, bad input: every number has bounds and YAML tags are refused, each at
// FILE:LINE:COLUMN with the allowed range in the message.

/// A valid case of the fixture routine with one line replaced (`line: value` of line 10
/// = `target_seconds`, line 7 = `patient`).
private func aCase(_ name: String, target: String = "60", patient: String = "{age: 40, sex: F}",
                   title: String = "T", _ expected: [String]) -> Example {
    Example(name, path: "Cases/cases/c.yaml", """
        kind: case
        id: c
        title: \(title)
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: \(patient)
        indication: Cough.
        routine: cxr
        target_seconds: \(target)
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        """, expected)
}

private func pool(_ name: String, count: String, _ expected: [String]) -> Example {
    Example(name, path: "Cases/scenarios/s.yaml", """
        kind: scenario
        id: s
        title: S
        mode: shift
        pool: [normal-1, normal-2]
        count: \(count)
        """, expected)
}

private func routine(_ name: String, weight: String, _ expected: [String]) -> Example {
    Example(name, path: "Cases/routines/r.yaml", """
        kind: routine
        id: r
        title: R
        order_weight: \(weight)
        steps:
          - {id: a, label: A}
        """, expected)
}

private let examples: [Example] = [
    aCase("huge target_seconds", target: "1e308", [
        "Cases/cases/c.yaml:10:17: error: target_seconds must be more than 0 and at most 86400 s (24 h), found 1e+308 s",
    ]),
    aCase("target_seconds past a double", target: "1e999", [
        "Cases/cases/c.yaml:10:17: error: target_seconds must be more than 0 and at most 86400 s (24 h), found inf s",
    ]),
    aCase("target_seconds of 2^64", target: "18446744073709551616", [
        "Cases/cases/c.yaml:10:17: error: target_seconds must be more than 0 and at most 86400 s (24 h), found 1.8446744073709552e+19 s",
    ]),
    aCase("a duration of days", target: "\"30000h\"", [
        "Cases/cases/c.yaml:10:17: error: target_seconds must be more than 0 and at most 86400 s (24 h), found 108000000 s",
    ]),
    aCase("negative target_seconds", target: "-5", [
        "Cases/cases/c.yaml:10:17: error: target_seconds must be more than 0 and at most 86400 s (24 h), found -5 s",
    ]),
    aCase("NaN and infinity are not numbers", target: ".nan", [
        "Cases/cases/c.yaml:10:17: error: target_seconds: expected a duration (seconds such as 90, or \"5m\", \"1h30m\"), found \".nan\"",
    ]),
    aCase("infinity", target: ".inf", [
        "Cases/cases/c.yaml:10:17: error: target_seconds: expected a duration (seconds such as 90, or \"5m\", \"1h30m\"), found \".inf\"",
    ]),
    aCase("age of 2^64", patient: "{age: 18446744073709551616, sex: F}", [
        "Cases/cases/c.yaml:7:16: error: age must be between 0 and 120, found 18446744073709551616",
    ]),
    aCase("negative age", patient: "{age: -1, sex: F}", [
        "Cases/cases/c.yaml:7:16: error: age must be between 0 and 120, found -1",
    ]),
    aCase("a float tag", target: "!!float 60", [
        "Cases/cases/c.yaml:10:17: error: \"!!float\" is a YAML tag, and Worklist files use none; remove it and write the value alone (quote it to make it text)",
    ]),
    aCase("a custom tag", title: "!custom T", [
        "Cases/cases/c.yaml:3:8: error: \"!custom\" is a YAML tag, and Worklist files use none; remove it and write the value alone (quote it to make it text)",
    ]),
    aCase("a tag on a mapping", patient: "!!map {age: 40, sex: F}", [
        "Cases/cases/c.yaml:7:10: error: \"!!map\" is a YAML tag, and Worklist files use none; remove it and write the value alone (quote it to make it text)",
    ]),
    aCase("a quoted value is not tagged", title: "\"90\"", []),
    pool("count of 2^64", count: "18446744073709551616", [
        "Cases/scenarios/s.yaml:6:8: error: count must be between 1 and 10000, found 18446744073709551616",
    ]),
    pool("count above the limit", count: "20000", [
        "Cases/scenarios/s.yaml:6:8: error: count must be between 1 and 10000, found 20000",
    ]),
    routine("huge order weight", weight: "1e308", [
        "Cases/routines/r.yaml:4:15: error: order_weight must be between 0 and 100, found 1e+308",
    ]),
    routine("order weight of 2^64", weight: "18446744073709551616", [
        "Cases/routines/r.yaml:4:15: error: order_weight must be between 0 and 100, found 1.8446744073709552e+19",
    ]),
]

@Test(arguments: examples)
func numbersAreBoundedAndTagsRefused(_ example: Example) {
    example.verify()
}

@Test func aHugeFileIsRefusedByItsSizeNotAsAnAliasBomb() {
    // 50 MB with no alias at all: the message names the file size limit and what to do.
    let line = "# " + String(repeating: "x", count: 1021) + "\n"
    let yaml = "kind: routine\n" + String(repeating: line, count: 50 * 1024)
    let loaded = LibraryLoader.load(files: [SourceFile(path: "big.yaml", text: yaml)])
    #expect(loaded.diagnostics.map(\.description) == [
        "big.yaml:1:1: error: the file is 50 MB, more than the 1 MB a Worklist file may be; split it (one routine, case or scenario per file)",
    ])
}
