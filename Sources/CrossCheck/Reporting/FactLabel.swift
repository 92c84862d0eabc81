/// What a fact is, in words a reader understands: "South Korea's previous payment amount",
/// "When the talks (round 7) took place", "Who is Plumas County sheriff".
public enum FactLabel {
    public static func label(for fact: Fact) -> String {
        let claim = fact.claims[0]
        switch fact.dimension {
        case .date:
            return "When \(eventPhrase(fact))\(phaseSuffix(fact.phase)) took place"
        case .place:
            return "Where \(eventPhrase(fact))\(phaseSuffix(fact.phase)) took place"
        case .role:
            return "Role of \(personName(fact) ?? "a person")"
        case .party:
            return "Party of \(personName(fact) ?? "a politician")"
        case .holder:
            let role = claim.role.map { ($0.domain + [$0.head]).joined(separator: " ") } ?? fact.measure.concept
            return "Who is \(role)"
        default:
            break
        }
        var words: [String] = []
        if let subject = fact.subject { words.append(EntityLexicon.displayName(subject) + "'s") }
        if fact.phase != .unspecified { words.append(fact.phase.rawValue) }
        if fact.period == .annual { words.append("annual") }
        if fact.period == .total { words.append("total") }
        words.append(measurePhrase(fact))
        var label = words.joined(separator: " ")
        let context = fact.evidence.sharedWords.prefix(2).filter { !label.contains($0) }
        if !context.isEmpty { label += " (" + context.joined(separator: ", ") + ")" }
        return label.prefix(1).uppercased() + label.dropFirst()
    }

    static func measurePhrase(_ fact: Fact) -> String {
        let m = fact.measure
        let concept = m.concept.isEmpty ? "figure" : m.concept
        var phrase: String
        switch fact.dimension {
        case let .count(noun):
            phrase = noun == concept || m.concept.isEmpty ? "\(noun) count" : "\(noun) (\(concept)) count"
        case .money:
            phrase = "\(concept) amount"
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
        if let c = m.change { phrase = concept + " change" + (c == .unstated ? "" : " (\(c.rawValue))") + (fact.kind == .percent ? " percentage" : "") }
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

    static func personName(_ fact: Fact) -> String? {
        fact.claims.compactMap(\.person).max { $0.written.count < $1.written.count }?.written
    }

    static func phaseSuffix(_ phase: Phase) -> String {
        phase == .unspecified ? "" : " (\(phase.rawValue))"
    }
}
