import Foundation
import WorklistCore

/// All command-line text goes out here: sanitised, and transliterated to ASCII when the
/// locale is not UTF-8 (PRODUCT.md §7).
enum Output {
    enum Stream { case standardOutput, standardError }

    static let isUTF8: Bool = {
        setlocale(LC_ALL, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }()

    static func line(_ text: String, to stream: Stream = .standardOutput) {
        write(text + "\n", to: stream)
    }

    /// Text that already ends in a newline.
    static func write(_ text: String, to stream: Stream = .standardOutput) {
        var clean = Sanitizer.sanitize(text)
        if !isUTF8 { clean = ASCIIText.transliterate(clean) }
        let handle = stream == .standardOutput ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data(clean.utf8))
    }

    /// JSON is UTF-8 by definition; the encoder escapes every control character.
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(value))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    static func error(_ message: String) { line("worklist: error: " + message, to: .standardError) }
    static func warning(_ message: String) { line("worklist: warning: " + message, to: .standardError) }
}
