import Testing
@testable import CrossCheck

@Suite struct DatelineDetectorTests {
    func date(_ s: String) -> String? {
        DatelineDetector.publicationDate(in: TokenizedText(SourceText(s))).map { $0.date.description }
    }

    @Test func findsDatelines() {
        #expect(date("date 2020-03-20 A caption line\n\nMarch 20 (UPI) -- Talks went on.") == "2020-03-20")
        #expect(date("Published: March 20, 2020\n\nThe talks went on.") == "2020-03-20")
        #expect(date("WASHINGTON, March 20, 2020 — The talks went on.") == "2020-03-20")
        #expect(date("2020-03-20\nTalks resume") == "2020-03-20")
    }

    @Test func yearlessDatelineNeedsAYear() {
        #expect(date("March 20 (UPI) -- The talks went on.") == nil)
        #expect(date("© 2020 UPI\nMarch 20 (UPI) -- The talks went on.") == "2020-03-20")
    }

    @Test func rangeIsTheDateItself() {
        let s = "Published: March 20, 2020\n"
        let t = TokenizedText(SourceText(s))
        let r = DatelineDetector.publicationDate(in: t)
        #expect(r.map { t.text($0.range) } == "March 20, 2020")
    }

    func impossible(_ s: String) -> String? {
        let t = TokenizedText(SourceText(s))
        return DatelineDetector.impossibleDate(in: t).map { t.text($0) }
    }

    @Test func anImpossibleDatelineDateIsFound() {
        #expect(impossible("WASHINGTON, February 30, 2020 — The talks went on.") == "February 30, 2020")
        #expect(impossible("Published: 31 April 2021\n\nThe talks went on.") == "31 April 2021")
        #expect(impossible("date 2021-02-29\nThe talks went on.") == "2021-02-29")
        // Real dates and dates in the body are not reported.
        #expect(impossible("WASHINGTON, February 29, 2020 — The talks went on.") == nil)
        #expect(impossible("The talks went on.\nThey said February 30, 2020 was the plan.") == nil)
    }

    @Test func anImpossibleDatelineDateIsAWarning() {
        let extracted = Extractor().extract(Document(path: "a.txt", text: SourceText("LIMA, February 30, 2020 — Talks resumed on Tuesday.\n")))
        #expect(extracted.document.metadata.published == nil)
        #expect(extracted.warnings == ["line 1: the dateline date \"February 30, 2020\" does not exist, so the document is undated and its relative dates stay unresolved"])
        let fine = Extractor().extract(Document(path: "a.txt", text: SourceText("LIMA, February 28, 2020 — Talks resumed on Tuesday.\n")))
        #expect(fine.warnings.isEmpty)
    }

    @Test func bodyDatesAreNotDatelines() {
        #expect(date("Talks resumed after the allies met on March 17, 2020 in Seoul to discuss costs.") == nil)
    }
}

@Suite struct ModalityClassifierTests {
    func modality(_ s: String, _ surface: String) -> Modality {
        let t = TokenizedText(SourceText(s))
        let bytes = Array(s.utf8), needle = Array(surface.utf8)
        var start = 0
        while start + needle.count <= bytes.count, Array(bytes[start..<start + needle.count]) != needle { start += 1 }
        let range = ByteRange(start, start + needle.count)
        return ModalityClassifier.modality(in: t, sentence: t.sentence(containing: start)!, at: range)
    }

    @Test(arguments: [
        ("Talks will be held on Tuesday.", "Tuesday", Modality.planned),
        ("Talks will begin Tuesday.", "Tuesday", .planned),
        ("The round is scheduled for Tuesday.", "Tuesday", .planned),
        ("The envoy is set to arrive Tuesday.", "Tuesday", .planned),
        ("Seoul plans to pay 13 percent more.", "13 percent", .planned),
        ("The sides are to meet Tuesday.", "Tuesday", .planned),
        ("A deal is expected to be reached in April.", "April", .planned),
        ("Furloughs would begin on April 1.", "April 1", .planned),
        ("The sides meet again next week.", "next week", .planned),
        ("The talks were held on Tuesday.", "Tuesday", .reported),
        ("The round, held Tuesday, ended early.", "Tuesday", .reported),
        ("Talks began Tuesday.", "Tuesday", .reported),
        ("Talks ended Tuesday.", "Tuesday", .reported),
        ("The envoys met Tuesday.", "Tuesday", .reported),
        ("The allies have held seven rounds.", "seven rounds", .reported),
        ("The meeting concluded on Tuesday.", "Tuesday", .reported),
        ("The ministry said Wednesday that talks will be held on the 17th.", "the 17th", .planned),
        ("The ministry said Wednesday that talks will be held on the 17th.", "Wednesday", .reported),
        ("Talks on Tuesday; nothing was agreed.", "Tuesday", .unspecified),
    ])
    func classifies(_ row: (String, String, Modality)) {
        #expect(modality(row.0, row.1) == row.2, "\(row.1) in \(row.0)")
    }
}
