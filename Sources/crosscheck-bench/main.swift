import CrossCheck
import Foundation

// Throughput of the standard extractor on generated news-like text.
// Usage: crosscheck-bench [MEGABYTES] (default 50). Build with -c release for meaningful numbers.

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
        let close = rest[open...].firstIndex(of: "}")!
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

func generate(megabytes: Int) -> [String] {
    var r = SplitMix64(state: 20_200_317)
    var docs: [String] = []
    var total = 0
    let target = megabytes * 1_000_000
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

let megabytes = CommandLine.arguments.dropFirst().lazy.compactMap { Int($0) }.first ?? 50
print("generating \(megabytes) MB of news-like text…")
let texts = generate(megabytes: megabytes)
let documents = texts.enumerated().map { Document(path: "doc\($0.offset).txt", text: SourceText($0.element)) }
let bytes = Double(texts.reduce(0) { $0 + $1.utf8.count })
let mb = bytes / 1_000_000
print(String(format: "%d documents, %.1f MB", documents.count, mb))

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

// Tokenizer and sentence splitter only.
var t0 = now()
var tokenCount = 0
for d in documents { tokenCount += TokenizedText(d.text).tokens.count }
var dt = now() - t0
print(String(format: "tokenize+split, 1 core: %.2f s, %.1f MB/s, %d tokens", dt, mb / dt, tokenCount))

// The quantity recognizers (`Extractor.quantityRecognizers`, the one-pass `QuantityRecognizer`):
// what the 50 MB/s target is about. Then the whole standard set (dates, durations, people and
// places added) for reference; pass "--quantities" to skip it.
let quantityOnly = CommandLine.arguments.contains("--quantities")
// `Extractor.extract` also looks for a dateline when a document has no publication date
// (`DatelineDetector`, Time/); "dated" supplies one, as a feed with metadata would, so that
// only tokenizing, the recognizers and overlap settling are timed.
let dated = documents.map { Document(path: $0.path, text: $0.text, metadata: DocumentMetadata(published: CalendarDate(year: 2020, month: 3, day: 17))) }
for (label, recognizers, docs) in [("quantities, dated", Extractor.quantityRecognizers, dated),
                                   ("quantities", Extractor.quantityRecognizers, documents),
                                   ("standard", Extractor.standardRecognizers, documents)] {
    if quantityOnly && label == "standard" { continue }
    let extractor = Extractor(recognizers: recognizers)
    t0 = now()
    var mentionCount = 0
    for d in docs { mentionCount += extractor.extract(d).mentions.count }
    dt = now() - t0
    print(String(format: "extract %@, 1 core: %.2f s, %.1f MB/s, %.0f mentions/s (%d mentions)", label, dt, mb / dt, Double(mentionCount) / dt, mentionCount))
    runParallel(docs, extractor: extractor, mb: mb, label: label)
}

// "--breakdown": each recognizer alone on the dated documents, to see where the time goes
// (tokenizing and sentence splitting are included in every line).
if CommandLine.arguments.contains("--breakdown") {
    let empty = Extractor(recognizers: [])
    t0 = now()
    for d in dated { _ = empty.extract(d) }
    print(String(format: "breakdown: no recognizer (tokens, sentences, passes): %.2f s", now() - t0))
    for recognizer in Extractor.standardRecognizers {
        let extractor = Extractor(recognizers: [recognizer])
        t0 = now()
        var n = 0
        for d in dated { n += extractor.extract(d).mentions.count }
        print(String(format: "breakdown: %@: %.2f s, %d mentions", String(describing: type(of: recognizer)), now() - t0, n))
    }
}

/// All cores: documents dealt round-robin to 8 chunks per core.
func runParallel(_ documents: [Document], extractor: Extractor, mb: Double, label: String) {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let chunks = cores * 8
    nonisolated(unsafe) let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: chunks)
    counts.initialize(repeating: 0)
    let t0 = now()
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
        var n = 0
        var k = c
        while k < documents.count { n += extractor.extract(documents[k]).mentions.count; k += chunks }
        counts[c] = n
    }
    let dt = now() - t0
    let parallelMentions = counts.reduce(0, +)
    counts.deallocate()
    print(String(format: "extract %@, %d cores: %.2f s, %.1f MB/s, %.0f mentions/s (%d mentions)", label, cores, dt, mb / dt, Double(parallelMentions) / dt, parallelMentions))
}
