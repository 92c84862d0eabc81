/// People with their titles and roles: "Trade Minister Anna Berg", "Lee Min-jun, the chief
/// negotiator", "a lawmaker, Omar Haddad". A bare surname ("Berg said") resolves to the nearest
/// full name before it in the same document whose first or last part it is; two people who share a
/// surname stay two people.
public struct PersonRecognizer: Recognizer {
    public init() {}

    public func recognize(_ text: TokenizedText, sentence: Sentence, context: ExtractionContext, into mentions: inout [Mention]) {
        let tokens = text.tokens
        var i = sentence.tokens.lowerBound
        while i < sentence.tokens.upperBound {
            guard let name = nameRun(text, from: i, in: sentence) else { i += 1; continue }
            let nameRange = ByteRange(tokens[name.lowerBound].start, tokens[name.upperBound - 1].end)
            let fullName = text.text(nameRange)
            var start = nameRange.start, end = nameRange.end
            var role: String?
            var affiliation: String?
            let before = roleBefore(text, nameStart: name.lowerBound, sentence: sentence)
            let after = roleAfter(text, nameEnd: name.upperBound, sentence: sentence)
            // An honorific alone ("Gen.") gives way to a role stated after the name.
            if let before, !(before.isHonorificOnly && after != nil) {
                role = before.role
                affiliation = before.affiliation
                start = before.range.start
            } else if let after {
                role = after.role
                affiliation = after.affiliation
                end = after.range.end
            }
            // Both marks are kept: "Republican Jan Doe, D-Ill." gives her two parties, which is
            // itself a finding.
            let marks = [partyBefore(text, nameStart: name.lowerBound, sentence: sentence),
                         partyAfter(text, nameEnd: name.upperBound, sentence: sentence)].compactMap { $0 }
            for p in marks {
                start = min(start, p.range.start)
                end = max(end, p.range.end)
            }
            let party = marks.isEmpty ? nil : PartyMark(code: marks.map(\.code).joined(separator: "|"), range: ByteRange(start, end))
            // A capitalised run is a person only with evidence: a role, an honorific, a party, or speech.
            let speaks = name.upperBound < sentence.tokens.upperBound && PersonRecognizer.speechVerbs.contains(tokens[name.upperBound].key)
            if name.count >= 2, role != nil || speaks || party != nil {
                mentions.append(Mention(kind: .person, range: ByteRange(start, end),
                                        person: PersonValue(name: fullName, role: role, affiliation: affiliation, party: party?.code)))
            }
            i = name.upperBound
        }
    }

    /// Party words written before a politician's name, and the one-letter codes of "(D-Ill.)".
    static let partyWords = WordTable([
        "republican": "R", "gop": "R", "democrat": "D", "democratic": "D", "independent": "I",
    ])
    static let partyCodes = WordTable(["d": "D", "r": "R", "i": "I"])

    struct PartyMark {
        var code: String
        var range: ByteRange
    }

    /// "Republican Jan Doe", "Democratic Rep. Jan Doe": a party word at most three words before the
    /// name, with only titles and honorifics between.
    func partyBefore(_ text: TokenizedText, nameStart: Int, sentence: Sentence) -> PartyMark? {
        let tokens = text.tokens
        var j = nameStart - 1
        var steps = 0
        while j >= sentence.tokens.lowerBound, steps < 4 {
            let t = tokens[j]
            if t.kind == .word, t.isCapitalized, let code = PersonRecognizer.partyWords[t.key] {
                return PartyMark(code: code, range: ByteRange(t.start, tokens[nameStart].start))
            }
            guard t.key == "." || (t.kind == .word && (RoleLexicon.heads.contains(t.key) || RoleLexicon.honorifics.contains(t.key)
                || ["rep", "sen", "gov", "congresswoman", "congressman"].contains(text.text(t).lowercased()))) else { return nil }
            j -= 1
            steps += 1
        }
        return nil
    }

