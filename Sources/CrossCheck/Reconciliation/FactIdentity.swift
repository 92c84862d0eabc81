/// Stable finding IDs: built from what the fact is and the values stated, never from line numbers
/// or file order, so a baseline keeps matching after edits that move text.
public enum FactIdentity {
    public static func id(for fact: Fact, extracted: [ExtractedDocument]) -> String {
        var parts = [fact.key, fact.phase.rawValue, fact.period.rawValue, fact.subject ?? ""]
        let values = Set(fact.claims.map { canonicalValue($0) })
        parts.append(contentsOf: values.sorted())
        return "CC" + fnv1a(parts.joined(separator: "\u{1F}")).prefix(12).uppercased()
    }

    /// A claim's value in a form that does not change with wording or position.
    public static func canonicalValue(_ claim: Claim) -> String {
        let m = claim.mention
        if let d = m.date { return "\(d.start)..\(d.end)" }
        if let d = m.duration { return "\(JSONValue.format(d.lowDays ?? -1))..\(JSONValue.format(d.highDays ?? -1))" }
        if let p = m.person { return (p.role ?? "").lowercased() }
        if let n = m.name { return n.lowercased() }
        if let v = m.value {
            return "\(v.unit ?? "")\(JSONValue.format(v.point ?? v.low ?? v.high ?? 0))"
        }
        return ""
    }

    static func fnv1a(_ s: String) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 {
            hash ^= UInt64(b)
            hash = hash &* 0x100000001b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// What a fact is, in words a reader understands: "South Korea's previous payment".
public enum FactLabel {
    public static func label(for fact: Fact) -> String {
        var words: [String] = []
        switch fact.kind {
        case .date:
            return "When \(ClaimAligner.describeEvent(fact.event ?? "event"))\(phaseSuffix(fact.phase)) took place"
        case .place:
            return "Where \(ClaimAligner.describeEvent(fact.event ?? "event"))\(phaseSuffix(fact.phase)) took place"
        case .role:
            return "Role of \(fact.claims[0].mention.person?.name ?? fact.event ?? "a person")"
        default:
            break
        }
        if fact.isSeries { words.append("Running") }
        if let subject = fact.subject { words.append(EntityLexicon.displayName(subject) + "'s") }
        // A series follows the figure through time, so no single phase describes it.
        if fact.phase != .unspecified, !fact.isSeries { words.append(fact.phase.rawValue) }
        if fact.period == .annual { words.append("annual") }
        if fact.period == .total { words.append("total") }
        words.append(ClaimAligner.describeMeasure(fact.measure))
        if let event = fact.event { words.append("(\(event))") }
        if let day = fact.heldOn { words.append("on \(day)") }
        let kindWord: String
        switch fact.kind {
        case .money: kindWord = "amount"
        case .count: kindWord = "count"
        case .percent: kindWord = "percentage"
        case .multiple: kindWord = "multiple"
        case .duration: kindWord = ""
        default: kindWord = "figure"
        }
        if !kindWord.isEmpty { words.append(kindWord) }
        var label = words.joined(separator: " ")
        label = label.prefix(1).uppercased() + label.dropFirst()
        return label
    }

    static func phaseSuffix(_ phase: Phase) -> String {
        phase == .unspecified ? "" : " (\(phase.rawValue))"
    }
}
