import Testing
import WorklistCore
@testable import WorklistCases

private let path = "Cases/scenarios/s.yaml"

private func scenario(_ name: String, _ yaml: String, _ expected: [String]) -> Example {
    Example(name, path: path, yaml, expected)
}

// Fixture cases: ptx-1 (stat), normal-1 (urgent), normal-2, normal-3 (routine), exam-1
// (routine, exam-only); all use routine cxr (technical, lungs, heart, bones).
private let examples: [Example] = [
    scenario("bad mode", """
        kind: scenario
        id: s
        title: S
        mode: night
        cases:
          - case: ptx-1
        """, [
            "Cases/scenarios/s.yaml:4:7: error: mode must be shift or exam, found \"night\"",
        ]),
    scenario("drill is not a scenario mode", """
        kind: scenario
        id: s
        title: S
        mode: drill
        cases:
          - case: ptx-1
        """, [
            "Cases/scenarios/s.yaml:4:7: error: mode must be shift or exam, found \"drill\" (a drill is built from a routine: worklist drill <routine>)",
        ]),
    scenario("unknown case", """
        kind: scenario
        id: s
        title: S
        mode: shift
        cases:
          - case: ptx-2
          - case: normal-9
            arrives: 60
        """, [
            "Cases/scenarios/s.yaml:6:11: error: unknown case \"ptx-2\"; did you mean \"ptx-1\"? (cases: exam-1, normal-1, normal-2, normal-3, ptx-1)",
            "Cases/scenarios/s.yaml:7:11: error: unknown case \"normal-9\"; did you mean \"normal-1\"? (cases: exam-1, normal-1, normal-2, normal-3, ptx-1)",
        ]),
    scenario("exam-only case in a shift", """
        kind: scenario
        id: s
        title: S
        mode: shift
        pool: [normal-1, exam-1]
        count: 1
        """, [
            "Cases/scenarios/s.yaml:5:18: error: case \"exam-1\" is exam-only (exam_only: true) and cannot be in a shift; remove it here or use it in an exam",
        ]),
    scenario("both cases and pool", """
        kind: scenario
        id: s
        title: S
        mode: shift
        cases:
          - case: ptx-1
        pool: [normal-1]
        """, [
            "Cases/scenarios/s.yaml:7:1: error: scenario \"s\" has both cases and pool; use a fixed cases list or a pool, not both",
        ]),
    scenario("neither cases nor pool", """
        kind: scenario
        id: s
        title: S
        mode: shift
        """, [
            "Cases/scenarios/s.yaml:1:1: error: missing required key \"cases\" (or \"pool\") in scenario \"s\"",
        ]),
    scenario("count larger than the pool", """
        kind: scenario
        id: s
        title: S
        mode: shift
        pool: [normal-1, normal-2]
        count: 3
        """, [
            "Cases/scenarios/s.yaml:6:8: error: count is 3 but pool has only 2 cases; lower count or add cases to the pool",
        ]),
    scenario("count below 1", """
        kind: scenario
        id: s
        title: S
        mode: shift
        pool: [normal-1, normal-2]
        count: 0
        """, [
            "Cases/scenarios/s.yaml:6:8: error: count must be between 1 and 10000, found 0",
        ]),
    scenario("pool without count", """
        kind: scenario
        id: s
        title: S
        mode: shift
        pool: [normal-1, normal-2]
        arrive_every: 2m
        """, [
            "Cases/scenarios/s.yaml:1:1: error: missing required key \"count\" in scenario \"s\"",
        ]),
    scenario("count and arrive_every without a pool", """
        kind: scenario
        id: s
        title: S
        mode: shift
        cases:
          - case: ptx-1
        count: 1
        arrive_every: 60
        """, [
            "Cases/scenarios/s.yaml:7:1: error: count is only used with pool",
            "Cases/scenarios/s.yaml:8:1: error: arrive_every is only used with pool",
        ]),
    scenario("case listed twice", """
        kind: scenario
        id: s
        title: S
        mode: shift
        cases:
          - case: ptx-1
          - case: ptx-1
            arrives: 60
        """, [
            "Cases/scenarios/s.yaml:7:11: error: case \"ptx-1\" is listed twice in scenario \"s\"",
        ]),
    scenario("exam without a time limit", """
        kind: scenario
        id: s
        title: S
        mode: exam
        pool: [normal-1, normal-2]
        count: 2
        """, [
            "Cases/scenarios/s.yaml:1:1: error: exam scenario \"s\" needs a time_limit (e.g. time_limit: 35m)",
        ]),
    scenario("non-positive durations", """
        kind: scenario
        id: s
        title: S
        mode: exam
        time_limit: 0
        communication_window: -1
        turnaround: {stat: 0s, urgnt: 10m}
        cases:
          - case: ptx-1
            arrives: -30
        """, [
            "Cases/scenarios/s.yaml:5:13: error: time_limit must be more than 0 and at most 86400 s (24 h), found 0 s",
            "Cases/scenarios/s.yaml:6:23: error: communication_window must be more than 0 and at most 86400 s (24 h), found -1 s",
            "Cases/scenarios/s.yaml:7:20: error: stat must be more than 0 and at most 86400 s (24 h), found 0 s",
            "Cases/scenarios/s.yaml:7:24: error: unknown key \"urgnt\" in turnaround; did you mean \"urgent\"? (keys: stat, urgent, routine)",
            "Cases/scenarios/s.yaml:10:14: error: arrives must be 0 or more and at most 86400 s (24 h), found -30 s",
        ]),
    scenario("interruptions in a pool scenario", """
        kind: scenario
        id: s
        title: S
        mode: shift
        pool: [ptx-1, normal-1]
        count: 2
        interruptions:
          - id: call
            at: 60
            caller: ED
            question: Is it normal?
            case: ptx-1
            steps: [lungs]
            answers:
              - {id: "yes", text: "Yes.", correct: true}
            explanation: Because.
        """, [
            "Cases/scenarios/s.yaml:7:1: error: interruptions need a fixed cases list; a pool scenario cannot have them (the seed decides which cases come)",
        ]),
    scenario("interruption naming an unknown case, step and a case not in the scenario", """
        kind: scenario
        id: s
        title: S
        mode: shift
        cases:
          - case: ptx-1
        interruptions:
          - id: a
            at: 60
            caller: ED
            question: Is it normal?
            case: ptx-9
            steps: [lungs]
            answers:
              - {id: "yes", text: "Yes.", correct: true}
            explanation: Because.
          - id: b
            at: 60
            caller: ED
            question: Is it normal?
            case: normal-1
            steps: [lungs]
            answers:
              - {id: "yes", text: "Yes.", correct: true}
            explanation: Because.
          - id: c
            at: 60
            caller: ED
            question: Is it normal?
            case: ptx-1
            steps: [lungs, hart]
            answers:
              - {id: "yes", text: "Yes.", correct: true}
            explanation: Because.
        """, [
            "Cases/scenarios/s.yaml:12:11: error: unknown case \"ptx-9\" in interruption \"a\"; did you mean \"ptx-1\"? (cases: exam-1, normal-1, normal-2, normal-3, ptx-1)",
            "Cases/scenarios/s.yaml:21:11: error: case \"normal-1\" of interruption \"b\" is not in the cases of scenario \"s\"; add it there or call about another case (cases: ptx-1)",
            "Cases/scenarios/s.yaml:31:20: error: unknown step \"hart\" in routine \"cxr\" of case \"ptx-1\"; did you mean \"heart\"? (steps: technical, lungs, heart, bones)",
        ]),
    scenario("interruption before its case arrives", """
        kind: scenario
        id: s
        title: S
        mode: shift
        cases:
          - case: ptx-1
            arrives: 2m
        interruptions:
          - id: early
            at: 90
            caller: ED
            question: Is it normal?
            case: ptx-1
            steps: [lungs]
            answers:
              - {id: "yes", text: "Yes.", correct: true}
            explanation: Because.
        """, [
            "Cases/scenarios/s.yaml:10:9: error: interruption \"early\" comes at 90 s, before its case \"ptx-1\" arrives at 120 s; set at: 120 or later",
        ]),
    scenario("answers: none correct, duplicate id, reserved id", """
        kind: scenario
        id: s
        title: S
        mode: shift
        cases:
          - case: ptx-1
        interruptions:
          - id: call
            at: 60
            caller: ED
            question: Is it normal?
            case: ptx-1
            steps: [lungs]
            answers:
              - {id: "yes", text: "Yes.", correct: false}
              - {id: "yes", text: "Yes!", correct: false}
              - {id: not-read-yet, text: Later., correct: false}
            explanation: Because.
        """, [
            "Cases/scenarios/s.yaml:14:5: error: interruption \"call\" has no correct answer; mark at least one answer correct: true",
            "Cases/scenarios/s.yaml:16:14: error: duplicate answer id \"yes\" in interruption \"call\" (first at line 15)",
            "Cases/scenarios/s.yaml:17:14: error: answer id \"not-read-yet\" is reserved: \"Not read yet — I will call back\" is always offered; use another id",
        ]),
    scenario("duplicate interruption id and empty steps and answers", """
        kind: scenario
        id: s
        title: S
        mode: shift
        cases:
          - case: ptx-1
        interruptions:
          - id: call
            at: 60
            caller: ED
            question: Is it normal?
            case: ptx-1
            steps: [lungs]
            answers:
              - {id: "yes", text: "Yes.", correct: true}
            explanation: Because.
          - id: call
            at: 60
            caller: ED
            question: Is it normal?
            case: ptx-1
            steps: []
            answers: []
            explanation: Because.
        """, [
            "Cases/scenarios/s.yaml:17:9: error: duplicate interruption id \"call\" in scenario \"s\" (first at line 8)",
            "Cases/scenarios/s.yaml:22:5: error: steps of interruption \"call\" is empty; name at least one step the call is about",
            "Cases/scenarios/s.yaml:23:5: error: answers of interruption \"call\" is empty; give at least one answer",
        ]),
    scenario("default shift that starts quietly", """
        kind: scenario
        id: s
        title: S
        mode: shift
        default: true
        cases:
          - case: normal-1
          - case: normal-2
          - case: ptx-1
            arrives: 60
        """, [
            "Cases/scenarios/s.yaml:6:1: error: default shift \"s\" must start with at least three cases arriving at 0, one of them stat; it has 2 at 0, none of them stat",
        ]),
    scenario("default shift from a pool", """
        kind: scenario
        id: s
        title: S
        mode: shift
        default: true
        pool: [ptx-1, normal-1, normal-2, normal-3]
        count: 3
        """, [
            "Cases/scenarios/s.yaml:6:1: error: default shift \"s\" must start with at least three cases arriving at 0, one of them stat; from a pool that needs arrive_every: 0, count of at least 3 and fewer non-stat cases in the pool than count (here 3 of 4 are not stat)",
        ]),
    scenario("duplicate scenario id", """
        kind: scenario
        id: evening
        title: S
        mode: shift
        cases:
          - case: ptx-1
        """, [
            "Cases/scenarios/s.yaml:2:5: error: duplicate scenario id \"evening\" (first defined at Cases/scenarios/evening.yaml:2:5); ids must be unique across the library",
        ]),
]

@Test(arguments: examples)
func scenarioErrors(_ example: Example) {
    example.verify()
}
