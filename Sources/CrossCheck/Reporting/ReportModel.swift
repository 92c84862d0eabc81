/// What the reports people read (Markdown, HTML) show of a finding, decided once so both say the
/// same: which claims get a row, in what order, which agreeing claims collapse into one line, and
/// how each source scores against the best value of its own day.
struct ClaimRow {
    /// The claim the row quotes.
    var claim: Claim
    /// Claims with the same value (and day, for a moving figure) the row stands for.
    var others: [Claim]
    /// In the best-supported value group (for a moving figure: the value of its own day).
    var agrees: Bool
    var all: [Claim] { [claim] + others }
}

enum ReportModel {
    /// A corpus with more documents than this has its single-source claims counted, not listed:
    /// at that size they are hundreds of lines no one reads, and the JSON and HTML reports keep them.
    static let listSingleSourceUpTo = 20
    /// Rows a table shows before it says how many it left out.
    static let tableRows = 15

    /// The rows of a conflict or change, disagreeing claims first.
    ///
    /// - Conflict: each claim outside the best-supported group gets a row (those a disagreement
    ///   rests on first), then one row for the best-supported group, quoting its most precise claim.
    /// - Change: one row per value and day, in order of time, so a growing count reads 14 → 22 → 29.
    /// - A draft's claims come first in both.
    static func rows(_ f: AssessedFact, _ result: CheckResult, draftIndex: Int?) -> [ClaimRow] {
        let a = f.assessment
        let best = Set(a.bestClaimIDs)
        let groupOf = groupIndex(a)
        let isDraft: (Claim) -> Bool = { draftIndex != nil && $0.documentIndex == draftIndex }
        if a.verdict == .changed {
            var buckets: [String: [Claim]] = [:]
            var order: [String] = []
            for c in f.fact.claims {
                let day = ClaimAligner.heldOn(c)?.dayNumber
                let key = "\(groupOf[c.id] ?? -1)|\(day.map(String.init) ?? "-")|\(c.modality == .planned)"
                if buckets[key] == nil { order.append(key) }
                buckets[key, default: []].append(c)
            }
            let agreeing = ownDayAgreement(f, result)
            var rows = order.compactMap { key -> ClaimRow? in
                guard let claims = buckets[key], let first = claims.first else { return nil }
                let rep = claims.first { $0.id == a.bestClaimID } ?? claims.first(where: isDraft) ?? first
                return ClaimRow(claim: rep, others: claims.filter { $0.id != rep.id }, agrees: agreeing.contains(rep.id))
            }
            rows.sort { x, y in
                if isDraft(x.claim) != isDraft(y.claim) { return isDraft(x.claim) }
                let tx = ClaimAligner.heldOn(x.claim)?.dayNumber ?? Int.min, ty = ClaimAligner.heldOn(y.claim)?.dayNumber ?? Int.min
                return (tx, x.claim.documentIndex) < (ty, y.claim.documentIndex)
            }
            return rows
        }
        let disagreeing = Set(a.disagreements.flatMap { [$0.first, $0.second] })
        var outside = f.fact.claims.filter { !best.contains($0.id) }
        outside.sort { x, y in
            if isDraft(x) != isDraft(y) { return isDraft(x) }
            let dx = disagreeing.contains(x.id), dy = disagreeing.contains(y.id)
            if dx != dy { return dx }
            return false
        }
        var rows = outside.map { ClaimRow(claim: $0, others: [], agrees: false) }
        let group = f.fact.claims.filter { best.contains($0.id) }
        if let rep = group.first(where: isDraft) ?? group.first(where: { $0.id == a.bestClaimID }) ?? group.first {
            rows.append(ClaimRow(claim: rep, others: group.filter { $0.id != rep.id }, agrees: true))
        }
        return rows
    }

