import Foundation
import Testing
import WorklistCore
import WorklistProgram
@testable import WorklistStore

/// The cohort report's figures, by hand (ProgramFixture's comment has the arithmetic):
/// no server needed, the same function the server's rows go through.
@Suite struct ProgramReportTests {
    static func report(since: String? = nil, routine: String? = nil) throws -> ProgramReport {
        let (ana, ben) = (ProgramFixture.temporaryDirectory(), ProgramFixture.temporaryDirectory())
        _ = try ProgramFixture.cohort(ana: ana, ben: ben)
        let records = try ProgramFixture.records(ana) + ProgramFixture.records(ben)
        return ProgramReport(sessions: records.map(\.session), cases: records.flatMap(\.cases),
                             misses: records.flatMap(\.misses), since: since, routine: routine)
    }

    @Test func sessionScoresAreTheHandComputedOnes() throws {
        let ana = ProgramFixture.temporaryDirectory()
        try ProgramFixture.session(ana, trainee: "ana", minute: 0, findsX: true, opensY: true)
        let record = try #require(try ProgramFixture.records(ana).first)
        #expect(record.cases.map(\.score) == [100, 50])
        #expect(abs(record.session.sessionScore - 75 * 85 / 90) < 1e-9)
        #expect(record.session.triage == 100 && record.session.turnaround == 50)
        #expect(record.session.journalHash.hasPrefix("fnv1a64:") && record.session.journalHash.count == 24)
        #expect(record.journal.hasPrefix("{") && record.misses.isEmpty)
    }

    @Test func perResidentFigures() throws {
        let r = try Self.report()
        #expect(r.residents == 2 && r.sessions == 3)
        let ana = try #require(r.trainees.first { $0.trainee == "ana" })
        let ben = try #require(r.trainees.first { $0.trainee == "ben" })
        // ana's sessions score 70.83 and 0: median 35.42; ben's one session 47.22.
        let anaMedian: Double = try #require(ana.medians["session_score"] ?? nil)
        let benMedian: Double = try #require(ben.medians["session_score"] ?? nil)
        let anaExpected: Double = 75 * 85 / 90 / 2, benExpected: Double = 50 * 85 / 90
        #expect(abs(anaMedian - anaExpected) < 1e-9)
        #expect(abs(benMedian - benExpected) < 1e-9)
        // Mid-rank among two: the lower 25, the higher 75.
        #expect(ana.percentile == 25 && ben.percentile == 75)
        // ana read x twice (the second a repeat) and y once: first reads x 100 and y 50.
        #expect(ana.casesRead == 3 && ana.firstReads == 2 && ana.firstReadMean == 75)
        #expect(ben.casesRead == 1 && ben.firstReads == 1 && ben.firstReadMean == 100)
        // Case medians over [x 100, y 50, x 0]: coverage 100, 50, 100 → 100; detection 100, 100, 0 → 100.
        #expect(ana.medians["coverage"] == .some(100))
        #expect(ana.medians["detection"] == .some(100))
        #expect(ana.medians["time"] == .some(100))
        #expect(ana.medians["communication"] == .some(nil))
        #expect(ana.sensitivity == 50 && ana.specificity == 50)
        #expect(ben.sensitivity == 100 && ben.specificity == 0)
    }

    @Test func perRoutineAndMostMissed() throws {
        let r = try Self.report()
        #expect(r.routines.map { "\($0.trainee) \($0.routine) \($0.casesRead) \($0.firstReads)" } == ["ana r 3 2", "ben r 1 1"])
        #expect(r.routines[0].medianScore == 50 && r.routines[0].medianCoverage == 100)
        #expect(r.mostMissed.count == 1)
        let miss = try #require(r.mostMissed.first)
        #expect(miss.caseId == "x" && miss.finding == "f")
        #expect(miss.missed == 1 && miss.residents == 1 && miss.weight == 2)
    }

    @Test func sinceAndRoutineFilters() throws {
        // The fixture's sessions start on 2026-11-29.
        let all = try Self.report()
        #expect(try Self.report(since: "2026-11-29") == { var a = all; a.since = "2026-11-29"; return a }())
        let later = try Self.report(since: "2026-11-30")
        #expect(later.sessions == 0 && later.trainees.isEmpty && later.mostMissed.isEmpty)
        #expect(try Self.report(routine: "none").sessions == 0)
        #expect(try Self.report(routine: "r").trainees == all.trainees)
    }

