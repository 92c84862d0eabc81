import Testing
@testable import CrossCheck

/// The reports people read show what a claim in another currency or zone is compared as, beside
/// the value as written.
@Suite struct ComparedAsReportTests {
    @Test(arguments: [ReportFormat.markdown, .html])
    func moneyInAnotherCurrencyShowsItsDollarValue(_ format: ReportFormat) throws {
        let result = try Fixtures.check("transfer-vrell-2024")
        let report = format.reporter.report(result, context: ReportContext())
        #expect(report.contains("≈ USD 105.74M at the 2023 average rate"))
        #expect(report.contains("≈ USD 62.739M at the 2023 average rate"))
    }

    @Test(arguments: [ReportFormat.markdown, .html])
    func aClockTimeShowsItsDayInUTC(_ format: ReportFormat) throws {
        let result = try Fixtures.check("quake-velgrad-2024")
        let report = format.reporter.report(result, context: ReportContext())
        #expect(report.contains("20:40 UTC on 2024-03-21"))
    }
}
