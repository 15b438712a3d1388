import WorklistUI

/// The in-memory twin of the ncurses backend: keeps the frames it is shown.
public final class HeadlessBackend: TerminalBackend {
    public private(set) var columns: Int
    public private(set) var rows: Int
    public private(set) var lastFrame: Buffer?
    public private(set) var framesPresented = 0
    public private(set) var discards = 0
    private var queue: [InputEvent] = []

    public init(columns: Int = 80, rows: Int = 24) {
        self.columns = columns
        self.rows = rows
    }

    public func present(_ buffer: Buffer) {
        lastFrame = buffer
        framesPresented += 1
    }

    public func enqueue(_ event: InputEvent) {
        if case .resize(let c, let r) = event {
            columns = c
            rows = r
        }
        queue.append(event)
    }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? { queue.isEmpty ? nil : queue.removeFirst() }
    public func discardPendingInput() { discards += 1 }
    public func suspend() {}
    public func resume() {}
}
