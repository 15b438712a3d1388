/// After a hang-up, `wget_wch` answers ERR at once, forever: a busy loop. A run of ERRs
/// each far shorter than the timeout asked for means the input is gone (DESIGN.md §4).
struct HangupDetector {
    /// ERRs in a row, each under a quarter of the timeout, that mean a hang-up.
    static let runLength = 5
    /// Below this timeout an instant ERR is normal (a poll), so nothing is counted.
    static let minimumTimeoutMilliseconds = 20

    private(set) var fastErrors = 0

    /// Records one read; true when the input looks hung up (the count then starts again).
    mutating func record(gotInput: Bool, elapsedMilliseconds: Double, timeoutMilliseconds: Int) -> Bool {
        guard !gotInput, timeoutMilliseconds >= Self.minimumTimeoutMilliseconds,
              elapsedMilliseconds < Double(timeoutMilliseconds) / 4 else {
            fastErrors = 0
            return false
        }
        fastErrors += 1
        if fastErrors >= Self.runLength {
            fastErrors = 0
            return true
        }
        return false
    }
}
