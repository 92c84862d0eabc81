/// A document-wide pass: a capitalised word that is the first or last part of a full name used
/// earlier in the document ("Lee", "Berg") becomes a mention of that person, the nearest such
/// name winning. Different full names are never merged, so two people named Lee stay two people.
enum PersonResolver {
    static func resolveSurnames(_ text: TokenizedText, mentions: [Mention]) -> [Mention] {
        let people = mentions.filter { $0.kind == .person }
        guard !people.isEmpty else { return mentions }
        var added: [Mention] = []
        var covered = mentions.map(\.range)
        covered.sort()
        func isCovered(_ r: ByteRange) -> Bool {
            var lo = 0, hi = covered.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if covered[mid].end <= r.start { lo = mid + 1 } else { hi = mid }
            }
            return lo < covered.count && covered[lo].overlaps(r)
        }
        // First and last name parts seen so far → the latest full name with that part.
        var known: [WordKey: String] = [:]
        var next = 0
        for (index, token) in text.tokens.enumerated() {
            while next < people.count, people[next].range.start <= token.start {
                if let name = people[next].person?.name {
                    let parts = name.split(separator: " ")
                    if let first = parts.first { known[WordKey(String(first.split(separator: "-").first ?? first))] = name }
                    if let last = parts.last, parts.count > 1 { known[WordKey(String(last))] = name }
                }
                next += 1
            }
            guard token.kind == .word, token.isCapitalized, !known.isEmpty, !isCovered(token.range) else { continue }
            // The next token must not continue a capitalised name.
            if index + 1 < text.tokens.count, text.tokens[index + 1].kind == .word, text.tokens[index + 1].isCapitalized,
               text.tokens[index + 1].spaceBefore { continue }
            if index + 1 < text.tokens.count, text.tokens[index + 1].key == "-", !text.tokens[index + 1].spaceBefore { continue }
            if let match = known[token.key] {
                added.append(Mention(kind: .person, range: token.range, person: PersonValue(name: match)))
            }
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.range < $1.range }
    }
}