    /// "Jan Doe, D-Ill.", "Jan Doe (R-Texas)": a one-letter party code, a hyphen and a capitalised
    /// state right after the name.
    func partyAfter(_ text: TokenizedText, nameEnd: Int, sentence: Sentence) -> PartyMark? {
        let tokens = text.tokens
        var j = nameEnd
        guard j + 3 < sentence.tokens.upperBound + 1, j < sentence.tokens.upperBound,
              tokens[j].key == "," || tokens[j].key == "(" else { return nil }
        j += 1
        guard j + 2 < sentence.tokens.upperBound, tokens[j].kind == .word, tokens[j].end - tokens[j].start == 1,
              let code = PersonRecognizer.partyCodes[tokens[j].key], tokens[j + 1].key == "-", !tokens[j + 1].spaceBefore,
              tokens[j + 2].kind == .word, tokens[j + 2].isCapitalized else { return nil }
        var end = tokens[j + 2].end
        if j + 3 < sentence.tokens.upperBound, tokens[j + 3].key == ".", !tokens[j + 3].spaceBefore { end = tokens[j + 3].end }
        return PartyMark(code: code, range: ByteRange(tokens[nameEnd].start, end))
    }

    static let attributionStarts = WordTable(words: ["according", "per", "citing", "said", "says", "told"], value: true)

    static let speechVerbs = WordTable(words: ["said", "says", "told", "tweeted", "added", "wrote", "noted", "argued", "insisted", "warned", "announced", "stated"], value: true)

    /// Lower-case words that may stand inside a title before a name ("top negotiator", "finance minister").
    static let titleModifiers = WordTable(words: [
        "top", "chief", "senior", "lead", "deputy", "vice", "prime", "finance", "defense", "defence", "foreign",
        "interior", "trade", "health", "economy", "justice", "labor", "labour", "education", "energy", "executive",
        "financial", "operating", "technology", "general", "former", "acting", "state", "assistant", "associate",
    ], value: true)

    /// A run of 2–4 capitalised name parts ("Lee Min-jun", "Maria del Carmen Ruiz"), hyphenated parts joined.
    func nameRun(_ text: TokenizedText, from i: Int, in sentence: Sentence) -> Range<Int>? {
        let tokens = text.tokens
        guard tokens[i].kind == .word, tokens[i].isCapitalized, !tokens[i].flags.contains(.allCaps) || tokens[i].end - tokens[i].start == 1 else { return nil }
        guard !RoleLexicon.notNames.contains(tokens[i].key), !RoleLexicon.heads.contains(tokens[i].key),
              !RoleLexicon.honorifics.contains(tokens[i].key), !EntityLexicon.aliasFirstWords.contains(tokens[i].key) else { return nil }
        var parts = 0
        var j = i
        while j < sentence.tokens.upperBound, parts < 4 {
            let t = tokens[j]
            guard t.kind == .word, t.isCapitalized, !t.flags.contains(.allCaps) || t.end - t.start == 1,
                  j == i || !RoleLexicon.notNames.contains(t.key), !RoleLexicon.heads.contains(t.key) else { break }
            if j > i, !t.spaceBefore { break }
            j += 1
            // Hyphenated given names: "Eun-bo", "Kyeong-doo". Two hyphens at most: a longer chain is
            // no name, and reading it whole from each of its words would take quadratic time.
            var hyphens = 0
            while hyphens < 2, j + 1 < sentence.tokens.upperBound, tokens[j].key == "-", !tokens[j].spaceBefore, !tokens[j + 1].spaceBefore,
                  tokens[j + 1].kind == .word {
                j += 2; hyphens += 1
            }
            parts += 1
        }
        guard parts >= 2 else { return nil }
        // A single initial or an abbreviation run ("U.S.") is not a name; a full stop that ends
        // the sentence after a longer word ("…, said Fire Chief Dana Ortiz.") is not an abbreviation.
        if j < sentence.tokens.upperBound, tokens[j].key == ".", !tokens[j].spaceBefore,
           !(j + 1 == sentence.tokens.upperBound && tokens[j - 1].end - tokens[j - 1].start > 1) { return nil }
        return i..<j
    }

    struct RolePhrase {
        var role: String
        var affiliation: String?
        var range: ByteRange
        var isHonorificOnly = false
    }

