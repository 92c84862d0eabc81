/// A claim's value in a form that can be compared with another claim's.
enum ClaimValue {
    /// A numeric interval; infinite ends are open sides.
    case interval(Double, Double)
    /// Possible first and last days of an event, as day numbers.
    case days(start: ClosedRange<Int>, end: ClosedRange<Int>)
    /// A name: a place, lower-cased words.
    case words([String])
    /// A role: its head noun ("negotiator") and the words that say which one ("industrial division").
    case role(head: String, domain: Set<String>)

    static let unbounded = Int.min / 4 ... Int.max / 4

    init?(_ claim: Claim) {
        let m = claim.mention
        switch m.kind {
        case .money, .count, .number, .percent, .multiple, .quantity, .ordinal:
            guard let v = m.value else { return nil }
            if v.low == nil, v.high == nil {
                guard let p = v.point else { return nil }
                self = .interval(p, p)
            } else {
                self = .interval(v.low ?? -.infinity, v.high ?? .infinity)
            }
        case .duration:
            guard let d = m.duration else { return nil }
            self = .interval(d.lowDays ?? -.infinity, d.highDays ?? .infinity)
        case .date, .daterange:
            guard let r = m.date?.interval else { return nil }
            let s = r.lowerBound.dayNumber, e = r.upperBound.dayNumber
            // Day-precise dates give the event's bounds; coarser ones (a month, "this week") only
            // say the event falls inside.
            // A span of a few days is precise ("Tuesday through Thursday"); a week or more is a
            // container ("next week", "in March").
            let precise = m.kind == .date ? s == e : e - s < 6
            switch (claim.datePart, precise) {
            case (.start, true): self = .days(start: s...s, end: s...ClaimValue.unbounded.upperBound)
            case (.end, true): self = .days(start: ClaimValue.unbounded.lowerBound...e, end: e...e)
            case (.start, false): self = .days(start: s...e, end: s...ClaimValue.unbounded.upperBound)
            case (.end, false): self = .days(start: ClaimValue.unbounded.lowerBound...e, end: s...e)
            case (.within, _): self = .days(start: ClaimValue.unbounded.lowerBound...e, end: s...ClaimValue.unbounded.upperBound)
            case (_, true): self = .days(start: s...s, end: e...e)
            case (_, false): self = .days(start: s...e, end: s...e)
            }
        case .place:
            guard let name = m.name else { return nil }
            self = .words(ClaimValue.words(name))
        case .person:
            guard let role = m.person?.role, let parsed = ClaimValue.role(role) else { return nil }
            self = parsed
        case .organization:
            return nil
        }
    }

    static func words(_ s: String) -> [String] {
        s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            .filter { !["the", "of", "a", "an", "for", "and", "in", "at", "s"].contains($0) }
    }

    static let roleStopWords: Set<String> = ["who", "has", "had", "have", "been", "is", "was", "be", "his", "her", "their", "its", "on", "to", "with"]

    /// Reads a role phrase: multi-word titles become their abbreviation, the last role noun is the
    /// head, and the content words around it (minus rank words, generic organisation nouns and
    /// anything after "since") say which job it is.
    static func role(_ phrase: String) -> ClaimValue? {
        let raw = phrase.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            .filter { !["the", "of", "a", "an", "for", "and", "in", "s", "on"].contains($0) }
        var text = " " + raw.joined(separator: " ") + " "
        for (long, short) in RoleLexicon.expansions.sorted(by: { $0.key.count > $1.key.count }) {
            text = text.replacingOccurrences(of: " \(long) ", with: " \(short) ")
        }
        var list = text.split(separator: " ").map(String.init)
        // "since 2019" dates the role; "at the State Department" names the employer, not the job.
        if let cut = list.firstIndex(where: { $0 == "since" || $0 == "until" || $0 == "at" }) { list = Array(list[..<cut]) }
        guard let headIndex = list.lastIndex(where: { RoleLexicon.heads.contains(WordKey($0)) && !RoleLexicon.rankWords.contains($0) })
                ?? list.lastIndex(where: { RoleLexicon.heads.contains(WordKey($0)) }) else { return nil }
        let head = list[headIndex]
        let domain = Set(list.enumerated().compactMap { i, w -> String? in
            guard i != headIndex, w.count > 1, !RoleLexicon.rankWords.contains(w), !RoleLexicon.genericOrgWords.contains(w),
                  !roleStopWords.contains(w), w.first?.isNumber != true, !RoleLexicon.heads.contains(WordKey(w)),
                  EntityLexicon.standard.aliases[w] == nil else { return nil }
            return w
        })
        return .role(head: head, domain: domain)
    }

    func compatible(with other: ClaimValue) -> Bool {
        switch (self, other) {
        case let (.interval(a, b), .interval(c, d)):
            // Rounding intervals are half-open in truth ("4 billion" is [3.5B, 4.5B)), so two that
            // only touch do not overlap; a point may sit on an end.
            if a == b || c == d { return max(a, c) <= min(b, d) }
            return max(a, c) < min(b, d)
        case let (.days(s1, e1), .days(s2, e2)):
            return s1.overlaps(s2) && e1.overlaps(e2)
        case let (.words(a), .words(b)):
            return ClaimValue.namesAgree(a, b)
        case let (.role(h1, d1), .role(h2, d2)):
            let headsAgree = h1 == h2 || RoleLexicon.genericHeads.contains(h1) || RoleLexicon.genericHeads.contains(h2)
            return headsAgree && (d1.isEmpty || d2.isEmpty || !d1.isDisjoint(with: d2))
        default:
            return true
        }
    }

    /// Two place names agree when one's words contain the other's ("Washington" / "Washington D.C.").
    static func namesAgree(_ a: [String], _ b: [String]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return true }
        let sa = Set(a), sb = Set(b)
        return sa.isSubset(of: sb) || sb.isSubset(of: sa)
    }

    /// A number for ordering and spreads.
    var midpoint: Double? {
        switch self {
        case let .interval(a, b):
            if a.isFinite && b.isFinite { return (a + b) / 2 }
            return a.isFinite ? a : (b.isFinite ? b : nil)
        case let .days(s, e):
            let lo = s.lowerBound == ClaimValue.unbounded.lowerBound ? e.lowerBound : s.lowerBound
            let hi = e.upperBound == ClaimValue.unbounded.upperBound ? s.upperBound : e.upperBound
            return Double(lo) * 1000 + Double(hi - lo)
        case .words, .role:
            return nil
        }
    }
}
