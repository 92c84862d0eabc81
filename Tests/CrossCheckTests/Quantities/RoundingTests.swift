import Testing
@testable import CrossCheck

@Suite struct RoundingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var written: String, value: Double, decimals: Int, scale: Double, exact: Bool, half: Double
        var testDescription: String { written }
    }

    @Test(arguments: [
        Case(written: "seven", value: 7, decimals: 0, scale: 1, exact: false, half: 0),
        Case(written: "28,513", value: 28_513, decimals: 0, scale: 1, exact: false, half: 0),
        Case(written: "twenty", value: 20, decimals: 0, scale: 1, exact: false, half: 5),
        Case(written: "9,000", value: 9_000, decimals: 0, scale: 1, exact: false, half: 500),
        Case(written: "$450 million", value: 450e6, decimals: 0, scale: 1, exact: false, half: 5e6),
        Case(written: "4.800", value: 4.8, decimals: 3, scale: 1, exact: false, half: 0.0005),
        Case(written: "1.04 trillion", value: 1.04e12, decimals: 2, scale: 1e12, exact: false, half: 0.005e12),
        Case(written: "two thirds", value: 2.0 / 3, decimals: 0, scale: 1, exact: true, half: 0),
        Case(written: "0", value: 0, decimals: 0, scale: 1, exact: false, half: 0),
        Case(written: "-500", value: -500, decimals: 0, scale: 1, exact: false, half: 50),
    ])
    func halfUnit(_ c: Case) {
        let h = Rounding.halfUnit(of: c.value, decimals: c.decimals, literalScale: c.scale, exact: c.exact)
        #expect(abs(h - c.half) <= 1e-9 * max(1, c.half), "\(c.written): \(h)")
    }
}
