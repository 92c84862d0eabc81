import Foundation
import Testing
@testable import CrossCheck

@Suite struct ReporterGoldenTests {
    @Test(arguments: ReportFormat.allCases)
    func goldenReport(_ format: ReportFormat) throws {
        let result = try GoldenRun.result()
        let path = try #require(GoldenRun.files.first { $0.0 == format }, "no golden file for \(format)").1
        Golden.check(format.reporter.report(result, context: GoldenRun.context(result)), against: path)
    }

    @Test func everyFormatHasAGoldenFile() {
        #expect(Set(GoldenRun.files.map(\.0)) == Set(ReportFormat.allCases))
    }

    /// Two independent runs (parallel extraction, fresh checker) give the same bytes in every format.
    @Test(arguments: ReportFormat.allCases)
    func outputIsDeterministic(_ format: ReportFormat) throws {
        let first = try GoldenRun.result(), second = try GoldenRun.result()
        let a = format.reporter.report(first, context: GoldenRun.context(first))
        let b = format.reporter.report(second, context: GoldenRun.context(second))
        #expect(a == b)
        #expect(!a.isEmpty)
    }
}
