import Testing
@testable import CrossCheck

/// Percent claims read by the real recognizers: levels and changes, and a figure compared with
/// another in the same sentence.
@Suite struct PercentClaimTests {
    func percentClaims(_ text: String) -> [Claim] {
        newsClaims(text, published: "2024-09-25").filter { $0.kind == .percent }
    }

    /// The figure after "from" is the earlier value of the figure it is compared with: a level when
    /// that one is a level, a rise when it is a rise.
    @Test(arguments: [
        ("Containment of the Hollin fire increased to 40%, up from 32% on Monday.", false),
        ("The dockers were offered pay raises of 18% over three years, up from 12% in the first offer.", true),
        ("The port offered raises of 18%, improved from the 12% in its first offer.", true),
    ])
    func aFigureComparedFromTakesTheOthersMeasure(_ text: String, _ isChange: Bool) throws {
        let found = percentClaims(text)
        try #require(found.count == 2, "\(found.map(\.mention))")
        #expect(found[0].measure.concept == found[1].measure.concept)
        #expect((found[0].measure.change != nil) == isChange)
        #expect((found[1].measure.change != nil) == isChange)
    }

    @Test(arguments: [
        "Containment of the Hollin fire increased to 40%.",
        "Containment stood at 40% on Monday.",
    ])
    func aLevelReachedIsNoChange(_ text: String) throws {
        let c = try #require(percentClaims(text).first)
        #expect(c.measure.change == nil)
    }

    @Test(arguments: [
        "The deal raises pay by 18% over three years.",
        "The port offered raises of 18% over three years.",
        "Wages rose 18% over three years.",
    ])
    func raisesAreChanges(_ text: String) throws {
        let c = try #require(percentClaims(text).first)
        #expect(c.measure.change != nil)
    }

    /// A verb before a relative pronoun belongs to the main clause: the figure inside the relative
    /// clause is measured by its own words.
    @Test(arguments: [
        ("Dockers voted to reject a pact that was set to raise their wages by 22% over five years.", "salary"),
        ("The crew refused a deal which would have raised wages by 9%.", "salary"),
    ])
    func aVerbPastARelativePronounDoesNotGovern(_ text: String, _ concept: String) throws {
        let c = try #require(percentClaims(text).first)
        #expect(c.measure.concept == concept)
        #expect(c.measure.change == .up)
    }

    /// A figure that is a condition's subject is a threshold, not a claim; a figure further on
    /// in a condition, or a bracketed conversion, still is one.
    @Test(arguments: [
        ("A walkout can be called if two-thirds of the members back it.", 0),
        ("The pact lapses unless 60% of members ratify it.", 0),
        ("If we compare the 40% raise with inflation, it looks generous.", 1),
    ])
    func aFigureThatIsAConditionIsNoClaim(_ text: String, _ claims: Int) {
        #expect(percentClaims(text).count == claims)
    }
}
