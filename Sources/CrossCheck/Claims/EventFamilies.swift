/// Event concepts that different reports use for one happening. A takeover is "the deal", "the
/// acquisition", "agreed to buy" or "signed"; a town a wildfire reached was "burned", "destroyed"
/// or "damaged"; a statement was "announced" or "released". Two dates of one family may be one
/// event when the rest of the evidence says so; only the same concept counts as the same measure.
/// General English, not fitted to any story.
enum EventFamilies {
    static let families: [[String]] = [
        // a transaction or a settlement, and its making
        ["deal", "buy", "merger", "agree", "sign", "signing"],
        // a statement made public
        ["announce", "announcement", "release", "report"],
        // what a fire or a storm did to a place
        ["fire", "burn", "destroy", "damage"],
        // a vote and its kinds
        ["vote", "election"],
        // a scheme stopped: scrapped outright or frozen
        ["abolish", "freeze", "end"],
    ]

    static let familyOf: [String: Int] = {
        var out: [String: Int] = [:]
        for (i, f) in families.enumerated() { for c in f where out[c] == nil { out[c] = i } }
        return out
    }()

    /// Whether two different event concepts belong to one family.
    static func related(_ a: String, _ b: String) -> Bool {
        guard let x = familyOf[a], let y = familyOf[b] else { return false }
        return x == y
    }
}
