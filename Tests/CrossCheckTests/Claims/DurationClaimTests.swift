import Testing
@testable import CrossCheck

/// Lengths of time read as claims about the event that lasted, from the real recognizers.
@Suite struct DurationClaimTests {
    func durationClaims(_ text: String) -> [Claim] {
        newsClaims(text, published: "2024-11-05").filter { $0.dimension == .duration }
    }

    @Test(arguments: [
        ("The dockers voted to end their strike after more than five weeks.", "strike", Phase.unspecified),
        ("The walkout has idled the port for 38 days.", "strike", Phase.unspecified),
        ("The last strike at the port, in 2011, dragged on for six weeks.", "strike", Phase.previous),
        ("The judge handed down a sentence of 11 years.", "sentence", Phase.unspecified),
    ])
    func aLengthAfterForOrAfterIsTheClausesEvent(_ text: String, _ measure: String, _ phase: Phase) throws {
        let c = try #require(durationClaims(text).first, "no duration claim in: \(text)")
        #expect(c.measure.concept == measure)
        #expect(c.phase == phase)
    }

    @Test(arguments: [
        "The port reopened for two weeks of repairs.",          // no event that lasts
        "Talks resumed about two months after the strike.",     // a gap between two events
    ])
    func lengthsOfNoEventAreNoClaims(_ text: String) {
        #expect(durationClaims(text).filter { $0.measure.concept == "strike" }.isEmpty)
    }
}
