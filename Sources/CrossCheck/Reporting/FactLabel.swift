/// What a fact is, in words a reader understands: "South Korea's previous payment amount",
/// "When the talks (round 7) took place", "Who is Ardley County sheriff".
public enum FactLabel {
    public static func label(for fact: Fact) -> String {
        let claim = fact.claims[0]
        switch fact.dimension {
        case .date:
            // "When the start took place" reads badly: a start or end is a date of its own.
            if fact.event == nil, fact.measure.concept == "start" || fact.measure.concept == "end" {
                let words = fact.evidence.sharedWords.prefix(2).filter { $0 != fact.measure.concept }
                return (fact.measure.concept == "start" ? "Start date" : "End date")
                    + (words.isEmpty ? "" : " (" + words.joined(separator: ", ") + ")") + phaseSuffix(fact.phase)
            }
            return "When \(eventPhrase(fact))\(phaseSuffix(fact.phase)) took place"
        case .place:
            return "Where \(eventPhrase(fact))\(phaseSuffix(fact.phase)) took place"
        case .role:
            return "Role of \(personName(fact) ?? "a person")"
        case .party:
            return "Party of \(personName(fact) ?? "a politician")"
        case .holder:
            return "Who is " + holderRole(claim, fact)
        case .rank:
            // "Rank among the largest (all time) in California"
            let place = fact.subject.map { " in " + subjectName($0) } ?? ""
            return "Rank among the \(fact.measure.concept)\(place)\(phaseSuffix(fact.phase))"
        default:
            break
        }
        var words: [String] = []
        if let subject = fact.subject, !isCount(fact) {
            // "the United States' demand", "Seoul's payment".
            let name = subjectName(subject)
            words.append(name + (name.hasSuffix("s") ? "'" : "'s"))
        }
        if fact.phase != .unspecified { words.append(fact.phase.rawValue) }
        if fact.period == .annual { words.append("annual") }
        if fact.period == .total { words.append("total") }
        words.append(measurePhrase(fact))
        var label = words.joined(separator: " ")
        if let subject = fact.subject, isCount(fact) {
            label += " (\(subjectName(subject)))"
        } else if !fact.measure.isKnown || fact.measure.isEmpty {
            // A fallback measure says little: the rarest words the claims share say which figure.
            let context = fact.evidence.sharedWords.prefix(2).filter { !label.contains($0) }
            if !context.isEmpty { label += " (" + context.joined(separator: ", ") + ")" }
        }
        return label.prefix(1).uppercased() + label.dropFirst()
    }

    static func isCount(_ fact: Fact) -> Bool {
        if case .count = fact.dimension { return true }
        return false
    }

    /// A subject key as a reader writes it: "South Korea", "Pellwick" (keys the lexicon does not
    /// know are lower-case names: title-cased).
    static func subjectName(_ key: String) -> String {
        let name = EntityLexicon.displayName(key)
        guard name == name.lowercased() else { return name }
        return titleCased(name)
    }

    static func titleCased(_ s: String) -> String {
        s.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    static func measurePhrase(_ fact: Fact) -> String {
        let m = fact.measure
        let concept = m.concept.isEmpty ? "figure" : m.concept
        var phrase: String
        switch fact.dimension {
        case let .count(noun):
            // Count classes are plural nouns ("homes", "troops") or lemmas ("korean").
            let nouns = Lemmatizer.lemma(noun) == noun ? ReadableValue.plural(noun) : noun
            if ["cases", "victims"].contains(noun) {
                phrase = "number of \(noun)"  // harm classes that are nouns
            } else if MeasureLexicon.eventMeasures.contains(noun) || MeasureLexicon.harm.contains(noun) {
                phrase = "number \(noun)"  // "number hospitalized", "number dead"
            } else if m.concept.isEmpty || noun == concept || nouns == concept {
                phrase = "number of \(nouns)"
            } else if MeasureLexicon.eventMeasures.contains(concept) || concept.hasSuffix("ed") {
                phrase = "number of \(nouns) \(concept)"
            } else if MeasureLexicon.timeVarying.contains(concept) {
                phrase = "number of \(nouns) (\(concept))"
            } else {
                // Other governing words ("issued to 8,500 homes") name the clause, not the count.
                phrase = "number of \(nouns)"
            }
        case .money:
            phrase = m.isKnown ? concept : "\(concept) amount"
        case .percent, .points:
            phrase = "\(concept) percentage"
        case .multiple:
            phrase = "\(concept) multiple"
        case .duration:
            phrase = "length of the \(concept)"
        default:
            phrase = concept
        }
        if m.isShare { phrase = "share of " + phrase }
        if let c = m.change {
            let direction = c == .up ? "rise" : c == .down ? "fall" : "change"
            phrase = concept + " " + direction + (fact.kind == .percent ? " (percent)" : fact.kind == .multiple ? " (times)" : "")
        }
        if let u = m.perUnit { phrase += " per \(u)" }
        return phrase
    }

    static func eventPhrase(_ fact: Fact) -> String {
        if let e = fact.event, let hash = e.firstIndex(of: "#") {
            return "the \(e[..<hash]) (round \(e[e.index(after: hash)...]))"
        }
        let concept = fact.measure.concept.isEmpty ? "event" : fact.measure.concept
        let words = fact.evidence.sharedWords.prefix(2).filter { $0 != concept }
        return "the \(concept)" + (words.isEmpty ? "" : " (" + words.joined(separator: ", ") + ")")
    }

    /// The job as the reports write it: "chief executive of Harrowmere Water" rather than the
    /// role's key ("harrowmere water ceo"); the most common wording among the claims.
    static func holderRole(_ claim: Claim, _ fact: Fact) -> String {
        var counts: [String: Int] = [:]
        for c in fact.claims {
            guard let p = c.mention.person, let role = p.role, !role.isEmpty else { continue }
            // "Chief executive" reads as "the chief executive"; "US Defense Secretary" keeps its capitals.
            let text = role.dropFirst().contains(where: \.isUppercase) ? role : role.prefix(1).lowercased() + role.dropFirst()
            counts[text + (p.affiliation.map { " of \($0)" } ?? ""), default: 0] += 1
        }
        if let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key {
            return "the " + ExtractReporter.singleLine(best)
        }
        let role = claim.role.map { ($0.domain + [$0.head]).joined(separator: " ") } ?? fact.measure.concept
        return "the " + role
    }

    static func personName(_ fact: Fact) -> String? {
        fact.claims.compactMap(\.person).max { $0.written.count < $1.written.count }?.written
    }

    static func phaseSuffix(_ phase: Phase) -> String {
        phase == .unspecified ? "" : " (\(phase.rawValue))"
    }
}
