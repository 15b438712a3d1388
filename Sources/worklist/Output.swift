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
        raw(Data(clean.utf8), to: stream)
    }

    /// JSON is UTF-8 by definition; the encoder escapes C0 controls, `JSONText` the rest
    /// of what the sanitiser would drop (DEL, C1, bidi, zero-width) as `\uXXXX`.
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        raw(JSONText.escapeUnsafe(try encoder.encode(value)) + Data("\n".utf8), to: .standardOutput)
    }

    /// Plain write(2): a terminal that has gone away (SIGHUP, EIO) must not crash the exit
    /// path, and the journal is already safe by then.
    static func raw(_ data: Data, to stream: Stream) {
        let fd = stream == .standardOutput ? STDOUT_FILENO : STDERR_FILENO
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                offset += n
            }
        }
    }

    static func error(_ message: String) { line("worklist: error: " + message, to: .standardError) }
    static func warning(_ message: String) { line("worklist: warning: " + message, to: .standardError) }
}
