import Foundation

/// Groups documents into stories: by their `story` key (or folder) where they give one, otherwise
/// by the rare names and words they share within a time window, through an inverted index so
/// the work stays near-linear in the number of documents.
///
/// Automatic grouping, for the documents without a key:
/// 1. Each document's signature is its most telling terms: the names and content words it uses
///    most, weighted by how few documents use them (a term no other document uses links
///    nothing, and one that many use is common to many stories: both are left out).
/// 2. Postings list, per signature term, the documents in order of publication. Each document is
///    compared with its nearest neighbours in each list (so a term a thousand documents share
///    costs a thousand times the neighbourhood, not a million pairs), counting shared terms.
/// 3. Two documents are one story when they share several signature terms, names among them, and
///    a good part of the smaller signature; further apart in time than the window, they must
///    share more.
/// 4. A document left alone joins the story it shares the most names with (at least two).
/// 5. The stories found are compared again as wholes, by the terms most of their documents
///    share, and merged by the same rule: a story followed for months drifts in its words from
///    week to week, but its parts keep their names. Stories found whose most used name is the
///    same, within the window, are one story told from two angles.
/// 6. When the corpus holds one story of several documents, every document left alone joins it
///    (a folder that holds one story is read as one story), and when no two documents link at
///    all, the corpus is one story (nothing says it holds several).
public enum StoryGrouper {
    /// Terms in a signature.
    static let signatureSize = 16
    /// Neighbours compared on each side in a posting list.
    static let neighbours = 24
    /// A term more documents use than this is common to many stories ("River", "County", a
    /// frequent given name): it says nothing about which story a document tells. Every term of a
    /// small corpus counts (its documents may all tell one story); in an archive, the bar rises
    /// with its size.
    static func commonAbove(_ documents: Int) -> Int { max(64, documents / 50) }

    /// Days within which documents link on ordinary evidence.
    public static let window = 21

