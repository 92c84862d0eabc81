/// A claim's value in a form that can be compared with another claim's.
public enum ClaimValue: Sendable {
    /// A numeric interval; infinite ends are open sides.
    case interval(Double, Double)
    /// A range as written ("$40 to $149"): the interval each end asserts.
    case range(low: ClosedRange<Double>, high: ClosedRange<Double>)
    /// Possible first and last days of an event, as day numbers.
    case days(start: ClosedRange<Int>, end: ClosedRange<Int>)
    /// A name: a place, lower-cased words.
    case words([String])
    /// A job.
    case role(RoleValue)
    /// A person, for who holds a job.
    case person(PersonName)
    /// A party code.
    case party(String)
    /// A figure with a currency or unit (`ClaimValue+Units`): `exact` compares figures written in
    /// the same unit; `common` (US dollars at the year's average, or SI base units) compares
    /// figures written in different ones, each widened by `width` of itself.
    indirect case unitful(exact: ClaimValue, unit: String, common: ClosedRange<Double>?, width: Double)
    /// A clock time (`ClaimValue+Units`): seconds after midnight, in UTC when `utc`, on a day
    /// (day number) when one is known; `twelveHour` when it may be twelve hours later.
    case clock(day: Int?, seconds: ClosedRange<Double>, utc: Bool, twelveHour: Bool)
    /// A weekday alone in an undated report (1 = Monday … 7 = Sunday): it agrees with any day
    /// that can fall on it.
    case weekday(Int)

    static let unbounded = Int.min / 4 ... Int.max / 4

    public init?(_ claim: Claim) {
        let m = claim.mention
        if let converted = ClaimValue.withUnit(claim) {
            self = converted
            return
        }
        switch claim.dimension {
        case .role:
            guard let r = claim.role else { return nil }
            self = .role(r)
            return
        case .holder:
            guard let p = claim.person else { return nil }
            self = .person(p)
            return
        case .party:
            guard let p = claim.party else { return nil }
            self = .party(p)
            return
        default:
            break
        }
        switch m.kind {
        case .money, .count, .number, .percent, .multiple, .quantity, .ordinal:
            guard let v = m.value else { return nil }
            if let ends = v.rangeEnds, let low = v.low, let high = v.high, low.isFinite, high.isFinite {
                // Each end keeps the rounding the recognizer gave it.
                let lowHalf = max(0, ends.low - low), highHalf = max(0, high - ends.high)
                self = .range(low: (ends.low - lowHalf)...(ends.low + lowHalf), high: (ends.high - highHalf)...(ends.high + highHalf))
                return
            }
            if v.low == nil, v.high == nil {
                guard let p = v.point, p.isFinite else { return nil }
                self = .interval(p, p)
            } else {
                self = .interval(v.low ?? -.infinity, v.high ?? .infinity)
            }
        case .duration:
            guard let d = m.duration else { return nil }
            self = .interval(d.lowDays ?? -.infinity, d.highDays ?? .infinity)
        case .date, .daterange:
            if let w = m.date?.weekday, m.date?.resolved == false {
                self = .weekday(w)
                return
            }
            guard let r = m.date?.interval else { return nil }
            let s = r.lowerBound.dayNumber, e = r.upperBound.dayNumber
            // Day-precise dates give the event's bounds; coarser ones (a month, "this week") only
            // say the event falls inside.
            // A span of a few days is precise ("Tuesday through Thursday"); a week or more is a
            // container ("next week", "in March").
            let precise = m.kind == .date ? s == e : e - s < 6 && !claim.dateIsContainer
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
        case .person, .organization:
            return nil
        }
    }

    /// Whether some day of `days` is the weekday `w`; an open or week-long span always holds one.
    static func canFall(on w: Int, _ days: ClosedRange<Int>) -> Bool {
        guard days.upperBound - days.lowerBound < 6 else { return true }
        return days.contains { CalendarDate(dayNumber: $0).weekday == w }
    }

    static func words(_ s: String) -> [String] {
        s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            .filter { !["the", "of", "a", "an", "for", "and", "in", "at", "s"].contains($0) }
    }

