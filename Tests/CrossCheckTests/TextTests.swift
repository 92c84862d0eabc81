import Testing
@testable import CrossCheck

@Suite struct SourceTextTests {
    @Test func mapsOffsetsToLinesAndScalarColumns() {
        let text = SourceText("first\nsé ₩5\n")
        #expect(text.position(of: 0) == SourcePosition(line: 1, column: 1))
        #expect(text.position(of: 6) == SourcePosition(line: 2, column: 1))
        // "sé " is 4 bytes but 3 scalars, so ₩ sits in column 4.
        let won = Array(text.bytes).firstIndex(of: 0xE2)!
        #expect(text.position(of: won) == SourcePosition(line: 2, column: 4))
        #expect(text.lineText(2) == "sé ₩5")
    }

    /// Columns come from checkpoints every 4 KiB; they must match counting scalars from the line's
    /// start, across checkpoints, multi-byte scalars and the end of the text.
    @Test(arguments: [1, 2, 3])
    func columnsMatchACountFromTheLineStart(_ seed: UInt64) {
        var rng = SplitMix(seed)
        let pieces = ["a", "é", "₩", "😀", " ", "\n", "word "]
        var text = ""
        for _ in 0..<6000 { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
        let source = SourceText(text)
        let bytes = source.bytes
        var line = 1, column = 1
        for offset in 0...bytes.count {
            if offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
                #expect(source.position(of: offset) == SourcePosition(line: line, column: column), "offset \(offset)")
            }
            guard offset < bytes.count else { break }
            if bytes[offset] == 0x0A { line += 1; column = 1 } else if bytes[offset] & 0xC0 != 0x80 { column += 1 }
        }
        // A text of exactly one checkpoint stride has a position at its end too.
        let exact = SourceText(String(repeating: "a", count: SourceText.scalarStride))
        #expect(exact.position(of: SourceText.scalarStride) == SourcePosition(line: 1, column: SourceText.scalarStride + 1))
    }

    @Test func rejectsInvalidUTF8() {
        #expect(SourceText(validating: [0x61, 0xFF, 0x62]) == nil)
        #expect(SourceText(validating: Array("ok".utf8)) != nil)
    }
}

@Suite struct TokenizerTests {
    func tokens(_ s: String) -> [String] {
        let t = TokenizedText(SourceText(s))
        return t.tokens.map { t.text($0) }
    }

    @Test func digitGroupsNeedThreeDigitsToMakeOneNumber() {
        #expect(tokens("1,2,3,4,5,6 people") == ["1", ",", "2", ",", "3", ",", "4", ",", "5", ",", "6", "people"])
        #expect(tokens("1,234,56 and 12,5") == ["1", ",", "234", ",", "56", "and", "12,5"])
        #expect(tokens("1,234,567.5 and 5,000") == ["1,234,567.5", "and", "5,000"])
        // Indian grouping: twos, then a last group of three.
        #expect(tokens("12,34,567.89 rupees and 1,00,000") == ["12,34,567.89", "rupees", "and", "1,00,000"])
        #expect(tokens("1,23,4") == ["1", ",", "23", ",", "4"])
    }

    @Test func keepsGroupedAndDecimalNumbersWhole() {
        #expect(tokens("28,500 troops, 1.0389 trillion.") == ["28,500", "troops", ",", "1.0389", "trillion", "."])
    }

    @Test func splitsCurrencySymbolsAndHyphens() {
        #expect(tokens("₩1.04 trillion and US$5 bn, five-fold") == ["₩", "1.04", "trillion", "and", "US", "$", "5", "bn", ",", "five", "-", "fold"])
    }

    @Test func noBreakSpacesSeparate() {
        #expect(tokens("9\u{00A0}000 and 5\u{202F}%") == ["9", "000", "and", "5", "%"])
    }

    @Test func flagsCapitalsAndSpacing() {
        let t = TokenizedText(SourceText("Seoul's USFK"))
        #expect(t.tokens[0].isCapitalized)
        #expect(!t.tokens[1].spaceBefore)
        #expect(t.tokens[3].flags.contains(.allCaps))
    }
}

@Suite struct SentenceSplitterTests {
    func sentences(_ s: String) -> [String] {
        let t = TokenizedText(SourceText(s))
        return t.sentences.map { t.text($0.range) }
    }

    @Test func splitsOnTerminalPunctuation() {
        #expect(sentences("Talks ended. A deal is near! Is it?") == ["Talks ended.", "A deal is near!", "Is it?"])
    }

    @Test func keepsAbbreviationsInside() {
        #expect(sentences("The U.S. Army and Gen. Robert Abrams met on Jan. 5. Then they left.")
                == ["The U.S. Army and Gen. Robert Abrams met on Jan. 5.", "Then they left."])
    }

    @Test func lineBreaksEndHeadlinesButNotWrappedLines() {
        #expect(sentences("Talks resume in LA\nThe two sides met on\nTuesday and agreed.") ==
                ["Talks resume in LA", "The two sides met on\nTuesday and agreed."])
        #expect(sentences("a wrapped line that goes\non here.") == ["a wrapped line that goes\non here."])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        #expect(sentences("\"We will meet.\" He left.") == ["\"We will meet.\"", "He left."])
    }
}

@Suite struct CalendarDateTests {
    @Test func roundTripsDayNumbers() {
        for (y, m, d) in [(1970, 1, 1), (2020, 2, 29), (2000, 3, 1), (1900, 12, 31), (2024, 12, 31)] {
            let date = CalendarDate(year: y, month: m, day: d)!
            #expect(CalendarDate(dayNumber: date.dayNumber) == date)
        }
        #expect(CalendarDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
    }

    @Test func weekdaysAndArithmetic() {
        let d = CalendarDate(iso: "2020-03-17")!
        #expect(d.weekday == 2) // a Tuesday
        #expect(d.adding(days: 15).description == "2020-04-01")
        #expect(CalendarDate(iso: "2020-01-31")!.adding(months: 1).description == "2020-02-29")
        #expect(CalendarDate(iso: "2020-02-30") == nil)
        #expect(CalendarDate(iso: "2020-3-17") == nil)
    }
}

@Suite struct WrappedLineTests {
    func sentences(_ text: String) -> [String] {
        let source = SourceText(text)
        let tokens = Tokenizer.tokenize(source)
        return SentenceSplitter.split(tokens).map { source.string($0.range) }
    }

    @Test func aLongWrappedLineGoesOnIntoACapitalisedWord() {
        let s = sentences("Regulators and the maker announced on Friday that about 2.1 million\nSnug Rest cribs are being recalled.")
        #expect(s.count == 1, "\(s)")
    }

    @Test(arguments: [
        "Fire update\nCrews held the line overnight.",                                     // a short title line
        "Regulators and the maker announced on Friday that the recall was widened\nPORTLAND (Wire) Crews held the line.", // a dateline in capitals
    ])
    func titlesAndDatelinesStillStartASentence(_ text: String) {
        #expect(sentences(text).count == 2, "\(sentences(text))")
    }
}
