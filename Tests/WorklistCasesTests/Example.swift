import Foundation
import Testing
import WorklistCore
@testable import WorklistCases

/// One row of a table-driven diagnostics test: a file added to (or replacing one of) the
/// fixture library, and every diagnostic expected in that file, in order.
struct Example: CustomTestStringConvertible, Sendable {
    var name: String
    var path: String
    var yaml: String
    var expected: [String]
    var wholeLibrary = false

    init(_ name: String, path: String, _ yaml: String, _ expected: [String], wholeLibrary: Bool = false) {
        self.name = name
        self.path = path
        self.yaml = yaml
        self.expected = expected
        self.wholeLibrary = wholeLibrary
    }

    var testDescription: String { name }

    /// The diagnostics reported in this example's file.
    var actual: [String] {
        LibraryLoader.load(files: Fixture.files(replacing: path, with: yaml), wholeLibrary: wholeLibrary, lint: true)
            .diagnostics.filter { $0.file == path }.map(\.description)
    }

    func verify() {
        let actual = actual
        if actual != expected {
            // Printed in source form, to review and paste when a message is changed on purpose.
            print("ACTUAL \(name):\n" + actual.map { "    \"\($0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\"," }.joined(separator: "\n"))
        }
        #expect(actual == expected)
    }
}
