/// The one place that decides what can be compared with what. Claims in different blocks are
/// never one fact; within a block, `canLink` rules out pairs whose qualifiers say they are
/// different facts whatever else they share.
public enum Comparability {
    /// The block of a claim: its dimension, except that counts of all nouns share one block (the
    /// counted noun is evidence, since "2.1 million units" may be the cradles), and person
    /// attributes are blocked by the person.
    public static func block(_ c: Claim) -> String {
        switch c.dimension {
        case .count, .number: return "count"
        // A person's attributes are blocked by the first letters of the family name, so that one
        // name spelled two ways ("Carhart", "Carhard") is compared at all; `canLink` decides.
        case .role: return "role|" + String((c.person?.family ?? "").prefix(3))
        case .party: return "party|" + String((c.person?.family ?? "").prefix(3))
        // Money in any currency the exchange-rate table knows shares one block: one fee may be
        // given in pounds and in euros.
        case let .money(code) where ExchangeRates.knows(code): return "money"
        default: return c.dimension.description
        }
    }

    /// Whether two claims of one block may be scored as one fact: those that `canLink`, and two
    /// that state the same precise figure (or a length of time written alike) whose phases the
    /// wording reads differently (a mission's "initial" and its "previous" budget of Rs 615 crore;
    /// an offer "current" in one report and "previous" in a later one): the phase read from the
    /// words around a figure is the weakest of the walls, and an equal figure may only corroborate,
    /// never bring a conflict (a pair that clashes across phases is never scored).
    static func canScore(_ a: Claim, _ b: Claim) -> Bool {
        canLink(a, b) || (phasesDiffer(a, b) && (PairEvidence.sameFigure(a, b) || sameStatedDuration(a, b))
                          && canLink(a, b, ignoringPhase: true))
    }

    /// Two lengths of time written alike ("eight weeks", "an eight-week strike"): exact and equal.
    static func sameStatedDuration(_ a: Claim, _ b: Claim) -> Bool {
        guard let x = a.mention.duration, let y = b.mention.duration, let iso = x.iso, iso == y.iso,
              let lo = x.lowDays, lo == x.highDays, lo == y.lowDays, lo == y.highDays else { return false }
        return true
    }

    static func phasesDiffer(_ a: Claim, _ b: Claim) -> Bool {
        a.phase != .unspecified && b.phase != .unspecified && a.phase != b.phase && !earlierValueOfARunningFigure(a, b)
    }

    /// Whether two claims of one block may state one fact at all.
    public static func canLink(_ a: Claim, _ b: Claim) -> Bool { canLink(a, b, ignoringPhase: false) }

    static func canLink(_ a: Claim, _ b: Claim, ignoringPhase: Bool) -> Bool {
        guard block(a) == block(b) else { return false }
        if !ignoringPhase, phasesDiffer(a, b) { return false }
        if a.period != .unspecified, b.period != .unspecified, a.period != b.period { return false }
        guard a.measure.isCompatible(with: b.measure) else { return false }
        // A change of revenue and a change of the share price are two facts, however close.
        if a.measure.change != nil, b.measure.change != nil, a.measure.isKnown || b.measure.isKnown,
           !a.measure.isEmpty, !b.measure.isEmpty, a.measure.concept != b.measure.concept { return false }
        // Figures of two different named things ("Nightfall" and "Seaglass", South Korea and
        // the United States) are two facts, even when their values agree.
        if let s = a.subject, let t = b.subject, s != t, s != EntityLexicon.jointKey, t != EntityLexicon.jointKey { return false }
        // Counts from different starting points ("since 2015", "since 2009") are different tallies.
        if let x = a.since, let y = b.since, x != y { return false }
        switch a.dimension {
        case .count, .number:
            guard countsCompatible(a, b) else { return false }
        case .role, .party:
            // One person: the given names must agree, or one name is spelled two ways (the
            // holder fact reports the spelling).
            guard let p = a.person, let q = b.person, ClaimValue.samePerson(p, q) || ClaimValue.spelledDifferently(p, q) else { return false }
        case .holder:
            guard let r = a.role, let s = b.role, r.head == s.head else { return false }
            if !r.domain.isEmpty, !s.domain.isEmpty, Set(r.domain).isDisjoint(with: s.domain) { return false }
            // "Finance minister" and "defence minister" of one country are two jobs: the words
            // that are not the country must agree too.
            let p = r.domain.filter { !isEntityKey($0) }, q = s.domain.filter { !isEntityKey($0) }
            if !p.isEmpty, !q.isEmpty, Set(p).isDisjoint(with: q) { return false }
            // A title many organisations have names one job only when both say whose.
            if RoleLexicon.broadHeads.contains(r.head), r.domain.isEmpty || s.domain.isEmpty { return false }
        case .date, .place:
            // Numbered events ("the sixth round", "the seventh round") are different events, and a
            // past or coming one is not the numbered one a report is about.
            if let x = ordinalEvent(a), let y = ordinalEvent(b), x != y { return false }
            if (ordinalEvent(a) != nil && (b.phase == .previous || b.phase == .next))
                || (ordinalEvent(b) != nil && (a.phase == .previous || a.phase == .next)) { return false }
            // "Said Wednesday" dates a statement, never the event the statement is about.
            if a.dimension == .date, (a.measure.concept == "statement") != (b.measure.concept == "statement") { return false }
            // A date without a reference date compares only with another without one, except a
            // weekday alone, which a date can contradict ("Tuesday" against a Wednesday).
            if a.dimension == .date, (a.mention.date?.resolved ?? false) != (b.mention.date?.resolved ?? false),
               a.mention.date?.weekday == nil, b.mention.date?.weekday == nil { return false }
        case .measure:
            // "4.5 m high" and "10 m long", "500 tonnes of rice" and of wheat: different facts
            let x = a.mention.measurement, y = b.mention.measurement
            if let p = x?.aspect, let q = y?.aspect, p != q { return false }
            if let p = x?.product, let q = y?.product, p != q { return false }
        case .time:
            // A time whose zone is unknown cannot be set against one in UTC, unless it reads the
            // same on the clock as the zoned one's local time ("6.04 pm", "18:04 IST"): then it
            // may corroborate, and cannot clash (values in different frames always agree).
            // Times of different days are different events, or a disagreement the dates state; a
            // time whose report names no day ("lifted off at 2.35pm") may be the time of a dated
            // one: the evidence decides.
            if (a.mention.measurement?.utcOffsetMinutes == nil) != (b.mention.measurement?.utcOffsetMinutes == nil),
               !sameLocalClock(a, b) { return false }
            if let x = ClaimValue.clockDay(a), let y = ClaimValue.clockDay(b), x != y { return false }
        default:
            break
        }
        return true
    }

