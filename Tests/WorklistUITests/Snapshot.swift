import Foundation
import Testing
import WorklistUI

/// Text-grid snapshots under Tests/WorklistUITests/Snapshots. Recording is explicit:
/// `RECORD_SNAPSHOTS=1 swift test --filter WorklistUITests` writes them (and fails, so a
/// recording run is never mistaken for a passing one).
func assertSnapshot(_ buffer: Buffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name + ".txt")
    // Trailing spaces kept visible with a bar at the right edge: the grid is exact.
    let text = buffer.lines.map { $0 + "|" }.joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? text.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("Recorded snapshot \(name); run again without RECORD_SNAPSHOTS.", sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("No snapshot \(name); record it with RECORD_SNAPSHOTS=1.", sourceLocation: sourceLocation)
        return
    }
    if expected != text {
        Issue.record("Snapshot \(name) differs.\nExpected:\n\(expected)\nGot:\n\(text)", sourceLocation: sourceLocation)
    }
}
