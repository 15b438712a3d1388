import Testing
import WorklistCore
@testable import WorklistCases

private let path = "Cases/routines/r.yaml"

private func routine(_ name: String, _ yaml: String, _ expected: [String]) -> Example {
    Example(name, path: path, yaml, expected)
}

private let examples: [Example] = [
    routine("unknown key", """
        kind: routine
        id: r
        title: R
        stepz: []
        steps:
          - id: a
            label: A
        """, [
            "Cases/routines/r.yaml:4:1: error: unknown key \"stepz\" in routine \"r\"; did you mean \"steps\"? (keys: kind, id, title, modality, order, order_weight, steps, groups)",
        ]),
    routine("invalid id", """
        kind: routine
        id: Chest_XR
        title: R
        steps:
          - id: a
            label: A
        """, [
            "Cases/routines/r.yaml:2:5: error: id: \"Chest_XR\" is not a valid id; use lowercase letters, digits and \"-\", starting with a letter or digit",
        ]),
    routine("duplicate step id", """
        kind: routine
        id: r
        title: R
        steps:
          - id: a
            label: A
          - id: a
            label: Again
        """, [
            "Cases/routines/r.yaml:7:9: error: duplicate step id \"a\" in routine \"r\" (first at line 5)",
        ]),
    routine("duplicate term id in a step", """
        kind: routine
        id: r
        title: R
        steps:
          - id: a
            label: A
            terms:
              - {id: mass, label: Mass}
              - {id: mass, label: Mass again}
        """, [
            "Cases/routines/r.yaml:9:14: error: duplicate term id \"mass\" in step \"a\" (first at line 8)",
        ]),
    routine("bad order", """
        kind: routine
        id: r
        title: R
        order: random
        steps:
          - id: a
            label: A
        """, [
            "Cases/routines/r.yaml:4:8: error: order must be strict or groups, found \"random\"",
        ]),
    routine("groups with order strict", """
        kind: routine
        id: r
        title: R
        order: strict
        steps:
          - id: a
            label: A
        groups:
          - {id: g, label: G, steps: [a]}
        """, [
            "Cases/routines/r.yaml:8:1: error: groups are only used with order: groups; add order: groups or remove groups",
        ]),
    routine("order groups without groups", """
        kind: routine
        id: r
        title: R
        order: groups
        steps:
          - id: a
            label: A
        """, [
            "Cases/routines/r.yaml:1:1: error: missing required key \"groups\" in routine \"r\"",
        ]),
    routine("step in no group", """
        kind: routine
        id: r
        title: R
        order: groups
        steps:
          - id: a
            label: A
          - id: b
            label: B
        groups:
          - {id: g, label: G, steps: [a]}
        """, [
            "Cases/routines/r.yaml:8:9: error: step \"b\" is in no group; add it to one of the groups (groups: g)",
        ]),
    routine("step in two groups", """
        kind: routine
        id: r
        title: R
        order: groups
        steps:
          - id: a
            label: A
        groups:
          - {id: g, label: G, steps: [a]}
          - {id: h, label: H, steps: [a]}
        """, [
            "Cases/routines/r.yaml:10:31: error: step \"a\" is already in group \"g\"; every step belongs to exactly one group",
        ]),
    routine("unknown step in a group", """
        kind: routine
        id: r
        title: R
        order: groups
        steps:
          - id: airway
            label: Airway
        groups:
          - {id: g, label: G, steps: [airway, airwya]}
        """, [
            "Cases/routines/r.yaml:9:39: error: unknown step \"airwya\" in group \"g\"; did you mean \"airway\"? (steps: airway)",
        ]),
    routine("duplicate group id", """
        kind: routine
        id: r
        title: R
        order: groups
        steps:
          - {id: a, label: A}
          - {id: b, label: B}
        groups:
          - {id: g, label: G, steps: [a]}
          - {id: g, label: G2, steps: [b]}
        """, [
            "Cases/routines/r.yaml:10:10: error: duplicate group id \"g\" in routine \"r\" (first at line 9)",
        ]),
    routine("negative order weight", """
        kind: routine
        id: r
        title: R
        order_weight: -1
        steps:
          - {id: a, label: A}
        """, [
            "Cases/routines/r.yaml:4:15: error: order_weight must be between 0 and 100, found -1",
        ]),
    routine("wrong type", """
        kind: routine
        id: r
        title: R
        order_weight: [30]
        steps:
          - {id: a, label: A, terms: {id: x}}
        """, [
            "Cases/routines/r.yaml:4:15: error: order_weight: expected a number between 0 and 100, found a list",
            "Cases/routines/r.yaml:6:30: error: terms: expected a list, found a mapping",
        ]),
    routine("missing field", """
        kind: routine
        id: r
        title: R
        steps:
          - id: a
            hint: no label here
        """, [
            "Cases/routines/r.yaml:5:5: error: missing required key \"label\" in step \"a\"",
        ]),
    routine("no steps", """
        kind: routine
        id: r
        title: R
        steps: []
        """, [
            "Cases/routines/r.yaml:4:1: error: steps is empty; a routine needs at least one step",
        ]),
    routine("hint on two lines", """
        kind: routine
        id: r
        title: R
        steps:
          - id: a
            label: A
            hint: |
              first line
              second line
        """, [
            "Cases/routines/r.yaml:7:11: error: hint must be one line (it is shown under the step in drill mode)",
        ]),
    routine("missing kind", """
        id: r
        title: R
        """, [
            "Cases/routines/r.yaml:1:1: error: missing required key \"kind\"; start the file with kind: routine, case or scenario",
        ]),
    routine("unknown kind", """
        kind: rutine
        id: r
        """, [
            "Cases/routines/r.yaml:1:7: error: kind must be routine, case or scenario, found \"rutine\"; did you mean \"routine\"?",
        ]),
    routine("duplicate routine id", """
        kind: routine
        id: cxr
        title: Another chest
        steps:
          - {id: a, label: A}
        """, [
            "Cases/routines/r.yaml:2:5: error: duplicate routine id \"cxr\" (first defined at Cases/routines/cxr.yaml:2:5); ids must be unique across the library",
        ]),
]

@Test(arguments: examples)
func routineErrors(_ example: Example) {
    example.verify()
}
