import Testing
@testable import CrossCheck

@Suite struct ReconcilerTests {
    @Test func hedgedFiguresThatOverlapAreConsistent() {
        var a = DocBuilder("Seoul is holding to a raise of about 10 percent.", source: "A", published: "2020-03-18")
        a.percent("about 10 percent", 9, 11, point: 10, hedge: .approximate)
        var b = DocBuilder("Seoul is holding to a raise as high as 10%.", source: "B", published: "2020-03-16")
        b.percent("as high as 10%", nil, 10.5, point: 10, hedge: .upTo)
        let result = check([a, b])
        #expect(result.conflicts.isEmpty)
    }

    @Test func vagueAndHedgedCountsThatOverlapAreConsistent() {
        var a = DocBuilder("Thousands of Korean workers face furloughs.", source: "A", published: "2020-04-07")
        a.count("Thousands of Korean workers", 2000, 9999, point: nil ?? 5000, noun: "worker", hedge: .vague)
        var b = DocBuilder("More than 9,000 Korean employees face furloughs.", source: "B", published: "2020-03-16")
        b.count("More than 9,000 Korean employees", 9000, nil, point: 9000, noun: "employee", hedge: .moreThan)
        var c = DocBuilder("Some 9,000 Korean employees face furloughs.", source: "C", published: "2020-03-18")
        c.count("Some 9,000 Korean employees", 8100, 9900, point: 9000, noun: "employee", hedge: .approximate)
        let result = check([a, b, c])
        #expect(result.conflicts.isEmpty)
        #expect(result.facts.contains { $0.assessment.verdict == .consistent && $0.fact.dimension == .count("workers") })
    }

    @Test func touchingRoundingIntervalsDoNotOverlap() {
        #expect(!ClaimValue.interval(3.5, 4.5).compatible(with: .interval(4.5, 5.0)))
        #expect(ClaimValue.interval(3.5, 4.5).compatible(with: .interval(4.5, 4.5)))
    }

    @Test func aRunningTotalThatGrowsIsAChangeNotAConflict() {
        var a = DocBuilder("By mid-March the pair of governments had met for six rounds of talks.", source: "A", published: "2020-03-18")
        a.count("six rounds", 6, 6, point: 6, noun: "round")
        var b = DocBuilder("They have held seven rounds of negotiations since September.", source: "B", published: "2020-04-07")
        b.count("seven rounds", 7, 7, point: 7, noun: "round")
        let result = check([a, b])
        #expect(result.conflicts.isEmpty)
        #expect(result.facts.contains { $0.assessment.verdict == .changed })
    }

    @Test func aPlanSupersededByWhatHappenedIsAChange() {
        var a = DocBuilder("The talks will be held on the 17th and 18th.", source: "A", published: "2020-03-13")
        a.date("the 17th and 18th", "2020-03-17", "2020-03-18", modality: .planned)
        var b = DocBuilder("The talks were held Tuesday through Thursday.", source: "B", published: "2020-03-20")
        b.date("Tuesday through Thursday", "2020-03-17", "2020-03-19", modality: .reported)
        let result = check([a, b])
        let dates = result.facts.filter { $0.fact.kind == .date }
        #expect(dates.count == 1)
        #expect(dates.first?.assessment.verdict == .changed)
    }

    @Test func twoReportsOfWhatHappenedThatDisagreeConflict() {
        var a = DocBuilder("The talks were held on the 17th and 18th.", source: "A", published: "2020-03-19")
        a.date("the 17th and 18th", "2020-03-17", "2020-03-18", modality: .reported)
        var b = DocBuilder("The talks were held Tuesday through Thursday.", source: "B", published: "2020-03-20")
        b.date("Tuesday through Thursday", "2020-03-17", "2020-03-19", modality: .reported)
        #expect(check([a, b]).conflicts.count == 1)
    }

