import Foundation

/// People: a named person with a role states what job they hold (a role claim) and, when the job
/// has one holder at a time, who holds it (a holder claim); a party label states their party. The
/// role phrase and the name are parsed here, once, so later stages compare typed values.
extension ClaimBuilder {
    func personClaims(_ mention: Mention, view: SentenceView, id: String) -> [Claim] {
        guard let person = mention.person, let name = ClaimBuilder.personName(person.name) else { return [] }
        var out: [Claim] = []
        if let written = person.role, let role = ClaimBuilder.roleValue(written, affiliation: person.affiliation, entities: entities) {
            var c = Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range, dimension: .role,
                          measure: Measure("role"), cue: written, event: name.key, modality: mention.modality)
            c.person = name
            c.role = role
            out.append(c)
            if role.isUnique, !role.isFormer, role.head != "head" || !role.domain.isEmpty {
                var h = Claim(id: id + "h", documentIndex: 0, mention: mention, sentence: view.sentence.range, dimension: .holder,
                              measure: Measure(role.head), cue: written, event: role.domain.joined(separator: " "), modality: mention.modality)
                h.person = name
                h.role = role
                out.append(h)
            }
        }
        for (k, party) in (person.party ?? "").split(separator: "|").enumerated() {
            var p = Claim(id: id + "p\(k)", documentIndex: 0, mention: mention, sentence: view.sentence.range, dimension: .party,
                          measure: Measure("party"), event: name.key, modality: mention.modality)
            p.person = name
            p.party = String(party)
            out.append(p)
        }
        return out
    }

    /// Given and family name: the first and last name parts, lower-cased; honorifics, middle
    /// names and initials dropped ("Amina K. Osei" = "Amina Osei").
    static func personName(_ written: String) -> PersonName? {
        let parts = written.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map { String($0) }
            .map { $0.trimmingCharacters(in: .punctuationCharacters) }
            .filter { !$0.isEmpty && !RoleLexicon.honorifics.contains(WordKey($0)) && !["jr", "sr", "ii", "iii"].contains($0.lowercased()) }
        guard let last = parts.last else { return nil }
        let given = parts.count >= 2 ? parts[0].lowercased() : ""
        return PersonName(given: given, family: last.lowercased(), written: written)
    }

    /// Reads a role phrase: multi-word titles become their abbreviation, the last role noun is the
    /// head (mapped to its synonym class), and the content words around it (minus rank words,
    /// generic organisation nouns and anything after "since") say which job it is.
    static func roleValue(_ phrase: String, affiliation: String?, entities: EntityLexicon) -> RoleValue? {
        var raw = phrase.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            .filter { !["the", "of", "a", "an", "for", "and", "in", "s", "on"].contains($0) }
        // The affiliation owns the job ("Ottawa's top negotiator", "the sheriff's deputy"): it goes
        // first, so that the job's own head noun stays the last one.
        if let a = affiliation {
            raw = a.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init) + raw
        }
        let isFormer = raw.contains { ["former", "ex", "then", "previous", "outgoing", "late"].contains($0) }
        var text = " " + raw.joined(separator: " ") + " "
        // Countries named in several words ("South Korean") become their key before the words
        // are split: the phrase's word runs are looked up, longest first.
        var words = text.split(separator: " ").map(String.init)
        var k = 0
        var joined: [String] = []
        while k < words.count {
            var matched = false
            for length in stride(from: min(entities.longest, words.count - k), through: 2, by: -1) {
                if let key = entities.aliases[words[k..<(k + length)].joined(separator: " ")] {
                    joined.append(key.lowercased()); k += length; matched = true; break
                }
            }
            if !matched { joined.append(words[k]); k += 1 }
        }
        words = joined
        text = " " + words.joined(separator: " ") + " "
        for (long, short) in RoleLexicon.expansions.sorted(by: { ($0.key.count, $0.key) > ($1.key.count, $1.key) }) {
            text = text.replacingOccurrences(of: " \(long) ", with: " \(short) ")
        }
        var list = text.split(separator: " ").map(String.init)
        // "since 2019" dates the role; "at the State Department" names the employer, not the job.
        if let cut = list.firstIndex(where: { $0 == "since" || $0 == "until" }) { list = Array(list[..<cut]) }
        guard let headIndex = list.lastIndex(where: { RoleLexicon.heads.contains(WordKey($0)) && !RoleLexicon.rankWords.contains($0) })
                ?? list.lastIndex(where: { RoleLexicon.heads.contains(WordKey($0)) }) else { return nil }
        let headWord = list[headIndex]
        let head = RoleLexicon.headClasses[headWord] ?? headWord
        let domain = Set(list.enumerated().compactMap { i, w -> String? in
            guard i != headIndex, w.count > 1, !RoleLexicon.rankWords.contains(w), !RoleLexicon.genericOrgWords.contains(w),
                  !roleStopWords.contains(w), w.first?.isNumber != true, !RoleLexicon.heads.contains(WordKey(w)),
                  !["former", "ex", "then", "previous", "outgoing", "late", "at"].contains(w) else { return nil }
            // A country or capital in the role names the country: keep its canonical key.
            if let key = entities.aliases[w] { return key.lowercased() }
            return w
        })
        let unique = RoleLexicon.uniqueHeads.contains(head) && !phrase.lowercased().hasPrefix("a ") && !phrase.lowercased().hasPrefix("an ")
        // Unit words are the domain words written in lower case in the phrase itself (not names,
        // not the affiliation).
        let written = phrase.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let units = Set(written.filter { w in
            guard let first = w.first, first.isLowercase else { return false }
            return domain.contains(w) && !roleStopWords.contains(w)
        })
        return RoleValue(head: head, domain: domain.sorted(), isUnique: unique, isFormer: isFormer, units: units.sorted())
    }

    static let roleStopWords: Set<String> = ["who", "has", "had", "have", "been", "is", "was", "be", "his", "her", "their", "its", "on", "to", "with", "md", "phd"]
}
