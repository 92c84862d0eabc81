/// One statement about a person ("Harlow County Sheriff Dana Pruett") gives two claims: the job the
/// person holds (role, grouped by person) and who holds the job (holder, grouped by title). When
/// one of the two facts holds nothing the other does not, it says nothing new: it is left out, so
/// that a reader sees the statement once. A conflict is never left out.
enum RedundantFacts {
    static func drop(_ facts: [AssessedFact]) -> [AssessedFact] {
        func isPersonFact(_ f: AssessedFact) -> Bool { f.fact.dimension == .role || f.fact.dimension == .holder }
        let people = facts.indices.filter { isPersonFact(facts[$0]) }
        guard people.count > 1 else { return facts }
        // Where each person fact's claims stand: document and offset of the mention.
        let places = Dictionary(uniqueKeysWithValues: people.map { i in
            (i, Set(facts[i].fact.claims.map { Place(document: $0.documentIndex, offset: $0.mention.range.start) }))
        })
        // Facts of the other kind that hold a place, to find supersets without comparing every pair.
        var holding: [Place: [Int]] = [:]
        for i in people { for p in places[i] ?? [] { holding[p, default: []].append(i) } }
        var dropped = Set<Int>()
        for i in people where facts[i].assessment.verdict != .conflict {
            guard let mine = places[i], let first = mine.first else { continue }
            for j in holding[first] ?? [] where j != i && facts[j].fact.dimension != facts[i].fact.dimension && !dropped.contains(j) {
                guard let theirs = places[j], mine.isSubset(of: theirs) else { continue }
                // Equal sets: keep the holder fact (who holds the job), drop the role.
                if mine.count == theirs.count, facts[i].fact.dimension == .holder, facts[j].assessment.verdict != .conflict { continue }
                dropped.insert(i)
                break
            }
        }
        return facts.indices.filter { !dropped.contains($0) }.map { facts[$0] }
    }

    struct Place: Hashable {
        var document: Int
        var offset: Int
    }
}
