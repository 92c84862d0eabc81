/// Stable finding IDs: built from what the fact is and the values stated, never from line numbers
/// or file order, so a baseline keeps matching after edits that move text.
public enum FactIdentity {
    public static func id(for fact: Fact, salt: String = "") -> String {
        var parts = [fact.key]
        if !salt.isEmpty { parts.append(salt) }
        let values = Set(fact.claims.map { canonicalValue($0) })
        parts.append(contentsOf: values.sorted())
        return "CC" + fnv1a(parts.joined(separator: "\u{1F}")).prefix(12).uppercased()
    }

    /// A claim's value in a form that does not change with wording or position.
    public static func canonicalValue(_ claim: Claim) -> String {
        switch claim.dimension {
        case .holder: return claim.person?.key ?? ""
        case .party: return claim.party ?? ""
        case .role: return claim.role.map { ([$0.head] + $0.domain).joined(separator: " ") } ?? ""
        default: break
        }
        let m = claim.mention
        if let d = m.date { return "\(d.start)..\(d.end)" }
        if let d = m.duration { return "\(JSONValue.format(d.lowDays ?? -1))..\(JSONValue.format(d.highDays ?? -1))" }
        if let n = m.name { return n.lowercased() }
        if let v = m.value {
            if let r = v.rangeEnds { return "\(v.unit ?? "")\(JSONValue.format(r.low))-\(JSONValue.format(r.high))" }
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
