import Foundation

/// Groups claims that state the same fact, by scored evidence as record-linkage tools do. Claims
/// are blocked by what can be compared (`Comparability`), candidate pairs inside a block are
/// scored (`PairEvidence`), and facts are built from the pairs deterministically:
///
/// 1. Agreeing values first: pairs whose values can both hold join when their evidence, values
///    included, passes `alignThreshold`, average-linked so that one strong pair does not chain
///    two facts together.
/// 2. Then disagreeing values: two groups join as one fact in conflict only when the evidence
///    *without the values* passes the higher `conflictThreshold`.
///
/// Cannot-link: one document never states two values of one fact at one time unless it credits
/// them to different parties, so two groups that such a document splits stay two facts.
public struct ClaimAligner: Sendable {
    /// Blocks larger than this are paired through shared signature words, not all pairs.
    public var exhaustiveLimit = 400
    /// Log-odds (values counted in) above which claims whose values agree are one fact.
    public var corroborateThreshold = EvidenceWeights.alignThreshold
    /// Log-odds (values left out) above which claims whose values clash are one fact in conflict.
    public var conflictThreshold = EvidenceWeights.conflictThreshold
    /// How much of the clashing pairs between two groups must pass on average for them to join:
    /// 0.5 is average linkage; lower lets one strong pair join groups that hold a noisy member.
    public var conflictLinkage = EvidenceWeights.conflictLinkage

    public init() {}

    /// When a claim holds: the date its clause gives, else its report's publication date.
    public static func heldOn(_ claim: Claim) -> CalendarDate? {
        claim.eventTime?.interval?.upperBound ?? claim.asOf
    }

    public func align(_ claims: [Claim]) -> [Fact] {
        let rarity = WordRarity(documents: ClaimAligner.documentWords(claims))
        var blocks: [String: [Claim]] = [:]
        for c in claims { blocks[Comparability.block(c), default: []].append(c) }
        var facts: [Fact] = []
        for key in blocks.keys.sorted() {
            let members = (blocks[key] ?? []).sorted { ($0.documentIndex, $0.mention.range.start, $0.id) < ($1.documentIndex, $1.mention.range.start, $1.id) }
            for cluster in clusters(members, rarity: rarity) {
                var fact = FactBuilder.fact(cluster.claims.map { members[$0] }, rarity: rarity)
                fact.strongClashes = cluster.strongClashes
                fact.clashScores = cluster.clashScores
                facts.append(fact)
            }
        }
        return facts.sorted { a, b in
            let x = a.claims[0], y = b.claims[0]
            return (x.documentIndex, x.mention.range.start, x.id) < (y.documentIndex, y.mention.range.start, y.id)
        }
    }

    /// A candidate pair with its evidence, for explaining alignment and fitting the weights.
    public struct ScoredPair: Sendable {
        public var a: Claim
        public var b: Claim
        public var block: String
        public var evidence: PairEvidence
    }

    /// Every candidate pair the aligner scores, block by block, in a stable order.
    public func scoredPairs(_ claims: [Claim]) -> [ScoredPair] {
        let rarity = WordRarity(documents: ClaimAligner.documentWords(claims))
        var blocks: [String: [Claim]] = [:]
        for c in claims { blocks[Comparability.block(c), default: []].append(c) }
        var out: [ScoredPair] = []
        for key in blocks.keys.sorted() {
            let members = (blocks[key] ?? []).sorted { ($0.documentIndex, $0.mention.range.start, $0.id) < ($1.documentIndex, $1.mention.range.start, $1.id) }
            for (i, j) in candidatePairs(members, rarity: rarity) where Comparability.canScore(members[i], members[j]) {
                out.append(ScoredPair(a: members[i], b: members[j], block: key,
                                      evidence: PairEvidence.compare(members[i], members[j], rarity: rarity)))
            }
        }
        return out
    }

    static func documentWords(_ claims: [Claim]) -> [Set<String>] {
        var byDocument: [Int: Set<String>] = [:]
        for c in claims { byDocument[c.documentIndex, default: []].formUnion(c.context.sentence) }
        return byDocument.keys.sorted().compactMap { byDocument[$0] }
    }

    struct Link {
        var i: Int
        var j: Int
        var withValues: Double
        var withoutValues: Double
        var agree: Bool
    }

    struct Cluster {
        var claims: [Int]
        /// Claim-ID pairs whose values clash and whose own evidence, values left out, passes the
        /// conflict threshold: the clashes a conflict may rest on.
        var strongClashes: Set<ClaimPair>
        var clashScores: [ClaimPair: Double] = [:]
    }