    /// A later report that gives the earlier figure ("down from 40%") confirms the earlier
    /// report's figure, one position of the talks; the new figure is not set against it.
    @Test func aLaterReportThatGivesTheEarlierFigureExplainsTheChange() {
        var a = DocBuilder("The union is seeking a 40% raise.", source: "A", published: "2023-09-15")
        a.percent("40%", 39.5, 40.5, point: 40)
        var b = DocBuilder("The union is now seeking a 36% raise, down from 40% at the start of talks.", source: "B", published: "2023-09-22")
        b.percent("36%", 35.5, 36.5, point: 36)
        b.percent("40%", 39.5, 40.5, point: 40)
        let result = check([a, b])
        #expect(result.conflicts.isEmpty)
        let forty = result.facts.filter { $0.fact.claims.contains { $0.mention.value?.point == 40 } }
        #expect(forty.count == 1)
        #expect(forty.first?.fact.claims.count == 2)

        // Without the later report's own "down from 40%", two demands two days apart conflict (a
        // position moves by the week, not by the day).
        var c = DocBuilder("The union is now seeking a 36% raise.", source: "B", published: "2023-09-17")
        c.percent("36%", 35.5, 36.5, point: 36)
        #expect(check([a, c]).conflicts.count == 1)
    }

    @Test func partiesThatDisagreeAreShownAsSuch() {
        var a = DocBuilder("Police said 23 people had died in the flood.", source: "A", published: "2024-05-08")
        a.count("23 people", 23, 23, point: 23, noun: "person")
        var b = DocBuilder("The Red Cross said 31 people had died in the flood.", source: "B", published: "2024-05-08")
        b.count("31 people", 31, 31, point: 31, noun: "person")
        let result = check([a, b])
        #expect(result.conflicts.count == 1)
        #expect(result.conflicts.first?.assessment.partiesDisagree == true)
        #expect(result.conflicts.first?.assessment.severity == .warning)
    }

    @Test func twoFiguresOfOneReportAreTwoFacts() {
        // One report giving two values at one time states two facts (a total and a part, two
        // parties' counts it relays): never a conflict on its own.
        var a = DocBuilder("Police said 23 people had died. The Red Cross said 31 people had died.", source: "A", published: "2024-05-08")
        a.count("23 people", 23, 23, point: 23, noun: "person")
        a.count("31 people", 31, 31, point: 31, noun: "person")
        #expect(check([a]).conflicts.isEmpty)
    }

    @Test func relaysAndRepeatsOfOneOutletAreNotIndependent() {
        var a = DocBuilder("Seoul pays $870 million a year.", source: "Yonhap", published: "2020-03-18")
        a.money("$870 million", 865e6, 875e6, point: 870e6)
        var b = DocBuilder("Seoul pays $870 million a year, Yonhap reported.", source: "UPI", published: "2020-03-20")
        b.money("$870 million", 865e6, 875e6, point: 870e6)
        var c = DocBuilder("Seoul pays $870 million a year.", path: "b.txt", source: "Yonhap", published: "2020-03-19")
        c.money("$870 million", 865e6, 875e6, point: 870e6)
        let fact = check([a, b, c]).facts.first { $0.fact.kind == .money }
        #expect(fact?.assessment.supportingSources == ["Yonhap"])
    }

    @Test func stableIDsIgnorePositionsButNotValues() {
        func id(_ prefix: String, _ value: String, _ point: Double) -> String {
            var a = DocBuilder(prefix + "Seoul was required to pay \(value).", source: "A", published: "2020-04-07")
            a.money(value, point - 5e6, point + 5e6, point: point)
            var b = DocBuilder("South Korea paid $920 million last year.", source: "B", published: "2020-03-16")
            b.money("$920 million", 915e6, 925e6, point: 920e6)
            return check([a, b]).facts.first { $0.fact.kind == .money }!.id
        }
        #expect(id("", "$870 million", 870e6) == id("\n\nA new first paragraph.\n\n", "$870 million", 870e6))
        #expect(id("", "$870 million", 870e6) != id("", "$880 million", 880e6))
    }
}
