import WorklistCore

/// The texts the screens show (views, labels, indications): the library's side of a
/// session, looked up by the ids in the session's snapshot.
public struct SessionContent: Sendable {
    public var title: String
    public var cases: [String: Case]
    public var routines: [String: Routine]
    /// The scenario's protocoling requests, by id.
    public var requests: [String: ProtocolRequest] = [:]

    public init(title: String, cases: [Case], routines: [Routine], requests: [ProtocolRequest] = []) {
        self.title = title
        self.requests = Dictionary(requests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.cases = Dictionary(cases.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.routines = Dictionary(routines.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The content of a session's cases, from the library it was started from.
    public init(title: String, library: Library, snapshot: ContentSnapshot) {
        self.init(title: title,
                  cases: snapshot.cases.compactMap { library.case($0.id) },
                  routines: snapshot.routines,
                  requests: library.scenario(snapshot.scenario.id)?.requests ?? [])
    }

    public func routine(ofCase id: String) -> Routine? { cases[id].flatMap { routines[$0.routine] } }

    /// "XR Chest PA"; the modality is not repeated when the exam already starts with it.
    public func study(_ id: String) -> String? {
        cases[id].map { $0.exam.hasPrefix($0.modality + " ") ? $0.exam : "\($0.modality) \($0.exam)" }
    }
}
