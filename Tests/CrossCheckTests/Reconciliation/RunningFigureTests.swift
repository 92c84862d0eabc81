import Testing
@testable import CrossCheck

/// Running figures read by the real recognizers: a stale figure carried over from an earlier day
/// is no disagreement, and a fall needs figures precise enough and about the same thing.
@Suite struct RunningFigureTests {
    func run(_ reports: [(String, String, String)]) -> CheckResult {
        newsCheck(reports.map { (source: $0.0, published: $0.1, text: $0.2) })
    }

    @Test func aFigureAnotherReportGaveTheDayBeforeIsStaleNotAConflict() {
        let result = run([
            ("Ridge Gazette", "2024-07-01", "The Pell Creek fire has burned 12,000 acres, fire officials said."),
            ("Valley Post", "2024-07-02", "The Pell Creek fire has burned 15,500 acres, fire officials said."),
            ("Hill Radio", "2024-07-02", "The Pell Creek fire has burned 12,000 acres, fire officials said."),
        ])
        #expect(result.conflicts.isEmpty)
    }

    @Test func aSameDayFigureNoReportGaveBeforeStillConflicts() {
        let result = run([
            ("Ridge Gazette", "2024-07-01", "The Pell Creek fire has burned 12,000 acres, fire officials said."),
            ("Valley Post", "2024-07-02", "The Pell Creek fire has burned 15,500 acres, fire officials said."),
            ("Hill Radio", "2024-07-02", "The Pell Creek fire has burned 21,000 acres, fire officials said."),
        ])
        #expect(result.conflicts.count == 1)
    }

    @Test func aVagueFigureDoesNotShowATallyFell() {
        let result = run([
            ("Ridge Gazette", "2024-07-01", "Health officials said 149 people have been sickened in the outbreak."),
            ("Valley Post", "2024-07-08", "Health officials said dozens of people have been sickened in the outbreak."),
        ])
        #expect(result.conflicts.isEmpty)
    }

    @Test func aPreciseLowerFigureOnALaterDayShowsATallyFell() {
        let result = run([
            ("Ridge Gazette", "2024-07-01", "Health officials said 149 people have been sickened in the outbreak."),
            ("Valley Post", "2024-07-08", "Health officials said 96 people have been sickened in the outbreak."),
        ])
        #expect(result.conflicts.count == 1)
    }

    /// "up from 41% on Sunday evening" is the same running figure a day earlier: one series with the
    /// other reports' figures, not a fact of its own.
    @Test func aDatedEarlierValueJoinsTheSeries() {
        let result = run([
            ("Ridge Gazette", "2024-07-01", "Crews had the Pell Creek fire 41% contained on Sunday evening, fire officials said."),
            ("Valley Post", "2024-07-02", "Containment of the Pell Creek fire is now 48%, up from 41% on Sunday evening, fire officials said."),
        ])
        let contained = result.facts.filter { $0.fact.dimension == .percent }
        #expect(contained.count == 1, "\(contained.map(\.label))")
        #expect(result.conflicts.isEmpty)
    }
}