    /// Clusters of member indices.
    func clusters(_ members: [Claim], rarity: WordRarity) -> [Cluster] {
        let n = members.count
        let values = members.map { ClaimValue($0) }
        // Each claim's change gap and time, looked up once.
        let gaps = members.map { Comparability.changeGap($0) }
        let days = members.map { ClaimAligner.heldOn($0)?.dayNumber }
        let docs = members.map(\.documentIndex)
        let personAttribute = members.map { Comparability.isPersonAttribute($0.dimension) }
        var links: [Link] = []
        var scored: [Int: Link] = [:]
        let vectors = members.map { PairEvidence.Vectors($0, rarity: rarity) }
        for (i, j) in candidatePairs(members, rarity: rarity) where Comparability.canScore(members[i], members[j]) {
            let e = PairEvidence.compare(members[i], members[j], vectors[i], vectors[j])
            let agree = e[.valueAgree] > 0
            let link = Link(i: i, j: j, withValues: e.withValues, withoutValues: e.withoutValues, agree: agree)
            links.append(link)
            scored[i * n + j] = link
        }
        func link(_ a: Int, _ b: Int) -> Link? { a < b ? scored[a * n + b] : scored[b * n + a] }
        func clash(_ a: Int, _ b: Int) -> Bool {
            guard let x = values[a], let y = values[b] else { return false }
            return !x.compatible(with: y)
        }
        // One document stating two values of one fact at one time: a cannot-link. (Even when it
        // credits them to different parties: two figures in one report are far more often two
        // facts, a total and a part, than a dispute the report relays.)
        func cannotLink(_ a: Int, _ b: Int) -> Bool {
            guard !personAttribute[a], docs[a] == docs[b], clash(a, b) else { return false }
            guard let gap = gaps[a] ?? gaps[b] else { return true }
            guard let p = days[a], let q = days[b] else { return true }
            return Swift.abs(p - q) < gap
        }

        // Every pair of a fact must be comparable at all, not just the pair that joined it.
        func linkable(_ a: Int, _ b: Int) -> Bool {
            link(a, b) != nil || Comparability.canLink(members[a], members[b])
        }

        var cluster = Array(0..<n)
        var items = (0..<n).map { [$0] }
        func merge(_ a: Int, _ b: Int) {
            let (keep, drop) = a < b ? (a, b) : (b, a)
            for m in items[drop] { cluster[m] = keep }
            items[keep].append(contentsOf: items[drop])
            items[drop] = []
        }
        func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
        // Two large groups are compared on evenly spaced members (at most 32 a side), so that a
        // merge costs a bounded number of comparisons however large a block grows.
        func sample(_ group: [Int]) -> [Int] {
            guard group.count > ClaimAligner.mergeSample else { return group }
            let step = Double(group.count) / Double(ClaimAligner.mergeSample)
            return (0..<ClaimAligner.mergeSample).map { group[Int(Double($0) * step)] }
        }

        // 1. Agreeing values.
        let agreeing = links.filter { $0.agree && $0.withValues >= corroborateThreshold }
            .sorted { ($0.withValues, $1.i, $1.j) > ($1.withValues, $0.i, $0.j) }
        for l in agreeing {
            let x = cluster[l.i], y = cluster[l.j]
            guard x != y else { continue }
            var total = 0.0, count = 0.0, ok = true
            outer: for a in sample(items[x]) {
                for b in sample(items[y]) {
                    if clash(a, b) || cannotLink(a, b) || !linkable(a, b) { ok = false; break outer }
                    total += link(a, b).map { sigmoid($0.withValues - corroborateThreshold) } ?? 0
                    count += 1
                }
            }
            if ok, count > 0, total / count >= 0.5 { merge(x, y) }
        }
        // 2. Disagreeing values, on evidence other than the values: the pairs that clash must
        // on average pass as one fact on that evidence alone (values that agree need no more).
        // A moving figure's values far enough apart in time are one fact moving, not a
        // disagreement: they need only the evidence an agreement needs.
        func required(_ a: Int, _ b: Int) -> Double {
            if let gap = gaps[a] ?? gaps[b], let p = days[a], let q = days[b], Swift.abs(p - q) >= gap { return corroborateThreshold }
            return conflictThreshold
        }
        let clashing = links.compactMap { l -> (Link, Double)? in
            guard !l.agree else { return nil }
            let margin = l.withoutValues - required(l.i, l.j)
            return margin >= 0 ? (l, margin) : nil
        }.sorted { ($0.1, $1.0.i, $1.0.j) > ($1.1, $0.0.i, $0.0.j) }.map(\.0)
        for l in clashing {
            let x = cluster[l.i], y = cluster[l.j]
            guard x != y else { continue }
            var total = 0.0, count = 0.0, ok = true
            outer: for a in sample(items[x]) {
                for b in sample(items[y]) {
                    if !linkable(a, b) { ok = false; break outer }
                    guard clash(a, b) else { continue }
                    if cannotLink(a, b) { ok = false; break outer }
                    total += link(a, b).map { sigmoid($0.withoutValues - required(a, b)) } ?? 0
                    count += 1
                }
            }
            if ok, count > 0, total / count >= conflictLinkage { merge(x, y) }
        }
        // Strong clashes are among the scored links (a pair never scored has no evidence to rest a
        // conflict on), so one pass over the links finds them all.
        var strongByCluster: [Int: Set<ClaimPair>] = [:]
        var scoresByCluster: [Int: [ClaimPair: Double]] = [:]
        for l in links where !l.agree && cluster[l.i] == cluster[l.j] && clash(l.i, l.j) {
            let pair = ClaimPair(members[l.i].id, members[l.j].id)
            scoresByCluster[cluster[l.i], default: [:]][pair] = l.withoutValues - conflictThreshold
            if l.withoutValues >= conflictThreshold { strongByCluster[cluster[l.i], default: []].insert(pair) }
        }
        var result: [Cluster] = []
        for (c, group) in items.enumerated() where !group.isEmpty {
            let sorted = group.sorted()
            let strong = strongByCluster[c] ?? []
            // Values that clash with no pair strong enough to rest a conflict on: groups of
            // agreeing values, each its own fact (a moving figure stays one series).
            if strong.isEmpty, !sorted.contains(where: { gaps[$0] != nil }), ValueGroups.indices(sorted, values: values).count > 1 {
                for g in ValueGroups.indices(sorted, values: values) { result.append(Cluster(claims: g, strongClashes: [])) }
            } else {
                result.append(Cluster(claims: sorted, strongClashes: strong, clashScores: scoresByCluster[c] ?? [:]))
            }
        }
        return result
    }