    public func compatible(with other: ClaimValue) -> Bool {
        switch (self, other) {
        case let (.interval(a, b), .interval(c, d)):
            return ClaimValue.overlap(a, b, c, d)
        case let (.range(l1, h1), .range(l2, h2)):
            return ClaimValue.overlap(l1.lowerBound, l1.upperBound, l2.lowerBound, l2.upperBound)
                && ClaimValue.overlap(h1.lowerBound, h1.upperBound, h2.lowerBound, h2.upperBound)
        case let (.range(l, h), .interval(a, b)), let (.interval(a, b), .range(l, h)):
            // A single figure agrees with a range that holds it.
            return ClaimValue.overlap(l.lowerBound, h.upperBound, a, b)
        case let (.days(s1, e1), .days(s2, e2)):
            return s1.overlaps(s2) && e1.overlaps(e2)
        case let (.weekday(a), .weekday(b)):
            return a == b
        case let (.weekday(w), .days(s, e)), let (.days(s, e), .weekday(w)):
            return ClaimValue.canFall(on: w, s) && ClaimValue.canFall(on: w, e)
        case let (.words(a), .words(b)):
            return ClaimValue.namesAgree(a, b)
        case let (.role(a), .role(b)) where ClaimValue.differentUnits(a, b):
            return false
        case let (.role(a), .role(b)):
            // Two jobs clearly differ only when they are different one-holder titles of one
            // organisation ("Corvane's chief executive" vs "Corvane's finance chief"); other
            // differences are two descriptions of one person.
            guard a.head != b.head, RoleLexicon.exclusiveHeads.contains(a.head), RoleLexicon.exclusiveHeads.contains(b.head) else { return true }
            return Set(a.domain).isDisjoint(with: b.domain)
        case let (.person(a), .person(b)):
            return ClaimValue.samePerson(a, b)
        case let (.party(a), .party(b)):
            return a == b
        case (.unitful, _), (_, .unitful), (.clock, .clock):
            return ClaimValue.unitsCompatible(self, other)
        default:
            return true
        }
    }

    /// One title ("president", "head") of two named units ("the industrial division", "the
    /// automotive division") is two jobs.
    static func differentUnits(_ a: RoleValue, _ b: RoleValue) -> Bool {
        let headsAgree = a.head == b.head || a.head == "head" || b.head == "head"
        return headsAgree && !a.units.isEmpty && !b.units.isEmpty && Set(a.units).isDisjoint(with: b.units)
    }

    /// Rounding intervals are half-open in truth ("4 billion" is [3.5B, 4.5B)), so two that only
    /// touch do not overlap; a point may sit on an end.
    static func overlap(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> Bool {
        if a == b || c == d { return max(a, c) <= min(b, d) }
        return max(a, c) < min(b, d)
    }

    /// One person: the same family name and a compatible given name (equal, an initial of it, or
    /// missing).
    static func samePerson(_ a: PersonName, _ b: PersonName) -> Bool {
        guard a.family == b.family else { return false }
        if a.given.isEmpty || b.given.isEmpty || a.given == b.given { return true }
        // "Bret" and "Brett": one given name with a letter doubled.
        if undoubled(a.given) == undoubled(b.given) { return true }
        let (x, y) = a.given.count <= b.given.count ? (a.given, b.given) : (b.given, a.given)
        return x.count == 1 && y.hasPrefix(x)
    }

    static func undoubled(_ s: String) -> String {
        var out = ""
        for ch in s where out.last != ch { out.append(ch) }
        return out
    }

    /// Two names that look like one name spelled two ways: one part equal and the other a small
    /// edit away, or both parts close. "Todd Johns" / "Tom Johns", "Amina Osei" / "Amina Osie".
    static func spelledDifferently(_ a: PersonName, _ b: PersonName) -> Bool {
        guard !samePerson(a, b) else { return false }
        let familyClose = EditDistance.isClose(a.family, b.family)
        let givenClose = a.given.isEmpty || b.given.isEmpty || EditDistance.isClose(a.given, b.given)
        return (a.family == b.family && givenClose) || (a.given == b.given && !a.given.isEmpty && familyClose)
    }

    /// Two place names agree when one's words contain the other's ("Washington" / "Washington D.C."),
    /// or when one is a prefix or abbreviation of the other ("Wash." / "Washington").
    static func namesAgree(_ a: [String], _ b: [String]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return true }
        let sa = Set(a), sb = Set(b)
        if sa.isSubset(of: sb) || sb.isSubset(of: sa) { return true }
        // Truncations and abbreviations: every word of the shorter name starts a word of the other.
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return short.allSatisfy { w in long.contains { $0.hasPrefix(w) || w.hasPrefix($0) } }
    }

