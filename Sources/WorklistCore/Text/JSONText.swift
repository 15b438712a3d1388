#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The last step of every JSON output (`score`, `sessions`, `history`, `list`, `export`).
public enum JSONText {
    /// JSONEncoder escapes only C0 controls, so DEL, C1 controls (U+009B is a CSI to a
    /// terminal), bidi overrides and zero-width characters from names and journal text would
    /// pass raw. Each becomes `\uXXXX`. None of them can occur outside a string in JSON, so
    /// every occurrence is inside one and the escape keeps the value.
    public static func escapeUnsafe(_ data: Data) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        guard text.unicodeScalars.contains(where: isUnsafe) else { return data }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                out.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return Data(String(out).utf8)
    }

    /// What the sanitiser removes beyond C0 (which the encoder already escapes), plus the
    /// line and paragraph separators U+2028/U+2029.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
            || Sanitizer.isBidiOverride(scalar) || Sanitizer.isZeroWidth(scalar)
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)   // all below U+10000: one \u escape
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
