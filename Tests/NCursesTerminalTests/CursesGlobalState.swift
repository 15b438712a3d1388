import CNCurses
import Glibc
import Testing
@testable import NCursesTerminal

/// ncurses and the locale are process-global: every suite that touches them nests here,
/// so they run one test at a time.
@Suite(.serialized) enum CursesGlobalState {}

/// A backend on a pipe (input the test types into) and a temporary file (output whose
/// size counts the bytes ncurses sent).
final class TestScreen {
    let backend: NCursesBackend
    private let input: UnsafeMutablePointer<FILE>
    private let output: UnsafeMutablePointer<FILE>
    private var typing: Int32
    private let outputPath: String
    /// Other test targets share the process: give the locale back as it was.
    private let savedLocale = String(cString: setlocale(LC_ALL, nil))

    init(columns: Int = 20, rows: Int = 6, locale: String = "C.UTF-8",
         options: NCursesBackend.Options = .init(mouse: true)) throws {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0, let input = fdopen(fds[0], "r") else { throw TestError("pipe") }
        var template = Array("/tmp/nc-test-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0, let output = fdopen(fd, "w") else { throw TestError("mkstemp") }
        outputPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        self.input = input
        self.output = output
        typing = fds[1]
        backend = try NCursesBackend.openForTesting(locale: locale, output: output, input: input,
                                                    columns: columns, rows: rows, options: options)
    }

    deinit {
        backend.restore()
        fclose(input)
        fclose(output)
        if typing >= 0 { close(typing) }
        unlink(outputPath)
        setlocale(LC_ALL, savedLocale)
    }

    /// Bytes as the terminal would send them.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(typing, $0.baseAddress, $0.count) }
    }

    /// The end of input, as after a hang-up.
    func closeTyping() {
        close(typing)
        typing = -1
    }

    /// Bytes ncurses has written so far.
    var bytesSent: Int {
        fflush(output)
        var info = stat()
        return stat(outputPath, &info) == 0 ? Int(info.st_size) : -1
    }

    /// One cell of ncurses' screen image: its text (base + marks), attributes and pair.
    func cell(_ x: Int, _ y: Int) -> (text: String, attributes: attr_t, pair: Int16) {
        var cchar = cchar_t()
        _ = mvwin_wch(backend.window, Int32(y), Int32(x), &cchar)
        var text = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        _ = getcchar(&cchar, &text, &attributes, &pair, nil)
        let scalars = text.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32($0)) }
        return (String(String.UnicodeScalarView(scalars)), attributes, pair)
    }

    func row(_ y: Int) -> String {
        (0..<backend.columns).map { cell($0, y).text }.joined()
    }
}

struct TestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
