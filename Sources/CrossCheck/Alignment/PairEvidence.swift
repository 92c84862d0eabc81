import Foundation

/// The evidence that two claims state the same fact, one comparison at a time, as in record
/// linkage (Fellegi–Sunter, splink): each comparison has levels (agree, disagree, missing), a
/// missing value weighs nothing, and the weights (`EvidenceWeights`) are added.
public struct PairEvidence: Sendable, Equatable {
    /// The comparisons, in the order of `EvidenceWeights.names`.
    public enum Feature: Int, CaseIterable, Sendable {
        /// Both measures are known concepts and equal ("fine" ≈ "penalty").
        case measureSame
        /// Both are known concepts and differ ("demand" vs "payment").
        case measureDiffer
        /// The fallback words (no concept known) are equal.
        case fallbackSame
        /// Both name a subject entity and it is the same.
        case subjectSame
        /// Both name a subject entity and they differ.
        case subjectDiffer
        /// One names a subject (a country, a place: "cases in Arizona") and the other none.
        case subjectOneSided
        /// Counts of the same specific noun class ("homes" and "houses").
        case nounSame
        /// Share of the rare content words near the figures (0…1, weighted by rarity).
        case localShare
        /// Share of the rare content words of the two sentences (0…1).
        case sentenceShare
        /// Share of the names in the two sentences (0…1).
        case nameShare
        /// Both state the same phase (initial, current, previous…).
        case phaseSame
        /// Both state the same period (annual, quarterly, total).
        case periodSame
        /// The claims hold on the same day (clause date, else publication date).
        case sameDay
        /// The claims hold more than a week apart.
        case farApart
        /// Both are credited to the same party.
        case attributionSame
        /// Both are credited, to different parties.
        case attributionDiffer
        /// Both come from one document.
        case sameDocument
        /// The same numbered event ("the seventh round").
        case eventSame
        /// The figures are written with the same significant digits at a scale a thousand (or a
        /// power of ten) apart: "$44 billion" and "$44 million", the signature of a slipped unit.
        case digitsSame
        /// The same measure and a high share of nearby words together (measure × near share):
        /// one governing word is common in a story, the two together are specific.
        case measureAndNear
        /// The same measure and the same subject together.
        case measureAndSubject
        /// Two dates whose clauses name the same place ("…in Solen on Sunday").
        case placeSame
        /// Both name the same person (given and family name), for a person's job or party.
        case samePerson
        /// Both state the same precise figure ("$44 billion" and "$44bn", "9.2%" and "9.2 per
        /// cent"): stronger corroboration than intervals that merely overlap.
        case sameFigure
        /// The values can both hold (used only to corroborate).
        case valueAgree
        /// Both are events of one family ("deal" and "buy", "burn" and "destroy"), for dates,
        /// times and places: neutral when the values agree, against a conflict as two different
        /// measures are.
        case measureRelated
    }

    public var values: [Double]

    public init() { values = Array(repeating: 0, count: Feature.allCases.count) }

    public subscript(_ f: Feature) -> Double {
        get { values[f.rawValue] }
        set { values[f.rawValue] = newValue }
    }

    /// The log-odds that the claims state one fact, leaving the values out: what a conflict must
    /// rest on.
    public var withoutValues: Double {
        EvidenceWeights.score(self, includeValue: false)
    }

    /// The log-odds with the values' agreement counted in: what a corroboration may rest on.
    public var withValues: Double {
        EvidenceWeights.score(self, includeValue: true)
    }
}

/// The rarity of words across the documents of a run, so that words every report shares (the
/// story's own names) count little and rare shared words count much.
struct WordRarity {
    private var weights: [String: Double] = [:]
    private let unseen: Double
    /// Words numbered in sorted order, so that weighted word lists compare as integer merges.
    private var ids: [String: Int] = [:]

    /// `documents`: for each document, the words of its claims' sentences.
    init(documents: [Set<String>]) {
        var df: [String: Int] = [:]
        for words in documents { for w in words { df[w, default: 0] += 1 } }
        let n = Double(max(documents.count, 1))
        for (w, d) in df { weights[w] = log(1 + n / Double(d)) }
        unseen = log(1 + n)
        for (k, w) in df.keys.sorted().enumerated() { ids[w] = k }
    }

    /// A word list as sorted word numbers with their weights, built once per claim.
    struct Vector {
        var ids: [Int] = []
        var weights: [Double] = []
        var total = 0.0
    }

    func vector(_ words: [String]) -> Vector {
        var pairs: [(Int, Double)] = []
        pairs.reserveCapacity(words.count)
        for w in words {
            // A word no document's sentences hold (a role's own word, a country key) gets a
            // number from its bytes, the same in every claim.
            let id = ids[w] ?? -1 - Int(truncatingIfNeeded: WordRarity.fnv(w) & 0x3fff_ffff_ffff)
            pairs.append((id, weight(w)))
        }
        pairs.sort { $0.0 < $1.0 }
        var v = Vector()
        v.ids = pairs.map(\.0)
        v.weights = pairs.map(\.1)
        v.total = v.weights.reduce(0, +)
        return v
    }

