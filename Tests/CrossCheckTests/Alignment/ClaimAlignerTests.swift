import Testing
@testable import CrossCheck

@Suite struct ClaimAlignerTests {
    @Test func initialAndCurrentDemandsDoNotAlign() {
        var a = DocBuilder("Washington has quietly shelved its initial demand of $5 billion.", source: "A", published: "2020-04-07")
        a.money("$5 billion", 4.5e9, 5.5e9, point: 5e9)
        var b = DocBuilder("It is seeking about $4 billion now.", source: "B", published: "2020-03-18")
        b.money("about $4 billion", 3.5e9, 4.5e9, point: 4e9, hedge: .approximate)
        let result = check([a, b])
        #expect(result.conflicts.isEmpty)
        #expect(result.facts.filter { $0.fact.kind == .money }.count == 2)
    }

    @Test func previousPaymentsAlignAcrossWordings() {
        var a = DocBuilder("Under the previous deal, Seoul was required to pay $870 million.", source: "A", published: "2020-04-07")
        a.money("$870 million", 865e6, 875e6, point: 870e6)
        var b = DocBuilder("Washington now asks for triple the $920 million that the South Korean side paid last year.", source: "B", published: "2020-03-16")
        b.money("$920 million", 915e6, 925e6, point: 920e6)
        let result = check([a, b])
        #expect(result.conflicts.count == 1)
        #expect(result.conflicts.first?.fact.measure.concept == "payment")
        #expect(result.conflicts.first?.fact.phase == .previous)
    }

    @Test func differentSubjectsDoNotAlign() {
        var a = DocBuilder("Seoul agreed to pay $1 billion.", source: "A", published: "2020-03-16")
        a.money("$1 billion", 0.95e9, 1.05e9, point: 1e9)
        var b = DocBuilder("Tokyo agreed to pay $2 billion.", source: "B", published: "2020-03-16")
        b.money("$2 billion", 1.95e9, 2.05e9, point: 2e9)
        #expect(check([a, b]).conflicts.isEmpty)
    }

    @Test func quarterlyAndAnnualFiguresDoNotAlign() {
        var a = DocBuilder("Second-quarter revenue was $4.19 billion.", source: "A", published: "2024-07-23")
        a.money("$4.19 billion", 4.185e9, 4.195e9, point: 4.19e9)
        var b = DocBuilder("Full-year revenue was $15.6 billion.", source: "B", published: "2024-07-24")
        b.money("$15.6 billion", 15.55e9, 15.65e9, point: 15.6e9)
        #expect(check([a, b]).conflicts.isEmpty)
    }

    @Test func killedAndInjuredCountsDoNotAlign() {
        var a = DocBuilder("The blast killed 12 people.", source: "A", published: "2024-01-02")
        a.count("12 people", 12, 12, point: 12, noun: "person")
        var b = DocBuilder("The blast injured 40 people.", source: "B", published: "2024-01-02")
        b.count("40 people", 40, 40, point: 40, noun: "person")
        #expect(check([a, b]).conflicts.isEmpty)
    }

    @Test func blocksAreDimensionsNeverLineNumbersOrValues() throws {
        var a = DocBuilder("Seoul was required to pay $870 million.", published: "2020-04-07")
        a.money("$870 million", 865e6, 875e6, point: 870e6)
        let c = try #require(claims([a]).first)
        #expect(Comparability.block(c) == "money:USD")
    }
}
