/// An FRCR-rapids-style tally, reported beside an exam's score (not a scoring axis): a
/// normal film is right when signed with nothing marked; an abnormal one when its most
/// significant abnormality was found. Unattempted films are wrong.
public struct RapidsTally: Equatable, Sendable {
    public var correct: Int
    public var total: Int
    public var normalsRight: Int
    public var normals: Int
    public var abnormalsRight: Int
    public var abnormals: Int

    public init(_ report: SessionReport, snapshot: ContentSnapshot) {
        var tally = RapidsTally(correct: 0, total: 0, normalsRight: 0, normals: 0, abnormalsRight: 0, abnormals: 0)
        for result in report.cases {
            guard let item = snapshot.case(result.id) else { continue }
            tally.total += 1
            let signed = result.status == .signed
            if item.findings.isEmpty {
                tally.normals += 1
                if signed && result.overcalls.isEmpty { tally.normalsRight += 1 }
            } else {
                tally.abnormals += 1
                let worst = item.findings.max { $0.severity.weight < $1.severity.weight }
                if signed, let worst, result.found.contains(worst.id) { tally.abnormalsRight += 1 }
            }
        }
        tally.correct = tally.normalsRight + tally.abnormalsRight
        self = tally
    }

    init(correct: Int, total: Int, normalsRight: Int, normals: Int, abnormalsRight: Int, abnormals: Int) {
        self.correct = correct
        self.total = total
        self.normalsRight = normalsRight
        self.normals = normals
        self.abnormalsRight = abnormalsRight
        self.abnormals = abnormals
    }

    public var text: String {
        "FRCR-style tally: \(correct)/\(total) right (normals \(normalsRight)/\(normals), abnormals named \(abnormalsRight)/\(abnormals))"
    }
}
