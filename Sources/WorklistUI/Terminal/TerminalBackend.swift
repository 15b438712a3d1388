/// A terminal the app can draw on and read from: ncurses for a person, an in-memory
/// twin for `play` and tests. All calls come from one thread.
public protocol TerminalBackend: AnyObject {
    var columns: Int { get }
    var rows: Int { get }
    /// Shows a frame (the backend sends only what changed).
    func present(_ buffer: Buffer)
    /// The next input, waiting at most `timeoutMilliseconds`; nil when nothing came.
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
    /// Throws away keys typed ahead (an interruption modal opening).
    func discardPendingInput()
    /// Gives the terminal back (before ^Z stops the process, and at exit).
    func suspend()
    /// Takes the terminal again after `suspend` and redraws everything.
    func resume()
}
