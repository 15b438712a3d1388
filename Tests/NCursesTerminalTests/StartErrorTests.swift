import Testing
@testable import NCursesTerminal

@Suite struct StartErrorTests {
    @Test func everyMessageIsOneSentencePointingToPlay() {
        let errors: [NCursesStartError] = [
            .notATerminal(stdinRedirected: true, stdoutRedirected: false), .notATerminal(stdinRedirected: false, stdoutRedirected: true),
            .notATerminal(stdinRedirected: true, stdoutRedirected: true), .termUnset, .unknownTerminal("vt9000"), .noCursorAddressing("dumb"),
        ]
        for error in errors {
            let text = error.description
            #expect(text.hasSuffix("."))
            #expect(text.dropLast().contains(".") == false, "one sentence: \(text)")
            #expect(text.contains("worklist play"))
        }
        #expect(NCursesStartError.notATerminal(stdinRedirected: true, stdoutRedirected: false).description.contains("standard input is not one"))
        #expect(NCursesStartError.unknownTerminal("vt9000").description.contains("TERM=\"vt9000\""))
    }

    @Test func termNameIsNeverEchoedRaw() {
        let text = NCursesStartError.unknownTerminal("x\u{1B}[31mred\u{9B}").description
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
        #expect(text.contains("TERM=\"x?[31mred?\""))
    }

    @Test func utf8CodesetNames() {
        #expect(NCursesBackend.isUTF8Codeset("UTF-8"))
        #expect(NCursesBackend.isUTF8Codeset("utf8"))
        #expect(!NCursesBackend.isUTF8Codeset("ANSI_X3.4-1968"))
        #expect(!NCursesBackend.isUTF8Codeset("ISO-8859-1"))
    }
}
