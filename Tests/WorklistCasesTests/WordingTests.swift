import Testing
@testable import WorklistCases

@Test(arguments: [
    ("90", 90.0), ("2.5", 2.5), ("90s", 90), ("5m", 300), ("1h30m", 5400), ("1h 30m 10s", 5410), ("1.5m", 90),
])
func durationsParse(_ text: String, _ seconds: Double) {
    #expect(NodeReader.parseDuration(text) == seconds)
}

@Test(arguments: ["", "5 minutes", "m", "30s5m", "5m5m", "-5s", "1x", "5 m"])
func badDurationsDoNotParse(_ text: String) {
    #expect(NodeReader.parseDuration(text) == nil)
}

@Test func suggestionsNeedACloseMatch() {
    #expect(Wording.nearest("lung", in: ["technical", "lungs", "heart"]) == "lungs")
    #expect(Wording.nearest("stta", in: ["stat", "urgent", "routine"]) == "stat")
    #expect(Wording.nearest("acept_at", in: CaseDecoder.findingKeys) == "accept_at")
    #expect(Wording.nearest("pneumo", in: ["pneumothorax", "consolidation"]) == "pneumothorax")
    #expect(Wording.nearest("banana", in: ["stat", "urgent", "routine"]) == nil)
    #expect(Wording.editDistance("kitten", "sitting") == 3)
    #expect(Wording.editDistance("ab", "ba") == 1)
}

@Test func listsAreCutAfterTenNames() {
    let names = (1...12).map { "c\($0)" }
    #expect(Wording.listing("cases", names) == "(cases: c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, and 2 more)")
    #expect(Wording.listing("terms", []) == "(no terms)")
}

@Test func idsFollowTheFormat() {
    #expect(NodeReader.isValidID("cxr-2"))
    #expect(NodeReader.isValidID("0a"))
    #expect(!NodeReader.isValidID("-a"))
    #expect(!NodeReader.isValidID("Chest"))
    #expect(!NodeReader.isValidID("a_b"))
    #expect(!NodeReader.isValidID(""))
}
