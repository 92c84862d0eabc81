import Testing
@testable import CrossCheck

/// Each evidence feature with examples that must set it and counter-examples that must not,
/// read by the real recognizers from two one-sentence reports.
@Suite struct PairEvidenceTests {
    /// The first claim of each report whose quote contains `figure`, compared.
    func evidence(_ a: String, _ figureA: String, _ b: String, _ figureB: String,
                  publishedA: String = "2024-05-06", publishedB: String = "2024-05-06") throws -> PairEvidence {
        let extractor = Extractor()
        let builder = ClaimBuilder()
        func claim(_ text: String, _ figure: String, _ published: String, _ index: Int) throws -> Claim {
            var metadata = DocumentMetadata(source: "S\(index)")
            metadata.published = CalendarDate(iso: published)
            metadata.publishedFrom = .manifest
            let doc = Document(path: "r\(index).txt", text: SourceText(text), metadata: metadata)
            let all = builder.claims(for: extractor.extract(doc), documentIndex: index)
            return try #require(all.first { doc.text.string($0.mention.range).contains(figure) }, "no claim on \(figure) in: \(text)")
        }
        let x = try claim(a, figureA, publishedA, 0), y = try claim(b, figureB, publishedB, 1)
        let words = [Set(x.context.sentence + x.context.local), Set(y.context.sentence + y.context.local)]
        return PairEvidence.compare(x, y, rarity: WordRarity(documents: words))
    }

    typealias Example = (String, String, String, String)

    @Test(arguments: [
        // The same measure under two wordings (a synonym class).
        ("The company reported revenue of $4.2 billion.", "$4.2 billion", "Sales came to $4.3 billion.", "$4.3 billion"),
        ("The fine was $12 million.", "$12 million", "Regulators imposed a $21 million penalty.", "$21 million"),
    ] as [Example])
    func measureSame(_ a: String, _ fa: String, _ b: String, _ fb: String) throws {
        let e = try evidence(a, fa, b, fb)
        #expect(e[.measureSame] == 1)
        #expect(e[.measureDiffer] == 0)
    }

    @Test(arguments: [
        ("The company reported revenue of $4.2 billion.", "$4.2 billion", "The company reported a profit of $4.3 billion.", "$4.3 billion"),
        ("The fine was $12 million.", "$12 million", "The company's revenue was $21 million.", "$21 million"),
    ] as [Example])
    func measureDiffer(_ a: String, _ fa: String, _ b: String, _ fb: String) throws {
        let e = try evidence(a, fa, b, fb)
        #expect(e[.measureDiffer] == 1)
        #expect(e[.measureSame] == 0)
    }

    @Test(arguments: [
        ("Japan agreed to pay $1 billion.", "$1 billion", "Tokyo agreed to pay $1.2 billion.", "$1.2 billion"),
    ] as [Example])
    func subjectSameThroughAliases(_ a: String, _ fa: String, _ b: String, _ fb: String) throws {
        let e = try evidence(a, fa, b, fb)
        #expect(e[.subjectSame] == 1)
        #expect(e[.subjectDiffer] == 0)
    }

    @Test func subjectDiffer() throws {
        let e = try evidence("Japan agreed to pay $1 billion.", "$1 billion", "Kenya agreed to pay $1.2 billion.", "$1.2 billion")
        #expect(e[.subjectDiffer] == 1)
        #expect(e[.subjectSame] == 0)
    }

    @Test func aCountsNounMustBeTheSameAndSpecific() throws {
        let same = try evidence("The storm destroyed 1,200 homes.", "1,200", "About 2,400 homes were destroyed by the storm.", "2,400")
        #expect(same[.nounSame] == 1)
        let other = try evidence("The storm destroyed 1,200 homes.", "1,200", "The storm destroyed 2,400 barns.", "2,400")
        #expect(other[.nounSame] == 0)
    }

    @Test func rareSharedWordsCountMoreThanNone() throws {
        let shared = try evidence("Crews at the Halvard quarry counted 40 trucks.", "40", "At the Halvard quarry, 44 trucks were counted.", "44")
        let unshared = try evidence("Crews at the Halvard quarry counted 40 trucks.", "40", "Dockworkers in Ostra unloaded 44 trucks.", "44")
        #expect(shared[.sentenceShare] > unshared[.sentenceShare])
        #expect(unshared[.nameShare] == 0)
        #expect(shared[.nameShare] > 0)
    }

    @Test func datesOfTheClaimsSetSameDayOrFarApart() throws {
        let sameDay = try evidence("On Monday, 30 people were evacuated.", "30 people", "On Monday, 32 people were evacuated.", "32 people")
        #expect(sameDay[.sameDay] == 1)
        #expect(sameDay[.farApart] == 0)
        let far = try evidence("On Monday, 30 people were evacuated.", "30 people", "On Monday, 32 people were evacuated.", "32 people",
                               publishedB: "2024-06-20")
        #expect(far[.farApart] == 1)
        #expect(far[.sameDay] == 0)
    }

