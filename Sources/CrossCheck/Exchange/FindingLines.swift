/// Findings as JSON Lines, one conflict or change a line, story by story: what `check --format
/// jsonl` and `reconcile` both write, so that a run on a batch engine can be compared with one on
/// a single machine line for line. Claims are named by document, position and words, never by
/// claim IDs (which number documents within a run).
public enum FindingLines {
    /// Where a claim stands and what it says, however the caller knows it.
    public struct Place {
        public var path: String
        public var line: Int
        public var column: Int
        public var quote: String

        public init(path: String, line: Int, column: Int, quote: String) {
            self.path = path
            self.line = line
            self.column = column
            self.quote = quote
        }
    }

    public static func lines(_ facts: [AssessedFact], stories: [Story], place: (Claim) -> Place) -> [String] {
        facts.filter { $0.assessment.verdict == .conflict || $0.assessment.verdict == .changed }.map { f in
            let a = f.assessment
            let best = Set(a.bestClaimIDs)
            let story = f.story < stories.count ? stories[f.story] : nil
            let claims: [JSONValue] = f.fact.claims.map { c in
                let p = place(c)
                return .object([("document", .string(p.path)), ("line", .int(p.line)), ("column", .int(p.column)),
                                ("offset", .int(c.mention.range.start)), ("length", .int(c.mention.range.length)), ("text", .string(p.quote)),
                                ("understood", .string(ValueFormatter.understood(c.mention))), ("supportsBestValue", .bool(best.contains(c.id)))])
            }
            let index = Dictionary(f.fact.claims.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            let value: JSONValue = .object([
                ("story", .optional(story?.id)), ("storyLabel", .optional(story?.label)), ("id", .string(f.id)), ("label", .string(f.label)),
                ("verdict", .string(a.verdict.rawValue)), ("severity", .string(a.severity.rawValue)), ("spread", .optional(a.spread)),
                ("claims", .array(claims)),
                ("disagreements", .array(a.disagreements.compactMap { pair -> JSONValue? in
                    guard let i = index[pair.first], let j = index[pair.second] else { return nil }
                    return .array([.int(min(i, j)), .int(max(i, j))])
                })),
            ])
            return value.serialized(pretty: false)
        }
    }
}

/// `check --format jsonl`: the findings as JSON Lines (see `FindingLines`).
public struct FindingLinesReporter: Reporter {
    public static let identifier = "jsonl"

    public init() {}

    public func report(_ result: CheckResult, context: ReportContext) -> String {
        var out = ""
        write(result, context: context) { out += $0 }
        return out
    }

    public func write(_ result: CheckResult, context: ReportContext, to emit: (String) -> Void) {
        let lines = FindingLines.lines(result.facts, stories: result.stories) { c in
            let p = result.position(c)
            return FindingLines.Place(path: result.document(c).path, line: p.line, column: p.column, quote: result.quote(c))
        }
        var out = ""
        for line in lines {
            out += line + "\n"
            if out.utf8.count > 1 << 20 { emit(out); out = "" }
        }
        emit(out)
    }
}