    @Test func csvHasARowPerResidentAndRoutine() throws {
        let lines = try Self.report().csv.split(separator: "\r\n")
        #expect(lines.first == Substring(ProgramReport.csvColumns.joined(separator: ",")))
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("ana,25.0,2,r,3,2,75.0,"))
    }

    @Test func percentilesAndMedians() {
        #expect(Percentile.midRank(1, among: [1, 2, 3, 4]) == 12.5)
        #expect(Percentile.midRank(4, among: [1, 2, 3, 4]) == 87.5)
        #expect(Percentile.midRank(2, among: [2, 2]) == 50)
        #expect(Percentile.median([3, 1, 2]) == 2)
        #expect(Percentile.median([4, 1, 2, 3]) == 2.5)
        #expect(Percentile.median([]) == nil)
        let ordinals = [64, 1, 12, 22, 13].map { Percentile.ordinal(Double($0)) }
        #expect(ordinals == ["64th", "1st", "12th", "22nd", "13th"])
        let standing = ProgramStanding(server: "s", fetchedAt: "t", scenarios: ["ed": ["ana": 40, "ben": 60, "cy": 80]])
        // 70 against ben and cy (ana's own median left out): one below, so (1 + 0.5) / 3.
        let place = standing.place(70, scenario: "ed", trainee: "ana")
        #expect(place?.residents == 3 && place?.percentile == 50)
        #expect(standing.place(70, scenario: "other", trainee: "ana") == nil)
        #expect(ProgramStanding(server: "s", fetchedAt: "t", scenarios: ["ed": ["ana": 1]]).place(5, scenario: "ed", trainee: "ana") == nil)
    }

    @Test func urls() throws {
        let url = try ProgramURL("postgres://res%40hosp:s3cret@db.example.org:6543/program?sslmode=require")
        #expect(url.host == "db.example.org" && url.port == 6543)
        #expect(url.user == "res@hosp" && url.password == "s3cret")
        #expect(url.database == "program" && url.requireTLS)
        #expect(url.description == "res@hosp@db.example.org:6543/program")   // never the password
        #expect(try ProgramURL("postgresql://u@h/d").port == 5432)
        for bad in ["http://u@h/d", "postgres://h/d", "postgres://u@h", "postgres://u@h/d?sslmode=maybe", "nonsense"] {
            #expect(throws: ProgramURL.Invalid.self) { try ProgramURL(bad) }
        }
    }

    @Test func theStandingIsCachedBesideTheJournals() throws {
        let data = ProgramFixture.temporaryDirectory()
        #expect(ProgramStandingCache.read(dataDirectory: data) == nil)
        let records = try { () throws -> [ProgramRecord] in
            let (a, b) = (ProgramFixture.temporaryDirectory(), ProgramFixture.temporaryDirectory())
            _ = try ProgramFixture.cohort(ana: a, ben: b)
            return try ProgramFixture.records(a) + ProgramFixture.records(b)
        }()
        let standing = ProgramStandingCache.standing(of: records.map(\.session), server: "u@h:5432/d",
                                                     at: Date(timeIntervalSince1970: 0))
        #expect(standing.scenarios["s"]?["ana"].map { abs($0 - 75 * 85.0 / 180) < 1e-9 } == true)
        try ProgramStandingCache.write(standing, dataDirectory: data)
        #expect(ProgramStandingCache.read(dataDirectory: data) == standing)
    }

    #if !PostgreSQL
    /// The default build has no wire: both commands say how to get one.
    @Test func theDefaultBuildSaysHowToGetTheProgramStore() throws {
        let url = try ProgramURL("postgres://u@127.0.0.1:1/d")
        #expect(!ProgramSync.isAvailable)
        #expect(throws: ProgramStoreError.self) { try ProgramSync.sync(dataDirectory: ProgramFixture.temporaryDirectory(), url: url) }
        do { _ = try ProgramSync.report(url: url, since: nil, routine: nil) } catch {
            #expect("\(error)".contains("--traits PostgreSQL"))
        }
    }
    #endif
}
