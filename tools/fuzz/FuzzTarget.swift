// The libFuzzer entry point. tools/fuzz.sh compiles this file together with the library's sources
// into one module (so it can reach the manifest parser, which is internal) with -sanitize=fuzzer;
// SwiftPM never builds it, so `swift build` and `swift test` stay as they are.

/// One input drives every stage a user's files reach:
/// - the bytes as one document for `extract` (text and JSON);
/// - the bytes cut in two at the first form feed (else at the middle line break) as a two-document
///   corpus for `check`, with a tolerance applied and every report format rendered;
/// - the bytes as a configuration, a manifest and a baseline, when they look like JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func crosscheckFuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    FuzzTarget.extract(bytes)
    FuzzTarget.check(bytes)
    FuzzTarget.parseSettings(bytes)
    return 0
}

enum FuzzTarget {
    static let checker = CrossChecker()
    static let published = CalendarDate(year: 2020, month: 3, day: 18)

    static func extract(_ bytes: [UInt8]) {
        guard let document = try? CorpusBuilder.document(CorpusFile(path: "a.txt", bytes: bytes), published: published) else { return }
        let extracted = checker.extract([document])
        let claims = checker.claims(extracted)
        _ = ExtractReporter.text(extracted, claims: claims)
        _ = ExtractReporter.json(extracted, claims: claims)
    }

    static func check(_ bytes: [UInt8]) {
        let (first, second) = halves(bytes)
        // The first document is undated unless it carries its own date, so that both the resolved
        // and the unresolved paths run.
        let files = [CorpusFile(path: "a.md", bytes: first), CorpusFile(path: "b.txt", bytes: second)]
        var ignored: [String] = []
        guard let corpus = try? CorpusBuilder.build(name: "fuzz", files: files, manifest: nil, ignoredFiles: &ignored) else { return }
        var config = Configuration()
        config.tolerance = 0.05
        let result = config.apply(to: checker.check(corpus))
        let baseline = Baseline.from(result)
        _ = try? Baseline.parse(Array(baseline.serialized().utf8), file: "b.json")
        let gate = Gate.evaluate(result, failOn: .changed, baseline: baseline, baselineFile: "b.json")
        for format in ReportFormat.allCases {
            _ = format.reporter.report(result, context: ReportContext(linkBase: "../c/", gate: gate))
        }
        if let today = published {
            let draft = checker.checkDraft(Corpus(name: "fuzz", documents: [corpus.documents[0]]), draft: corpus.documents[corpus.documents.count - 1], today: today)
            _ = MarkdownReporter().report(draft, context: ReportContext())
        }
    }

    /// The two documents of the check: split at the first form feed, else at the first line break
    /// after the middle, else the whole input twice.
    static func halves(_ bytes: [UInt8]) -> ([UInt8], [UInt8]) {
        if let cut = bytes.firstIndex(of: 0x0C) {
            return (Array(bytes[..<cut]), Array(bytes[(cut + 1)...]))
        }
        if let cut = bytes[(bytes.count / 2)...].firstIndex(of: 0x0A) {
            return (Array(bytes[..<cut]), Array(bytes[(cut + 1)...]))
        }
        return (bytes, bytes)
    }

    static func parseSettings(_ bytes: [UInt8]) {
        guard bytes.first == UInt8(ascii: "{") || bytes.first == UInt8(ascii: "[") else { return }
        if let config = try? Configuration.parse(bytes, file: "c.json") {
            _ = config.makeChecker()
        }
        _ = try? CorpusBuilder.parseManifest(bytes)
        _ = try? Baseline.parse(bytes, file: "b.json")
    }
}