    public static func group(_ inputs: [StoryInput], mode: StoryMode) -> [Story] {
        guard !inputs.isEmpty else { return [] }
        if mode == .one { return finish([Array(inputs.indices)], inputs: inputs, keys: [nil]) }
        var byKey: [String: [Int]] = [:]
        var rest: [Int] = []
        for (i, input) in inputs.enumerated() {
            if let key = input.key, !key.isEmpty {
                byKey[key, default: []].append(i)
            } else if mode == .folders, let slash = input.path.firstIndex(of: "/") {
                byKey[String(input.path[..<slash]), default: []].append(i)
            } else {
                rest.append(i)
            }
        }
        var groups: [[Int]] = []
        var keys: [String?] = []
        for key in byKey.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            groups.append(byKey[key] ?? [])
            keys.append(key)
        }
        for g in automatic(rest, inputs: inputs) {
            groups.append(g)
            keys.append(nil)
        }
        return finish(groups, inputs: inputs, keys: keys)
    }

    /// Stories in order of their first day (undated last), then of their first path.
    static func finish(_ groups: [[Int]], inputs: [StoryInput], keys: [String?]) -> [Story] {
        func first(_ g: [Int]) -> Int? {
            g.min { a, b in
                let x = inputs[a].published?.dayNumber ?? Int.max, y = inputs[b].published?.dayNumber ?? Int.max
                return x != y ? x < y : inputs[a].path.utf8.lexicographicallyPrecedes(inputs[b].path.utf8)
            }
        }
        var stories: [(story: Story, day: Int, path: String)] = []
        for (g, key) in zip(groups, keys) where !g.isEmpty {
            let sorted = g.sorted()
            guard let f = first(sorted) else { continue }
            let id = key ?? Story.automaticID(firstPath: inputs[f].path)
            stories.append((Story(id: id, key: key, label: Story.label(documents: sorted, inputs: inputs), documents: sorted),
                            inputs[f].published?.dayNumber ?? Int.max, inputs[f].path))
        }
        stories.sort { a, b in a.day != b.day ? a.day < b.day : a.path.utf8.lexicographicallyPrecedes(b.path.utf8) }
        return stories.map(\.story)
    }

    /// Groups of the given documents (indices into `inputs`).
    static func automatic(_ members: [Int], inputs: [StoryInput]) -> [[Int]] {
        let n = members.count
        guard n > 1 else { return n == 1 ? [members] : [] }
        let signatures = Signatures(members.map { inputs[$0].terms }).terms
        let days = members.map { inputs[$0].published.map { $0.dayNumber...$0.dayNumber } }
        var sets = DisjointSets(n)
        let pass = link(signatures, days: days, into: &sets)
        // Documents left alone join the story they share the most names with.
        for d in 0..<n where !pass.linked[d] {
            if let other = pass.bestAlone[d] { sets.union(d, other) }
        }
        // The stories found, compared again as wholes: a story followed for months drifts in its
        // words from week to week, but its parts still share their most used names.
        var parts: [Int: [Int]] = [:]
        for d in 0..<n { parts[sets.find(d), default: []].append(d) }
        let roots = parts.keys.sorted()
        let partSignatures = roots.map { Signatures.merged(parts[$0] ?? [], signatures) }
        let partDays = roots.map { r -> ClosedRange<Int>? in
            let known = (parts[r] ?? []).compactMap { days[$0] }
            guard let lo = known.map(\.lowerBound).min(), let hi = known.map(\.upperBound).max() else { return nil }
            return lo...hi
        }
        var merged = DisjointSets(roots.count)
        _ = link(partSignatures, days: partDays, into: &merged)
        // Parts whose most used name is the same, within the window, tell one story from two
        // angles ("the mission's cost", "the landing").
        var byHead: [UInt64: [Int]] = [:]
        let terms = members.map { inputs[$0].terms }
        for (k, r) in roots.enumerated() {
            if let head = headName(parts[r] ?? [], signatures: signatures, inputs: terms) {
                byHead[head, default: []].append(k)
            }
        }
        for head in byHead.keys.sorted() {
            let list = (byHead[head] ?? []).sorted { (partDays[$0]?.lowerBound ?? Int.max, $0) < (partDays[$1]?.lowerBound ?? Int.max, $1) }
            for (a, b) in zip(list, list.dropFirst()) where daysApart(partDays[a], partDays[b]) <= window { merged.union(a, b) }
        }
        var groups: [Int: [Int]] = [:]
        for (k, r) in roots.enumerated() { groups[merged.find(k), default: []].append(contentsOf: (parts[r] ?? []).map { members[$0] }) }
        let several = groups.values.filter { $0.count > 1 }
        if several.count <= 1 {
            // One story found, or none: the corpus is one story.
            return [members]
        }
        return groups.keys.sorted().compactMap { groups[$0]?.sorted() }
    }

    /// Links units (documents, or stories found) that share enough signature terms, comparing
    /// each unit only with its neighbours in time in each term's posting list.
    /// - Returns: which units linked, and for each unit left alone the unit it shares the most
    ///   names with within the window (at least two).
    static func link(_ signatures: [[UInt64]], days: [ClosedRange<Int>?], into sets: inout DisjointSets)
        -> (linked: [Bool], bestAlone: [Int?]) {
        let n = signatures.count
        var linked = [Bool](repeating: false, count: n)
        // Postings in order of time (undated last), so neighbours are near in time.
        var postings: [UInt64: [Int]] = [:]
        for d in 0..<n { for t in signatures[d] { postings[t, default: []].append(d) } }
        for t in postings.keys {
            postings[t]?.sort { (days[$0]?.lowerBound ?? Int.max, $0) < (days[$1]?.lowerBound ?? Int.max, $1) }
        }
        // Each unit's place in each of its lists, for the neighbourhood.
        var position: [[Int]] = signatures.map { Array(repeating: 0, count: $0.count) }
        for (t, list) in postings {
            for (p, d) in list.enumerated() {
                if let k = signatures[d].firstIndex(of: t) { position[d][k] = p }
            }
        }
        var shared = [Int](repeating: 0, count: n)
        var sharedNames = [Int](repeating: 0, count: n)
        var touched: [Int] = []
        var bestAlone: [(other: Int, names: Int)?] = Array(repeating: nil, count: n)
        for d in 0..<n {
            touched.removeAll(keepingCapacity: true)
            for (k, t) in signatures[d].enumerated() {
                guard let list = postings[t] else { continue }
                let p = position[d][k]
                for q in max(0, p - neighbours)...min(list.count - 1, p + neighbours) where q != p {
                    let e = list[q]
                    if shared[e] == 0 { touched.append(e) }
                    shared[e] += 1
                    if StoryTerms.isName(t) { sharedNames[e] += 1 }
                }
            }
            for e in touched {
                let s = shared[e], names = sharedNames[e]
                shared[e] = 0
                sharedNames[e] = 0
                let smaller = min(signatures[d].count, signatures[e].count)
                let apart = daysApart(days[d], days[e])
                if s >= needed(smaller: smaller, apart: apart), names >= 2 {
                    sets.union(d, e)
                    linked[d] = true
                    linked[e] = true
                } else if names >= 2, apart <= window, names > (bestAlone[d]?.names ?? 0) {
                    bestAlone[d] = (e, names)
                }
            }
        }
        return (linked, bestAlone.map { $0?.other })
    }

    /// The name a group of documents uses most, among their signature terms.
    static func headName(_ members: [Int], signatures: [[UInt64]], inputs: [StoryTerms]) -> UInt64? {
        var uses: [UInt64: Int] = [:]
        for m in members {
            let terms = inputs[m]
            for t in signatures[m] where StoryTerms.isName(t) {
                guard let i = binarySearch(terms.terms, t) else { continue }
                uses[t, default: 0] += Int(terms.counts[i])
            }
        }
        return uses.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    static func binarySearch(_ sorted: [UInt64], _ x: UInt64) -> Int? {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo] == x ? lo : nil
    }

    /// Signature terms two units must share: a quarter of the smaller signature (at least
    /// three) within the window, a third (at least four) further apart.
    static func needed(smaller: Int, apart: Int) -> Int {
        apart > window ? max(4, (smaller + 2) / 3) : max(3, (smaller + 3) / 4)
    }

    /// Days between two spans of time (0 when they overlap or one is unknown).
    static func daysApart(_ a: ClosedRange<Int>?, _ b: ClosedRange<Int>?) -> Int {
        guard let a, let b else { return 0 }
        if a.overlaps(b) { return 0 }
        return a.upperBound < b.lowerBound ? b.lowerBound - a.upperBound : a.lowerBound - b.upperBound
    }

    /// For tuning: each pair of documents that share signature terms, how many (names), and
    /// how many days apart.
    public static func explain(_ inputs: [StoryInput]) -> [String] {
        let signatures = Signatures(inputs.map(\.terms))
        var out: [String] = []
        for d in inputs.indices {
            out.append("\(inputs[d].path) \(inputs[d].published?.description ?? "-") signature \(signatures.terms[d].count) names \(inputs[d].terms.names)")
        }
        for d in inputs.indices {
            for e in inputs.indices where e > d {
                let shared = Set(signatures.terms[d]).intersection(signatures.terms[e])
                let names = shared.filter(StoryTerms.isName).count
                var apart = -1
                if let x = inputs[d].published?.dayNumber, let y = inputs[e].published?.dayNumber { apart = Swift.abs(x - y) }
                out.append("  \(d)-\(e) shared \(shared.count) names \(names) apart \(apart)")
            }
        }
        return out
    }

    /// Each document's signature terms, sorted.
    struct Signatures {
        var terms: [[UInt64]]

        init(_ all: [StoryTerms]) {
            var df: [UInt64: Int] = [:]
            for t in all { for term in t.terms { df[term, default: 0] += 1 } }
            let n = Double(all.count)
            let cap = StoryGrouper.commonAbove(all.count)
            terms = all.map { t in
                var scored: [(UInt64, Double)] = []
                for (term, count) in zip(t.terms, t.counts) {
                    let f = df[term] ?? 0
                    guard f >= 2, f <= cap else { continue }
                    var weight = Double(count).squareRoot() * log(1 + n / Double(f))
                    if StoryTerms.isName(term) { weight *= 2 }
                    scored.append((term, weight))
                }
                return scored.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(StoryGrouper.signatureSize).map(\.0).sorted()
            }
        }

        /// A group's signature: the terms most of its members' signatures hold.
        static func merged(_ members: [Int], _ signatures: [[UInt64]]) -> [UInt64] {
            guard members.count > 1 else { return members.first.map { signatures[$0] } ?? [] }
            var uses: [UInt64: Int] = [:]
            for m in members { for t in signatures[m] { uses[t, default: 0] += 1 } }
            return uses.filter { $0.value >= 2 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .prefix(StoryGrouper.signatureSize).map(\.key).sorted()
        }
    }
}

/// Union-find with path halving and union by size.
struct DisjointSets {
    var parent: [Int]
    var size: [Int]

    init(_ n: Int) {
        parent = Array(0..<n)
        size = Array(repeating: 1, count: n)
    }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        var x = find(a), y = find(b)
        guard x != y else { return }
        if size[x] < size[y] || (size[x] == size[y] && y < x) { swap(&x, &y) }
        parent[y] = x
        size[x] += size[y]
    }
}
