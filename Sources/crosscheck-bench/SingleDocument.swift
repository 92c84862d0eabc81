import CrossCheck
import Foundation

/// `--single [MB...]`: what `crosscheck extract` and `crosscheck check` do, timed stage by stage on
/// one generated document of each size (default 0.1, 1 and 10 MB). The document is the generator's
/// reports joined on a single line, the shape that used to take quadratic time (a line index, a
/// column count or a scan of the whole document per mention). Time per MB that grows with the
/// size points at the stage that is not linear. `--no-claims` times only the stages around claim
/// building (recognizing, and the listing of mentions), for sizes where claim building would take
/// too long to wait for.
enum SingleDocument {
    static let published = CalendarDate(year: 2020, month: 3, day: 17)

    static func run(_ arguments: [String]) {
        let sizes = arguments.dropFirst().compactMap { Double($0) }
        print("single documents on one line; seconds, and seconds per MB in brackets")
        if arguments.contains("--no-claims") {
            print("size     | recognize  listing of mentions")
            for mb in sizes.isEmpty ? [0.1, 1, 10] : sizes { measureWithoutClaims(megabytes: mb) }
            return
        }
        print("size     | extract: recognize  claims  report  total  | check: recognize  claims+align+reconcile  report  total")
        for mb in sizes.isEmpty ? [0.1, 1, 10] : sizes {
            measure(megabytes: mb)
        }
    }

    static func singleLine(bytes: Int) -> String {
        var text = generate(bytes: bytes).joined(separator: " ")
        text = text.replacingOccurrences(of: "\n", with: " ")
        // Cut at a space so that the size is the one asked for and no word is split.
        let utf8 = Array(text.utf8.prefix(bytes))
        let end = utf8.lastIndex(of: 0x20) ?? utf8.count
        return String(decoding: utf8[..<end], as: UTF8.self) + "\n"
    }

    /// The one-line document of about `megabytes` MB, dated as a feed's metadata would, and its size.
    static func document(megabytes: Double) -> (Document, size: Double) {
        let text = singleLine(bytes: Int(megabytes * 1_000_000))
        let document = Document(path: "single.txt", text: SourceText(text),
                                metadata: DocumentMetadata(published: published, publishedFrom: .option))
        return (document, Double(text.utf8.count) / 1_000_000)
    }

    static func measure(megabytes: Double) {
        let (document, size) = document(megabytes: megabytes)
        let checker = CrossChecker()

        // extract: mentions, claims, the text listing.
        var t = now()
        let extracted = checker.extract([document])
        let recognize = lap(&t)
        let claims = checker.claims(extracted)
        let claimTime = lap(&t)
        let listing = ExtractReporter.text(extracted, claims: claims)
        let extractReport = lap(&t)

        // check: the same document as a corpus of one, then the Markdown report.
        let again = checker.extract([document])
        let recognize2 = lap(&t)
        let result = checker.check(again, corpusName: "single")
        let assess = lap(&t)
        let report = MarkdownReporter().report(result, context: ReportContext())
        let checkReport = lap(&t)

        let extractTotal = recognize + claimTime + extractReport
        let checkTotal = recognize2 + assess + checkReport
        func f(_ s: Double) -> String { String(format: "%.2f (%.2f)", s, s / size) }
        print(String(format: "%5.2f MB | ", size)
              + [f(recognize), f(claimTime), f(extractReport), f(extractTotal)].joined(separator: "  ")
              + " | " + [f(recognize2), f(assess), f(checkReport), f(checkTotal)].joined(separator: "  "))
        print(String(format: "         %d mentions, %d claims, %d facts; listing %d bytes, report %d bytes",
                     extracted[0].mentions.count, claims.count, result.facts.count, listing.utf8.count, report.utf8.count))
    }

    static func measureWithoutClaims(megabytes: Double) {
        let (document, size) = document(megabytes: megabytes)
        var t = now()
        let extracted = CrossChecker().extract([document])
        let recognize = lap(&t)
        let listing = ExtractReporter.text(extracted, claims: [])
        let report = lap(&t)
        print(String(format: "%5.2f MB | %.2f (%.2f)  %.2f (%.2f)   %d mentions, listing %d bytes",
                     size, recognize, recognize / size, report, report / size, extracted[0].mentions.count, listing.utf8.count))
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// Seconds since `t`, and `t` moved to now.
    static func lap(_ t: inout Double) -> Double {
        let n = now()
        defer { t = n }
        return n - t
    }
}