    /// A date claim's own value is its event's day; its time evidence is the day its report
    /// speaks of. Two dates of one event on the same single day state the same figure.
    @Test func datesAreTimedByTheirReportsAndAgreeOnTheDay() throws {
        let e = try evidence("The probe was launched on July 14, 2023.", "July 14", "The probe launched on July 14, 2023.", "July 14",
                             publishedA: "2023-07-14", publishedB: "2023-08-23")
        #expect(e[.sameDay] == 0)
        #expect(e[.farApart] == 1)
        #expect(e[.sameFigure] == 1)
        // A month agrees far more loosely than a day.
        let month = try evidence("The probe was launched in July 2023.", "July", "The probe launched in July 2023.", "July")
        #expect(month[.sameFigure] == 0)
    }

    /// Two event concepts of one family are related: neutral when values agree, as different as
    /// two measures against a conflict.
    @Test func eventsOfOneFamilyAreRelatedNotDifferent() throws {
        let e = try evidence("Corvane agreed to buy Tessal in April 2024.", "April", "The deal was struck in April 2024.", "April")
        #expect(e[.measureRelated] == 1)
        #expect(e[.measureDiffer] == 0)
        #expect(EvidenceWeights.withoutValue[PairEvidence.Feature.measureRelated.rawValue]
                == EvidenceWeights.withoutValue[PairEvidence.Feature.measureDiffer.rawValue])
        let other = try evidence("Corvane agreed to buy Tessal in April 2024.", "April", "The strike began in April 2024.", "April")
        #expect(other[.measureRelated] == 0)
        #expect(other[.measureDiffer] == 1)
    }

    @Test func ordinalEventsMatch() throws {
        let e = try evidence("The seventh round of talks began on March 3.", "March 3",
                             "Negotiators opened the seventh round of talks on March 5.", "March 5")
        #expect(e[.eventSame] == 1)
        let other = try evidence("The seventh round of talks began on March 3.", "March 3",
                                 "Negotiators opened the eighth round of talks on March 5.", "March 5")
        #expect(other[.eventSame] == 0)
    }

    @Test func digitsOnlyWhenScalesAreAPowerOfTenApart() throws {
        let e = try evidence("The deal was worth $44 billion.", "$44 billion", "The deal was worth $44 million.", "$44 million")
        #expect(e[.digitsSame] == 1)
        #expect(e[.valueAgree] == 0)
        let near = try evidence("The deal was worth $44 billion.", "$44 billion", "The deal was worth $45 billion.", "$45 billion")
        #expect(near[.digitsSame] == 0)
    }

    @Test func agreementOfTightValuesCountsFullyAndOfOpenOnesLess() throws {
        let tight = try evidence("The deal was worth $44 billion.", "$44 billion", "The deal was worth about $44 billion.", "$44 billion")
        #expect(tight[.valueAgree] == 1)
        #expect(tight[.sameFigure] == 0 || tight[.sameFigure] == 1)
        let open = try evidence("The deal was worth $44 billion.", "$44 billion", "The deal was worth more than $1 billion.", "$1 billion")
        #expect(open[.valueAgree] == 0)
        let clash = try evidence("The deal was worth $44 billion.", "$44 billion", "The deal was worth $30 billion.", "$30 billion")
        #expect(clash[.valueAgree] == 0)
    }

    @Test func attributionSameAndDiffer() throws {
        let same = try evidence("Police said 12 people died.", "12 people", "Fourteen people died, police said.", "Fourteen people")
        #expect(same[.attributionSame] == 1)
        let differ = try evidence("Police said 12 people died.", "12 people", "Fourteen people died, the hospital said.", "Fourteen people")
        #expect(differ[.attributionDiffer] == 1)
    }

    @Test func scoresRiseWithEvidence() throws {
        let strong = try evidence("The storm destroyed 1,200 homes in Varn County on Monday.", "1,200",
                                  "The storm destroyed 2,400 homes in Varn County on Monday.", "2,400")
        let weak = try evidence("The storm destroyed 1,200 homes in Varn County on Monday.", "1,200",
                                "Builders finished 2,400 homes in Ostra last year.", "2,400")
        #expect(strong.withoutValues > weak.withoutValues)
        #expect(strong.withoutValues > EvidenceWeights.conflictThreshold)
    }
}

@Suite struct EntityAliasCaseTests {
    @Test(arguments: [
        ("WHO", "WHO"), ("World Health Organization", "WHO"), ("U.N.", "UN"), ("Nato", "NATO"), ("Tokyo", "JP"),
    ])
    func aliasesMatch(_ phrase: String, _ key: String) {
        #expect(EntityLexicon.standard.key(for: phrase) == key)
    }

    @Test(arguments: ["who", "Who", "us", "un"])
    func shortAcronymsMatchOnlyInCapitals(_ phrase: String) {
        #expect(EntityLexicon.standard.key(for: phrase) == nil)
    }
}
