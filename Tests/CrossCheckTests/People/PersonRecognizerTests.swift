import Testing
@testable import CrossCheck

@Suite struct PersonRecognizerTests {
    func people(_ s: String) -> [(String, String, String?)] {
        let doc = Document(path: "p.txt", text: SourceText(s))
        let extracted = Extractor(recognizers: [PersonRecognizer()]).extract(doc)
        return extracted.mentions.filter { $0.kind == .person }.map { ($0.person!.name, extracted.text.text($0.range), $0.person!.role) }
    }

    @Test(arguments: [
        ("Defense Minister Jeong Kyeong-doo spoke first.", "Jeong Kyeong-doo", "Defense Minister"),
        ("Seoul's top negotiator Jeong Eun-bo arrived.", "Jeong Eun-bo", "top negotiator"),
        ("Jeong Eun-bo, the chief negotiator for the talks, arrived.", "Jeong Eun-bo", "chief negotiator for the talks"),
        ("Priya Castellane, president of the industrial division, said so.", "Priya Castellane", "president of the industrial division"),
        ("Chief Financial Officer Ruth Ashdown said costs fell.", "Ruth Ashdown", "Chief Financial Officer"),
        ("Gen. Robert Abrams, the USFK commander, said it.", "Robert Abrams", "USFK commander"),
        // A name that ends its sentence, and an organisation named before the title.
        ("Crews held the line, said Fire Chief Dana Ortiz.", "Dana Ortiz", "Fire Chief"),
        ("The board will meet, says Corvane Chair Ines Albrecht.", "Ines Albrecht", "Corvane Chair"),
        ("On Monday, Pell Fire spokesperson Ed Marr said crews held.", "Ed Marr", "Pell Fire spokesperson"),
        ("State Department spokesman Ned Price said no.", "Ned Price", "State Department spokesman"),
    ])
    func rolesBeforeAndAfterNames(_ text: String, _ name: String, _ role: String) {
        let found = people(text)
        #expect(found.first?.0 == name)
        #expect(found.first?.2 == role)
    }

    /// A source after a comma ("…, according to county spokesman Ed Marr") is no role of the
    /// name before the comma: the role is the source's.
    @Test func anAttributionAfterACommaIsNoRoleOfTheNameBefore() {
        let found = people("The blaze is now bigger than the Harlow Ridge, according to Pell Fire spokesperson Ed Marr.")
        #expect(!found.contains { $0.0 == "Harlow Ridge" })
        // Counter-example: a role after the comma still belongs to the name before it.
        #expect(people("Ed Marr, the Pell Fire spokesperson, said so.").first?.2 == "Pell Fire spokesperson")
    }

    /// Counter-examples: an abbreviation that ends a sentence is no name; a weekday or a function
    /// word before a title names no organisation.
    @Test func abbreviationsAndFunctionWordsAreNoNamesOrOrganisations() {
        #expect(people("The talks stalled, said officials in the U.S.").isEmpty)
        #expect(people("On Monday Chairman Ines Albrecht said so.").first?.2 == "Chairman")
    }

    @Test func capitalisedRunsWithoutEvidenceAreNotPeople() {
        #expect(people("The Special Measures Agreement expired. Los Angeles hosted it.").isEmpty)
    }

    @Test func bareSurnameResolvesToTheNearestFullName() {
        let found = people("Defense Minister Jeong Kyeong-doo took the call. Negotiator Jeong Eun-bo said talks go on. Jeong added more.")
        #expect(found.map(\.0) == ["Jeong Kyeong-doo", "Jeong Eun-bo", "Jeong Eun-bo"])
    }

    @Test func twoPeopleSharingASurnameStayTwoRoleClaims() {
        var a = DocBuilder("Interior Minister Petra Hallan spoke.", published: "2024-05-07")
        a.source = "A"
        var b = DocBuilder("Jonas Hallan, commander of the fire brigade, spoke.", published: "2024-05-07")
        b.source = "B"
        let result = check([a, b])
        // Each statement is one fact (its role and holder claims shown once), never one fact of both.
        let people = result.facts.filter { $0.fact.dimension == .role || $0.fact.dimension == .holder }
        #expect(people.count == 2)
        #expect(people.allSatisfy { $0.fact.claims.count == 1 })
        #expect(result.conflicts.isEmpty)
    }
}

@Suite struct PlaceRecognizerTests {
    func places(_ s: String) -> [String] {
        let extracted = Extractor(recognizers: [PlaceRecognizer()]).extract(Document(path: "p", text: SourceText(s)))
        return extracted.mentions.map { $0.name ?? "" }
    }

    @Test(arguments: [
        ("Talks resumed in Los Angeles on Tuesday.", ["Los Angeles"]),
        ("They last met in Washington, D.C., in January.", ["Washington, D.C."]),
        ("The bridge outside Hallbeck fell.", ["Hallbeck"]),
        ("Workers at US military bases face leave.", []),
        ("It happened in January and in March.", []),
    ])
    func placesAfterPrepositions(_ text: String, _ expected: [String]) {
        #expect(places(text) == expected)
    }
}
