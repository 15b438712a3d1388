import Testing
import WorklistCore
@testable import WorklistCases

private let path = "Cases/routines/r.yaml"

private func file(_ name: String, _ yaml: String, _ expected: [String]) -> Example {
    Example(name, path: path, yaml, expected)
}

private let examples: [Example] = [
    file("unclosed flow sequence", """
        kind: routine
        id: r
        title: [Chest
        steps: []
        """, [
            "Cases/routines/r.yaml:4:6: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 3, column 8)",
        ]),
    file("tab indentation", "kind: routine\nid: r\nsteps:\n\t- id: a\n", [
            "Cases/routines/r.yaml:4:1: error: invalid YAML: found character that cannot start any token (while scanning for the next token at line 4, column 1); indent with spaces, not tabs",
        ]),
    file("duplicate key", """
        kind: routine
        id: r
        title: R
        steps:
          - id: a
            label: A
        title: Again
        """, [
            "Cases/routines/r.yaml:7:1: error: duplicate key \"title\"; a key may appear only once in a mapping",
        ]),
    file("empty file", "", [
            "Cases/routines/r.yaml:1:1: error: the file is empty; start it with kind: routine, case or scenario",
        ]),
    file("a list instead of a mapping", """
        - kind: routine
        - id: r
        """, [
            "Cases/routines/r.yaml:1:1: error: expected a mapping starting with kind: routine, case or scenario, found a list",
        ]),
    file("a raw control character", "kind: routine\nid: r\ntitle: bell\u{07}here\n", [
            "Cases/routines/r.yaml:3:12: error: invalid YAML: control characters are not allowed (character U+0007); remove it or write it as an escape in a double-quoted string",
        ]),
    file("two documents", """
        kind: routine
        id: r
        ---
        kind: case
        """, [
            "Cases/routines/r.yaml:3:1: error: a file holds one object, but this starts a second document; move it to its own file",
        ]),
    file("a list as a key", """
        kind: routine
        id: r
        title: R
        steps: [{id: a, label: A}]
        ? [x]
        : 1
        """, [
            "Cases/routines/r.yaml:5:3: error: a key must be a word, found a list",
        ]),
]

@Test(arguments: examples)
func yamlSyntaxErrors(_ example: Example) {
    example.verify()
}

@Test func anAliasBombIsRefusedQuickly() {
    var yaml = "kind: routine\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for i in 1...9 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
    let loaded = LibraryLoader.load(files: [SourceFile(path: "bomb.yaml", text: yaml)])
    #expect(loaded.diagnostics.map(\.description) == [
        "bomb.yaml:1:1: error: the file holds more than 200000 values (counting each use of an alias), the most a file may hold; split it, or write out aliases (*name) that repeat large parts",
    ])
}
