import Foundation

// Feeds the public peer test suites in ../shared/specs to crosscheck's recognizers and prints the
// pass rate per file. Usage: crosscheck-conformance [SPECS_DIR] [--failures N]
let arguments = Array(CommandLine.arguments.dropFirst())
let specsArgument = arguments.first { !$0.hasPrefix("--") && Int($0) == nil }
let failuresToShow = arguments.firstIndex(of: "--failures").flatMap { i in i + 1 < arguments.count ? Int(arguments[i + 1]) : nil } ?? 0
let specs = Conformance.locateSpecs(specsArgument)
guard let specs else {
    print("conformance: ../shared/specs not found; skipping (pass a specs directory to run)")
    exit(0)
}
var conformance = Conformance(specs: specs, failuresToShow: failuresToShow)
runQuantitySuites(&conformance)
runDimensionSuites(&conformance)
runTimeSuites(&conformance)
runClockSuites(&conformance)
conformance.printSummary()
