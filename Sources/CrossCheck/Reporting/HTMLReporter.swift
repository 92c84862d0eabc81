public struct HTMLReporter: Reporter {
    public static let identifier = "html"
    public init() {}
    public func report(_ result: CheckResult, context: ReportContext) -> String { "<!doctype html>\n" }
}
