import Foundation

// The seeded text generator both benchmarks read: news-like sentences with figures, dates, names and
// places, and figure-free filler sentences between them.

/// SplitMix64: a small seeded generator, so every run measures the same text.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ a: [T]) -> T { a[Int(next() % UInt64(a.count))] }
    mutating func int(_ r: ClosedRange<Int>) -> Int { r.lowerBound + Int(next() % UInt64(r.count)) }
}

/// Sentence templates written for this benchmark; `{X}` slots are filled from the lists below.
let templates = [
    "{Org} said on {Day} that it would pay {hedge} {money} to cover {count} over {n} years.",
    "The {org} has {change} {percent} since {Month} {dd}, {year}, according to {Person}.",
    "{Person}, the {role} of {Place}, told reporters that {count} had been moved in the {ordinal} round of talks.",
    "Officials expect a {mult} increase in spending, to {hedge} {money}, by {Month} {year}.",
    "In {year}, {Place} spent {money}, while {Place} offered {hedge} {money}.",
    "About {vague} attended the rally at {street}, police said at {time}.",
    "Call {phone} for details; the {ordinal} meeting is set for {Month} {dd}-{dd2}.",
    "The plan, which {Org} rejected, would cut the budget by {percent} and {change2} {count}.",
    "{Person} said the figure was {hedge} {number}, not the {number} reported {Day}.",
    "Shares of {Org} {change} {money} to {money} in early trading in {Place}.",
    "The {Org} team won {score} on {Day}, its {ordinal} win of the season.",
    "Negotiators met for {n} days in {Place} but failed to bridge the gap over the {dd}th clause.",
]
/// Sentences without figures, as most of a news report is.
let fillers = [
    "{Person} said the two sides had narrowed their differences but that a deal was not yet in sight.",
    "The talks, which resumed after a long pause, focused on how costs should be shared between {Place} and {Place}.",
    "Critics argued that the proposal would place an unfair burden on local workers and their families.",
    "{Org} declined to comment on the report, citing the sensitivity of the ongoing negotiations.",
    "Analysts in {Place} said the outcome would shape relations between the allies for years to come.",
    "The statement did not say when the next meeting would take place or who would lead the delegation.",
    "{Person}, speaking to reporters outside the venue, described the mood as constructive but cautious.",
    "Both governments have said they want an agreement that is fair, transparent and sustainable.",
]
let orgs = ["the ministry", "the council", "the agency", "the alliance", "the union", "the bank", "the committee", "the board"]
let places = ["Seoul", "Washington", "Ottawa", "Lagos", "Lima", "Hanoi", "Oslo", "Nairobi", "Quito", "Perth"]
let people = ["Ana Ruiz", "Min-jun Park", "Tomas Berg", "Grace Osei", "Lena Vogt", "Ravi Shah", "Omar Haddad"]
let roles = ["finance minister", "chief negotiator", "spokesperson", "mayor", "ambassador", "governor"]
let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
let months = ["January", "March", "April", "June", "September", "November"]
let hedges = ["about", "around", "some", "nearly", "more than", "at least", "up to", "less than", "roughly", "an estimated", ""]
let currencies = ["$", "US$", "€", "£", "₩", "C$"]
let scales = ["million", "billion", "bn", "m", "trillion", ""]
let nouns = ["troops", "workers", "Korean employees", "rounds of talks", "people", "households", "new jobs", "students", "aircraft"]
let changes = ["rose", "fell", "jumped", "declined", "climbed", "slid", "gained", "dropped"]
let numberWords = ["nine thousand", "a dozen", "two and a half", "twenty-five", "one-third", "seven", "three hundred"]

func fill(_ template: String, _ r: inout SplitMix64) -> String {
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
        out += rest[..<open]
        guard let close = rest[open...].firstIndex(of: "}") else { break }
        let slot = rest[rest.index(after: open)..<close]
        rest = rest[rest.index(after: close)...]
        switch slot {
        case "Org": let o = r.pick(orgs); out += o.prefix(1).uppercased() + o.dropFirst()
        case "org": out += r.pick(orgs).replacingOccurrences(of: "the ", with: "")
        case "Place": out += r.pick(places)
        case "Person": out += r.pick(people)
        case "role": out += r.pick(roles)
        case "Day": out += r.pick(days)
        case "Month": out += r.pick(months)
        case "dd": out += String(r.int(1...14))
        case "dd2": out += String(r.int(15...28))
        case "year": out += String(r.int(1995...2024))
        case "n": out += String(r.int(2...12))
        case "hedge": let h = r.pick(hedges); out += h
        case "money":
            let c = r.pick(currencies), s = r.pick(scales)
            let figure = r.int(0...1) == 0 ? String(r.int(1...999)) : "\(r.int(1...99)).\(r.int(1...99))"
            out += s.count <= 2 && !s.isEmpty ? "\(c)\(figure)\(s)" : "\(c)\(figure) \(s)"
        case "count":
            let figure = r.int(0...2) == 0 ? r.pick(numberWords) : String(r.int(2...99)) + "," + String(r.int(100...999))
            out += "\(figure) \(r.pick(nouns))"
        case "percent": out += r.int(0...1) == 0 ? "\(r.int(1...60))%" : "\(r.int(1...9)).\(r.int(0...9)) percent"
        case "change": out += r.pick(changes)
        case "change2": out += r.pick(["add", "remove", "hire", "lay off"])
        case "ordinal": out += r.pick(["seventh", "second", "11th", "twenty-first", "third", "3rd"])
        case "mult": out += r.pick(["fivefold", "three-fold", "twofold", "tenfold"])
        case "vague": out += r.pick(["thousands of workers", "dozens of students", "tens of thousands of people", "hundreds"])
        case "street": out += "\(r.int(1...300)) \(r.pick(["Main", "Harbor", "King"])) Street"
        case "time": out += r.pick(["3:30 p.m.", "10 a.m.", "noon", "9:15"])
        case "phone": out += "555-0\(r.int(100...199))"
        case "number": out += r.int(0...1) == 0 ? String(r.int(10...99)) + ",000" : r.pick(numberWords)
        case "score": out += "\(r.int(1...5))-\(r.int(0...4))"
        default: out += slot
        }
    }
    out += rest
    return out.replacingOccurrences(of: "  ", with: " ")
}

func generate(megabytes: Int) -> [String] { generate(bytes: megabytes * 1_000_000) }

func generate(bytes target: Int) -> [String] {
    var r = SplitMix64(state: 20_200_317)
    var docs: [String] = []
    var total = 0
    while total < target {
        var doc = "Headline about \(r.pick(places)) talks\n\n"
        let paragraphs = r.int(4...10)
        for _ in 0..<paragraphs {
            for _ in 0..<r.int(3...6) {
                // About one sentence in three carries figures, as in the wire reports of the corpus.
                doc += fill(r.int(0...2) == 0 ? r.pick(templates) : r.pick(fillers), &r) + " "
            }
            doc += "\n\n"
        }
        total += doc.utf8.count
        docs.append(doc)
    }
    return docs
}