    /// Candidate pairs: all pairs of a small block; in a large one, pairs that share a signature
    /// (measure concept, value, or one of their rarest nearby words), skipping signatures so
    /// common that they say nothing.
    func candidatePairs(_ members: [Claim], rarity: WordRarity) -> [(Int, Int)] {
        let n = members.count
        if n <= exhaustiveLimit {
            var out: [(Int, Int)] = []
            out.reserveCapacity(n * (n - 1) / 2)
            for i in 0..<n { for j in (i + 1)..<max(i + 1, n) { out.append((i, j)) } }
            return out
        }
        // Signatures specific enough to pair on: the measure with the value, and the measure with
        // each of the claim's nearby words.
        var postings: [String: [Int]] = [:]
        for (i, c) in members.enumerated() {
            let m = c.measure.concept
            var keys = ["v:\(m)|" + FactIdentity.canonicalValue(c)]
            let rarest = c.context.local.sorted { (rarity.weight($0), $1) > (rarity.weight($1), $0) }.prefix(4)
            keys += rarest.map { "w:\(m)|" + $0 }
            for k in keys { postings[k, default: []].append(i) }
        }
        var pairs = Set<Int>()
        for k in postings.keys.sorted() {
            guard let list = postings[k] else { continue }
            guard list.count <= ClaimAligner.postingLimit else { continue }
            for x in 0..<list.count { for y in (x + 1)..<max(x + 1, list.count) { pairs.insert(list[x] * n + list[y]) } }
        }
        return pairs.sorted().map { ($0 / n, $0 % n) }
    }

    /// Days between the days two claims hold on, when both are known.
    static func daysApart(_ a: Claim, _ b: Claim) -> Int? {
        guard let x = heldOn(a), let y = heldOn(b) else { return nil }
        return Swift.abs(x.dayNumber - y.dayNumber)
    }

    /// Members a side compared when two groups may merge.
    static let mergeSample = 32

    /// A signature shared by more claims than this says nothing about which are one fact.
    static let postingLimit = 32

    /// Whether two claims speak for the same side: one document, credited to the same party.
    static func sameSide(_ a: Claim, _ b: Claim) -> Bool {
        a.documentIndex == b.documentIndex && a.attribution?.key == b.attribution?.key
    }
}