    /// Whether two clock times read the same on a local clock, zone left aside: their written
    /// ranges overlap.
    static func sameLocalClock(_ a: Claim, _ b: Claim) -> Bool {
        guard let x = a.mention.value, let y = b.mention.value, let xl = x.low, let xh = x.high, let yl = y.low, let yh = y.high else { return false }
        return xl <= yh && yl <= xh
    }

    /// "Containment reached 48%, up from 41% on Sunday evening": a running figure's earlier value
    /// that the text dates is the same figure on an earlier day, a point of its series.
    static func earlierValueOfARunningFigure(_ a: Claim, _ b: Claim) -> Bool {
        let (earlier, other) = a.phase == .previous ? (a, b) : (b, a)
        return earlier.phase == .previous && earlier.eventTime != nil && other.phase == .current
            && changeGap(a) == 1 && changeGap(b) == 1
    }

    /// Counts of different things never state one fact: "1,200 homes" and "1,200 vehicles". A
    /// generic noun ("units", "people") may stand for a specific one.
    static func countsCompatible(_ a: Claim, _ b: Claim) -> Bool {
        guard case let .count(x) = a.dimension, case let .count(y) = b.dimension else { return a.dimension == b.dimension }
        if x == y { return true }
        if ConceptLexicon.genericCountClasses.contains(x) || ConceptLexicon.genericCountClasses.contains(y) { return true }
        // "900 people" or "12,000 members" may be the firefighters or the workers, and "35 people
        // have become ill" may be the 35 cases another report counts (a harm word the claim did
        // not read): the evidence decides, the counted noun alone does not keep them apart.
        let people = ClaimBuilder.peopleClasses
        return (ConceptLexicon.genericPersonClasses.contains(x) && people.contains(y))
            || (ConceptLexicon.genericPersonClasses.contains(y) && people.contains(x))
    }

    /// Whether a role word is a canonical entity key (lower-cased "kr", "us").
    static func isEntityKey(_ w: String) -> Bool {
        EntityLexicon.countries[w.uppercased()] != nil || EntityLexicon.institutions[w.uppercased()] != nil
    }

    static func ordinalEvent(_ c: Claim) -> String? {
        guard let e = c.event, e.contains("#") else { return nil }
        return e
    }

    /// Whether a fact of this claim moves with time (a toll, a tally of cases, homes destroyed so
    /// far, containment): values of different days differ without contradicting each other.
    public static func isTimeVarying(_ c: Claim) -> Bool { changeGap(c) != nil }

    /// How many days apart two values of a moving figure must hold to be a change rather than a
    /// disagreement: a day for running tallies (a toll, cases, containment); a week for positions
    /// in a negotiation (an offer, a demand, the terms of a proposal), which move from one round to
    /// the next but not within days. Nil for figures that do not move.
    public static func changeGap(_ c: Claim) -> Int? {
        // The date of an event does not move with the days that report it ("the fire that began
        // on July 9"): a postponed one is a plan superseded, decided apart.
        if c.dimension == .date { return nil }
        // A fire that grows, a toll that rises: its place among the largest moves with it.
        if c.dimension == .rank { return 1 }
        if MeasureLexicon.timeVarying.contains(c.measure.concept) { return 1 }
        if case let .count(noun) = c.dimension, MeasureLexicon.timeVarying.contains(noun) { return 1 }
        guard c.dimension.isNumeric else { return nil }
        if MeasureLexicon.positions.contains(c.measure.concept) { return 7 }
        // A change ("shares rose 12%", "four new states") is an event of its day, unless it is a
        // period's result ("second-quarter revenue up 12% from a year earlier").
        if c.measure.change != nil, c.kind != .multiple, c.period == .unspecified,
           !MeasureLexicon.periodResults.contains(c.measure.concept) { return 1 }
        if c.isTally { return 1 }
        if c.context.local.contains(where: { MeasureLexicon.proposalWords.contains($0) }) { return 7 }
        return nil
    }

    /// Whether it only grows: a later, lower figure needs checking.
    public static func isCumulative(_ c: Claim) -> Bool {
        if MeasureLexicon.cumulative.contains(c.measure.concept) { return true }
        if case let .count(noun) = c.dimension, MeasureLexicon.cumulative.contains(noun) { return true }
        return false
    }

    /// Dimensions whose facts are attributes of a person: a document that gives one person two
    /// parties contradicts itself, so no cannot-link keeps them apart.
    static func isPersonAttribute(_ d: Dimension) -> Bool {
        d == .role || d == .party || d == .holder
    }
}