    /// "South Korean Defense Minister ⟨name⟩", "Ottawa's top negotiator ⟨name⟩", "NATO commander Gen. ⟨name⟩".
    func roleBefore(_ text: TokenizedText, nameStart: Int, sentence: Sentence) -> RolePhrase? {
        let tokens = text.tokens
        var j = nameStart - 1
        // Skip an honorific ("Gen.", "Dr.").
        if j >= sentence.tokens.lowerBound, tokens[j].key == "." { j -= 1 }
        var honorific: Int?
        if j >= sentence.tokens.lowerBound, RoleLexicon.honorifics.contains(tokens[j].key) || tokens[j].key == "gen" {
            honorific = j
            j -= 1
        }
        // Appositive before: "a lawmaker, ⟨name⟩".
        if j >= sentence.tokens.lowerBound, tokens[j].key == ",", honorific == nil { j -= 1 }
        guard j >= sentence.tokens.lowerBound, tokens[j].kind == .word, RoleLexicon.heads.contains(tokens[j].key) else {
            if let h = honorific {
                return RolePhrase(role: text.text(tokens[h]), affiliation: nil, range: ByteRange(tokens[h].start, tokens[nameStart].start),
                                  isHonorificOnly: true)
            }
            return nil
        }
        let headIndex = j
        var first = j
        while first - 1 >= sentence.tokens.lowerBound, headIndex - first < 4 {
            let t = tokens[first - 1]
            guard t.kind == .word, PersonRecognizer.titleModifiers.contains(t.key) || RoleLexicon.heads.contains(t.key)
                    || (t.isCapitalized && !RoleLexicon.notAffiliations.contains(t.key) && t.spaceBefore) || t.flags.contains(.allCaps) else { break }
            first -= 1
        }
        var affiliation: String?
        var start = first
        // A possessive or nationality before the role: "Ottawa's top negotiator", "US Defense Secretary".
        if first - 2 >= sentence.tokens.lowerBound, tokens[first - 1].key == "s", tokens[first - 2].key == "'" || tokens[first - 2].key == WordKey("’"),
           first - 3 >= sentence.tokens.lowerBound, tokens[first - 3].kind == .word {
            affiliation = text.text(tokens[first - 3])
            start = first - 3
        }
        let roleText = text.text(ByteRange(tokens[first].start, tokens[headIndex].end))
        return RolePhrase(role: roleText, affiliation: affiliation, range: ByteRange(tokens[start].start, tokens[nameStart].start))
    }

    /// "⟨name⟩, the chief negotiator for …", "⟨name⟩, Seoul's finance minister", "⟨name⟩, president of the industrial division".
    func roleAfter(_ text: TokenizedText, nameEnd: Int, sentence: Sentence) -> RolePhrase? {
        let tokens = text.tokens
        var j = nameEnd
        guard j < sentence.tokens.upperBound, tokens[j].key == "," else { return nil }
        j += 1
        // "the Harlow fire, according to county spokesman Ed Marr": a source of what was said,
        // with a name of its own, not a role of the name before the comma.
        if j < sentence.tokens.upperBound, PersonRecognizer.attributionStarts.contains(tokens[j].key) { return nil }
        let phraseStart = j
        var affiliation: String?
        var end = j
        var headSeen = false
        var roleEnd = j
        while end < sentence.tokens.upperBound, end - phraseStart < 14 {
            let t = tokens[end]
            if t.kind == .punct, t.key == "," || t.key == ";" || t.key == "." && t.spaceBefore { break }
            if t.kind == .punct, t.key == ".", end + 1 >= sentence.tokens.upperBound { break }
            // "president and CEO of Consumer Reports": a second title joins the first.
            if t.kind == .word, t.key == "and", headSeen, end + 1 < sentence.tokens.upperBound,
               RoleLexicon.heads.contains(tokens[end + 1].key) || PersonRecognizer.titleModifiers.contains(tokens[end + 1].key) {
                end += 1; continue
            }
            if t.kind == .word, ["said", "says", "told", "who", "which", "and", "added"].contains(text.text(t).lowercased()), headSeen { break }
            if t.kind == .word, RoleLexicon.heads.contains(t.key) { headSeen = true; roleEnd = end + 1 }
            if t.key == "'" || t.key == WordKey("’"), end > phraseStart, !headSeen {
                affiliation = text.text(ByteRange(tokens[phraseStart].start, tokens[end - 1].end))
            }
            end += 1
        }
        guard headSeen else { return nil }
        // Keep "of/for …" complements: they tell which job ("president of the industrial division").
        let roleStartIndex: Int = {
            var k = phraseStart
            if ["the", "a", "an"].contains(text.text(tokens[k]).lowercased()) { k += 1 }
            if affiliation != nil {
                while k < end, !(tokens[k].key == "s" && k > phraseStart && (tokens[k - 1].key == "'" || tokens[k - 1].key == WordKey("’"))) { k += 1 }
                k += 1
            }
            return min(k, roleEnd - 1)
        }()
        let roleRange = ByteRange(tokens[roleStartIndex].start, tokens[end - 1].end)
        _ = roleEnd
        return RolePhrase(role: text.text(roleRange), affiliation: affiliation, range: ByteRange(tokens[nameEnd].start, tokens[end - 1].end))
    }
}