    static func groupIndex(_ a: Assessment) -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, g) in a.groups.enumerated() { for id in g { out[id] = i } }
        return out
    }

    /// Claims that agree with the value of their own day. For a figure that moves with time, a
    /// report of Tuesday is scored against what most sources said on Tuesday, not against Friday's
    /// latest figure; for any other fact, against the best-supported value.
    static func ownDayAgreement(_ f: AssessedFact, _ result: CheckResult) -> Set<String> {
        let a = f.assessment
        let best = Set(a.bestClaimIDs)
        guard f.fact.isTimeVarying, a.verdict == .changed || a.verdict == .conflict else { return best }
        let groupOf = groupIndex(a)
        let gap = max(1, f.fact.changeGap)
        var agreeing = Set<String>()
        for c in f.fact.claims {
            guard let day = ClaimAligner.heldOn(c)?.dayNumber, let g = groupOf[c.id] else {
                if best.contains(c.id) { agreeing.insert(c.id) }
                continue
            }
            // Independent outlets behind each value among the claims of that day.
            var outlets: [Int: Set<String>] = [:]
            for p in f.fact.claims {
                guard let t = ClaimAligner.heldOn(p)?.dayNumber, Swift.abs(t - day) < gap, let pg = groupOf[p.id] else { continue }
                if p.attribution?.isRelay ?? false { continue }
                outlets[pg, default: []].insert(result.source(p))
            }
            let most = outlets.values.map(\.count).max() ?? 0
            if (outlets[g]?.count ?? 0) >= most { agreeing.insert(c.id) }
        }
        return agreeing
    }

    struct SourceScore {
        var source: String
        var documents: Int
        var checked: Int
        var agreeing: Int
        var rate: Double { checked == 0 ? 1 : Double(agreeing) / Double(checked) }
    }

    /// How often each source agrees with the best value (of its own day, for moving figures),
    /// over the facts several documents state.
    static func sourceScores(_ result: CheckResult) -> [SourceScore] {
        var order: [String] = []
        var documents: [String: Int] = [:], checked: [String: Int] = [:], agreeing: [String: Int] = [:]
        for doc in result.documents {
            let s = doc.document.displaySource
            if documents[s] == nil { order.append(s) }
            documents[s, default: 0] += 1
        }
        for f in result.facts where f.assessment.verdict != .singleSource && f.assessment.verdict != .unsupported {
            let agree = ownDayAgreement(f, result)
            for c in f.fact.claims {
                let s = result.source(c)
                checked[s, default: 0] += 1
                if agree.contains(c.id) { agreeing[s, default: 0] += 1 }
            }
        }
        order.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return order.map { SourceScore(source: $0, documents: documents[$0] ?? 0, checked: checked[$0] ?? 0, agreeing: agreeing[$0] ?? 0) }
    }

    /// "12 reports from 9 sources" for a set of claims.
    static func reportCount(_ claims: [Claim], _ result: CheckResult) -> String {
        let docs = Set(claims.map(\.documentIndex)).count
        let sources = Set(claims.map { result.source($0) }).count
        return plural(docs, "report") + (sources == docs ? "" : " from " + plural(sources, "source"))
    }

    /// Sources of a set of claims with how many of their reports state it, most first:
    /// "Kestrel FM (3), Valley Signal (2), Orlis Broadcast".
    static func sourceList(_ claims: [Claim], _ result: CheckResult) -> [(source: String, claims: [Claim])] {
        var by: [String: [Claim]] = [:]
        for c in claims { by[result.source(c), default: []].append(c) }
        return by.sorted { a, b in a.value.count != b.value.count ? a.value.count > b.value.count : a.key.utf8.lexicographicallyPrecedes(b.key.utf8) }
            .map { ($0.key, $0.value) }
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    /// The claim's sentence cut around it: (before, claim, after), each on one line, with "…" where
    /// text was left out. Cuts fall on spaces.
    static func quoteParts(_ c: Claim, _ result: CheckResult, context: Int) -> (String, String, String)? {
        let text = result.documents[c.documentIndex].document.text
        let sentence = c.sentence, range = c.mention.range
        guard sentence.start <= range.start, range.end <= sentence.end else { return nil }
        var before = oneLine(text.string(ByteRange(sentence.start, range.start)))
        var after = oneLine(text.string(ByteRange(range.end, sentence.end)))
        if before.count > context {
            let cut = before.suffix(context)
            before = "…" + (cut.firstIndex(of: " ").map { String(cut[cut.index(after: $0)...]) } ?? String(cut))
        }
        if after.count > context {
            let cut = after.prefix(context)
            after = (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
        }
        return (before, oneLine(result.quote(c)), after)
    }

    static func oneLine(_ s: String) -> String {
        ExtractReporter.singleLine(s)
    }
}