    /// A number for ordering and spreads.
    public var midpoint: Double? {
        switch self {
        case let .interval(a, b):
            if a.isFinite && b.isFinite { return (a + b) / 2 }
            return a.isFinite ? a : (b.isFinite ? b : nil)
        case let .range(l, h):
            return (l.lowerBound + h.upperBound) / 2
        case let .days(s, e):
            let lo = s.lowerBound == ClaimValue.unbounded.lowerBound ? e.lowerBound : s.lowerBound
            let hi = e.upperBound == ClaimValue.unbounded.upperBound ? s.upperBound : e.upperBound
            return Double(lo) * 1000 + Double(hi - lo)
        case .words, .role, .person, .party, .weekday:
            return nil
        case let .unitful(exact, _, common, _):
            guard let c = common, c.lowerBound.isFinite || c.upperBound.isFinite else { return exact.midpoint }
            return ClaimValue.interval(c.lowerBound, c.upperBound).midpoint
        case let .clock(day, seconds, _, _):
            return Double(day ?? 0) * 86_400 + (seconds.lowerBound + seconds.upperBound) / 2
        }
    }

    /// The width of a numeric value (how precise it is); infinite for open or non-numeric values.
    var width: Double {
        switch self {
        case let .interval(a, b): return b - a
        case let .range(l, h): return h.upperBound - l.lowerBound
        case let .unitful(exact, _, _, _): return exact.width
        default: return .infinity
        }
    }
}

/// Groups of values that can all hold together, by a sweep in order of midpoint: each value joins
/// the first group whose every value it agrees with. Numeric intervals keep their group's common
/// part, so joining costs one comparison whatever the group's size (intervals on a line that
/// overlap pairwise share a common part).
public enum ValueGroups {
    public static func indices(_ indices: [Int], values: [ClaimValue?]) -> [[Int]] {
        let order = indices.sorted { (values[$0]?.midpoint ?? 0, $0) < (values[$1]?.midpoint ?? 0, $1) }
        var groups: [[Int]] = []
        var common: [ClaimValue?] = []
        for i in order {
            var placed = false
            for g in groups.indices {
                if let v = values[i], case let .interval(a, b)? = common[g], case let .interval(c, d) = v {
                    guard ClaimValue.interval(a, b).compatible(with: v) else { continue }
                    groups[g].append(i)
                    common[g] = .interval(max(a, c), min(b, d))
                    placed = true
                    break
                }
                if groups[g].allSatisfy({ j in
                    guard let x = values[i], let y = values[j] else { return true }
                    return x.compatible(with: y)
                }) {
                    groups[g].append(i)
                    placed = true
                    break
                }
            }
            if !placed {
                groups.append([i])
                if case .interval? = values[i] { common.append(values[i]) } else { common.append(nil) }
            }
        }
        return groups.map { $0.sorted() }
    }
}

/// Levenshtein distance on short strings, for names spelled two ways.
enum EditDistance {
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// Close enough to be one word misspelled: at most one edit in short words, two in longer ones;
    /// names of at most four letters differing in their first letter are different names.
    static func isClose(_ a: String, _ b: String) -> Bool {
        guard a != b else { return true }
        let n = max(a.count, b.count)
        guard n >= 3, abs(a.count - b.count) <= 2 else { return false }
        return distance(a, b) <= (n >= 7 ? 2 : 1) || (a.first == b.first && distance(a, b) <= 2 && n >= 4)
    }
}