    static func fnv(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 { h ^= UInt64(b); h = h &* 0x100000001b3 }
        return h
    }

    /// Weighted Dice overlap of two vectors.
    static func share(_ a: Vector, _ b: Vector) -> Double {
        guard !a.ids.isEmpty, !b.ids.isEmpty else { return 0 }
        var i = 0, j = 0, shared = 0.0
        while i < a.ids.count, j < b.ids.count {
            let x = a.ids[i], y = b.ids[j]
            if x == y { shared += a.weights[i]; i += 1; j += 1 } else if x < y { i += 1 } else { j += 1 }
        }
        let total = a.total + b.total
        return total > 0 ? 2 * shared / total : 0
    }

    func weight(_ w: String) -> Double { weights[w] ?? unseen }

    /// Weighted Dice overlap of two sorted word lists: 2·Σ shared / (Σ a + Σ b).
    func share(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var i = 0, j = 0
        var shared = 0.0, ta = 0.0, tb = 0.0
        for w in a { ta += weight(w) }
        for w in b { tb += weight(w) }
        while i < a.count, j < b.count {
            if a[i] == b[j] { shared += weight(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        let total = ta + tb
        return total > 0 ? 2 * shared / total : 0
    }
}

extension PairEvidence {
    /// The weighted word lists of one claim, built once.
    struct Vectors {
        var near: WordRarity.Vector
        var sentence: WordRarity.Vector
        var names: WordRarity.Vector

        init(_ c: Claim, rarity: WordRarity) {
            near = rarity.vector(c.dimension == .holder || c.dimension == .role ? PairEvidence.roleWords(c) : c.context.local)
            sentence = rarity.vector(c.context.sentence)
            names = rarity.vector(c.context.names)
        }
    }

    /// Compares two claims of one block.
    static func compare(_ a: Claim, _ b: Claim, rarity: WordRarity) -> PairEvidence {
        compare(a, b, Vectors(a, rarity: rarity), Vectors(b, rarity: rarity))
    }

    static func compare(_ a: Claim, _ b: Claim, _ va: Vectors, _ vb: Vectors) -> PairEvidence {
        var e = PairEvidence()
        let ma = a.measure, mb = b.measure
        if !ma.isEmpty, !mb.isEmpty {
            // One measure named near the other figure counts as the same measure: "$44 billion
            // deal" and "bought Corvane in a $12 billion deal" may each take a different nearest cue.
            let crossed = a.context.local.contains(mb.concept) || b.context.local.contains(ma.concept)
            if ma.isKnown, mb.isKnown {
                if ma.concept == mb.concept || crossed { e[.measureSame] = 1 }
                else if a.dimension.isEventTime, EventFamilies.related(ma.concept, mb.concept) { e[.measureRelated] = 1 }
                else { e[.measureDiffer] = 1 }
            } else if ma.concept == mb.concept || crossed {
                e[.fallbackSame] = 1
            }
        }
        if let s = a.subject, let t = b.subject {
            if s == t { e[.subjectSame] = 1 } else if s != EntityLexicon.jointKey, t != EntityLexicon.jointKey { e[.subjectDiffer] = 1 }
        } else if (a.subject == nil) != (b.subject == nil) {
            e[.subjectOneSided] = 1
        }
        if case let .count(x) = a.dimension, case let .count(y) = b.dimension, x == y, !ConceptLexicon.genericCountClasses.contains(x) {
            e[.nounSame] = 1
        }
        // For people, the role's own words are the nearest context (see `Vectors`).
        e[.localShare] = WordRarity.share(va.near, vb.near)
        e[.sentenceShare] = WordRarity.share(va.sentence, vb.sentence)
        e[.nameShare] = WordRarity.share(va.names, vb.names)
        if a.phase != .unspecified, a.phase == b.phase { e[.phaseSame] = 1 }
        if a.period != .unspecified, a.period == b.period { e[.periodSame] = 1 }
        if let x = evidenceDay(a), let y = evidenceDay(b) {
            let gap = Swift.abs(x.dayNumber - y.dayNumber)
            if gap == 0 { e[.sameDay] = 1 } else if gap > 7 { e[.farApart] = 1 }
        }
        if let p = a.attribution, let q = b.attribution {
            if p.key == q.key { e[.attributionSame] = 1 } else { e[.attributionDiffer] = 1 }
        }
        if a.documentIndex == b.documentIndex { e[.sameDocument] = 1 }
        if let x = Comparability.ordinalEvent(a), x == Comparability.ordinalEvent(b) { e[.eventSame] = 1 }
        // The same named thing ("the Karsk bridge") is as sure an identity as a numbered round.
        if let x = a.event, x.contains(" "), !x.contains("#"), x == b.event, a.dimension == .place || a.dimension == .date { e[.eventSame] = 1 }
        e[.measureAndNear] = (e[.measureSame] + e[.fallbackSame]) * e[.localShare]
        e[.measureAndSubject] = (e[.measureSame] + e[.fallbackSame]) * e[.subjectSame]
        if let p = a.person, let q = b.person, !p.given.isEmpty, p.key == q.key { e[.samePerson] = 1 }
        if let p = a.place, p == b.place { e[.placeSame] = 1 }
        if let x = ClaimValue(a), let y = ClaimValue(b), x.compatible(with: y) {
            // Agreement with an open or wide value ("as much as $15 billion", "thousands")
            // says less than agreement of two tight ones.
            // So does agreement across currencies or units, which holds within a conversion's slack.
            e[.valueAgree] = isTight(x) && isTight(y) && !x.comparedAcrossUnits(with: y) ? 1 : isVacuous(x, y) ? 0 : 0.5
            if sameFigure(a, b) || sameDayOfOneEvent(a, b, measured: e[.measureSame] > 0) { e[.sameFigure] = 1 }
        } else if sameDigits(a, b) { e[.digitsSame] = 1 }
        return e
    }

    /// A value that says something: bounded and no wider than a quarter of itself (dates and
    /// names always).
    static func isTight(_ v: ClaimValue) -> Bool {
        switch v {
        case let .interval(lo, hi):
            guard lo.isFinite, hi.isFinite else { return false }
            return hi - lo <= 0.25 * max(Swift.abs(lo), Swift.abs(hi))
        case .range: return true
        default: return true
        }
    }

    /// "As much as $15 billion" and "$870 million" agree only in the sense that one does not
    /// rule the other out: an open side an order of magnitude away says nothing.
    static func isVacuous(_ x: ClaimValue, _ y: ClaimValue) -> Bool {
        guard case let .interval(a, b) = x, case let .interval(c, d) = y else { return false }
        func check(_ lo: Double, _ hi: Double, against m: Double?) -> Bool {
            guard let m, m.isFinite, m > 0 else { return false }
            if !lo.isFinite, hi.isFinite, hi > 0 { return m < hi / 10 }
            if lo.isFinite, !hi.isFinite, lo > 0 { return m > lo * 10 }
            return false
        }
        return check(a, b, against: y.midpoint) || check(c, d, against: x.midpoint)
    }

    /// Whether two claims state one precise figure: equal points, each within 2% of its width.
    static func sameFigure(_ a: Claim, _ b: Claim) -> Bool {
        guard let x = a.mention.value, let y = b.mention.value, let p = x.point, let q = y.point, p == q, p != 0,
              x.rangeEnds == nil, y.rangeEnds == nil else {
            if let r = a.mention.value?.rangeEnds, let s = b.mention.value?.rangeEnds { return r == s }
            return false
        }
        func precise(_ v: QuantityValue) -> Bool {
            guard let lo = v.low, let hi = v.high, let pt = v.point else { return false }
            return (hi - lo) <= 0.04 * Swift.abs(pt)
        }
        return precise(x) && precise(y)
    }

    /// The day a claim's time evidence compares: when it holds; for a date claim, its report's
    /// day, since its own value is when its event took place, compared as the value (comparing it
    /// here too would count it twice).
    static func evidenceDay(_ c: Claim) -> CalendarDate? {
        c.dimension == .date ? c.asOf : ClaimAligner.heldOn(c)
    }

    /// Two dates of one event (the same measure) that name the same single day: as precise an
    /// agreement as two equal exact figures. A month or a year agrees far more loosely.
    static func sameDayOfOneEvent(_ a: Claim, _ b: Claim, measured: Bool) -> Bool {
        guard measured, a.dimension == .date, b.dimension == .date,
              let x = a.mention.date?.interval, let y = b.mention.date?.interval else { return false }
        return x.lowerBound == x.upperBound && x == y
    }

    /// Whether two figures have the same significant digits at scales a power of ten apart.
    static func sameDigits(_ a: Claim, _ b: Claim) -> Bool {
        guard a.dimension.isNumeric, let x = a.mention.value?.point, let y = b.mention.value?.point,
              x.isFinite, y.isFinite, x > 0, y > 0, x != y else { return false }
        let ratio = max(x, y) / min(x, y)
        let power = log10(ratio)
        guard power >= 0.999, abs(power - power.rounded()) < 1e-6 else { return false }
        return true
    }

    static func roleWords(_ c: Claim) -> [String] {
        guard let r = c.role else { return c.context.local }
        return Array(Set(r.domain + [r.head])).sorted()
    }
}
