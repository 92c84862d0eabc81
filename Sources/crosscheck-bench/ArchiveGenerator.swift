import CrossCheck
import Foundation

/// A seeded archive of many stories for the whole-check benchmark: each story (a flood, a company's
/// quarter, a strike, an outbreak, a recall, a takeover, a wildfire) gets invented names and true
/// figures, and is covered by one to eight outlets over a few days. Outlets round and hedge the
/// figures, a running toll grows from day to day, and about one figure in forty is deliberately
/// wrong. Stories of one kind share their measures ("revenue rose 12%", "23 people died"), so a
/// check that mixes stories finds conflicts that are not there. All wording is written for this
/// benchmark.
struct ArchiveGenerator {
    struct Report {
        var path: String
        var text: String
    }

    var random: SplitMix64
    /// Write a `story:` key into each report's front matter (explicit stories) or leave grouping
    /// to the tool.
    var storyKeys: Bool

    init(seed: UInt64, storyKeys: Bool) {
        random = SplitMix64(state: seed)
        self.storyKeys = storyKeys
    }

    /// About `count` reports (a story's last outlets may overshoot by a few).
    mutating func reports(count: Int) -> [Report] {
        var out: [Report] = []
        out.reserveCapacity(count + 8)
        var story = 0
        while out.count < count {
            out.append(contentsOf: self.story(story, limit: count - out.count))
            story += 1
        }
        return out
    }

    // MARK: names

    static let onsets = ["b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "kl", "l", "m", "n", "p", "pr", "r", "s", "st", "t",
                         "tr", "v", "w", "z", "th", "sh", "ch", "qu", "j", "y"]
    static let vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "ie", "y", "oa", "ei"]
    static let codas = ["", "", "n", "r", "l", "s", "th", "nd", "rk", "m", "ck", "st", "x", "ll", "rn"]

    mutating func word(_ syllables: Int) -> String {
        var w = ""
        for _ in 0..<syllables { w += random.pick(Self.onsets) + random.pick(Self.vowels) + random.pick(Self.codas) }
        return w.prefix(1).uppercased() + w.dropFirst()
    }

    mutating func name() -> String { word(random.int(2...3)) }

    static let givenNames = ["Ada", "Bram", "Celia", "Dmitri", "Esme", "Farid", "Greta", "Hugo", "Ines", "Jonah", "Kaia", "Lior",
                             "Maren", "Nikhil", "Odile", "Pavel", "Quinn", "Rosa", "Soren", "Tilde", "Umar", "Vera", "Wendel", "Yara"]
    static let outlets = ["Harlow Gazette", "Eastmere Post", "Coastal Wire", "Riverton Courier", "Daily Meridian", "North Bank Times",
                          "Valley Record", "Capital Ledger", "Morning Herald", "Greystone Journal", "Lakeside Press", "Summit News",
                          "Western Tribune", "Port Ellis Star", "Midland Observer", "Tidewater Bulletin", "Crown Street Report",
                          "Highland Voice", "Granary Radio", "Signal Weekly", "Orchard FM", "Broadleaf Daily", "Kingsway Chronicle",
                          "Marlowe Standard"]
    /// Names every story kind shares: they say nothing about which story a report belongs to.
    static let commonPlaces = ["the capital", "the northern provinces", "the coast", "the interior"]

    mutating func person() -> String { random.pick(Self.givenNames) + " " + word(2) }

    // MARK: stories

    enum Kind: CaseIterable { case flood, results, strike, outbreak, recall, takeover, wildfire }

    struct Facts {
        var kind: Kind
        var names: [String: String]
        var figures: [String: Double]
        var day: Int
    }

    mutating func story(_ index: Int, limit: Int) -> [Report] {
        let kind = random.pick(Kind.allCases)
        var names: [String: String] = [
            "town": name(), "region": name(), "river": name(), "agency": name(), "company": name() + " " + random.pick(["Systems", "Foods", "Motors", "Energy", "Labs", "Group"]),
            "product": name(), "union": name(), "fire": name(), "buyer": name() + " " + random.pick(["Holdings", "Partners", "Capital"]),
            "person": person(), "official": person(), "analyst": person(),
        ]
        names["company2"] = name() + " Group"
        var figures: [String: Double] = ["calls": Double(random.int(120...9_000)), "fund": Double(random.int(2...90)) * 1_000_000,
                                         "trust": Double(random.int(20...80))]
        func pickFigure(_ key: String, _ r: ClosedRange<Int>) { figures[key] = Double(random.int(r)) }
        switch kind {
        case .flood:
            pickFigure("deaths", 5...60); pickFigure("evacuated", 1_200...9_000); pickFigure("homes", 150...2_400)
            figures["damage"] = Double(random.int(12...480)) * 10_000_000
        case .results:
            figures["revenue"] = Double(random.int(120...980)) * 10_000_000
            pickFigure("growth", 2...24); figures["income"] = Double(random.int(20...300)) * 1_000_000
            pickFigure("shares", 2...14); pickFigure("staff", 1_500...40_000)
        case .strike:
            pickFigure("workers", 2_000...33_000); pickFigure("offer", 9...35); pickFigure("years", 3...5); pickFigure("days", 3...40)
        case .outbreak:
            pickFigure("cases", 40...400); pickFigure("hospital", 8...90); pickFigure("states", 4...30); pickFigure("deaths", 1...6)
        case .recall:
            figures["units"] = Double(random.int(12...480)) * 10_000; pickFigure("incidents", 10...90); pickFigure("refund", 40...400)
        case .takeover:
            figures["deal"] = Double(random.int(8...440)) * 100_000_000; pickFigure("price", 12...180); pickFigure("premium", 12...60)
        case .wildfire:
            pickFigure("acres", 8_000...460_000); pickFigure("contained", 5...60); pickFigure("structures", 40...1_300); pickFigure("crews", 400...5_000)
        }
        // Stories start between 2019 and 2024, in no particular order of their index.
        let day = CalendarDate(clamping: 2019, 1, 1).dayNumber + random.int(0...2_190)
        let facts = Facts(kind: kind, names: names, figures: figures, day: day)
        let coverage = min(limit, random.pick([1, 1, 2, 2, 3, 3, 4, 5, 6, 8]))
        var outlets = Self.outlets
        var reports: [Report] = []
        for k in 0..<max(coverage, 1) {
            let o = random.int(0...(outlets.count - 1))
            let outlet = outlets.remove(at: o)
            let published = day + random.int(0...6) + k / 3
            reports.append(report(facts, story: index, outlet: outlet, published: published))
        }
        return reports
    }

    mutating func report(_ f: Facts, story: Int, outlet: String, published: Int) -> Report {
        let date = CalendarDate(dayNumber: published).description
        var lines = ["---", "source: \(outlet)", "published: \(date)"]
        if storyKeys { lines.append("story: story-\(story)") }
        lines.append("---")
        var body: [String] = []
        let sentences = self.sentences(f, daysIn: published - f.day)
        body.append(headline(f))
        var paragraph: [String] = []
        for s in sentences {
            paragraph.append(s)
            if paragraph.count >= random.int(2...4) { body.append(paragraph.joined(separator: " ")); paragraph = [] }
        }
        if !paragraph.isEmpty { body.append(paragraph.joined(separator: " ")) }
        let slug = outlet.lowercased().replacingOccurrences(of: " ", with: "-")
        let path = "\(date.prefix(4))/\(date.dropFirst(5).prefix(2))/\(slug)-\(date)-s\(story).md"
        return Report(path: path, text: lines.joined(separator: "\n") + "\n" + body.joined(separator: "\n\n") + "\n")
    }

    func headline(_ f: Facts) -> String {
        let n = f.names
        switch f.kind {
        case .flood: return "Floods hit \(n["town"]!) as the \(n["river"]!) River bursts its banks"
        case .results: return "\(n["company"]!) reports quarterly results"
        case .strike: return "Workers at \(n["company"]!) walk out in pay dispute"
        case .outbreak: return "Illness linked to \(n["product"]!) salad spreads"
        case .recall: return "\(n["company"]!) recalls \(n["product"]!) heaters"
        case .takeover: return "\(n["buyer"]!) agrees to buy \(n["company"]!)"
        case .wildfire: return "\(n["fire"]!) Fire grows near \(n["town"]!)"
        }
    }

    /// A figure as an outlet writes it: mostly as stated, sometimes rounded or hedged, rarely wrong.
    mutating func figure(_ value: Double) -> (value: Double, hedge: String) {
        let roll = random.int(0...39)
        if roll == 0 { return (value * random.pick([1.4, 0.7, 10, 1.25]), "") }
        if roll < 6 { return (value, random.pick(["about ", "nearly ", "more than ", "some "])) }
        return (value, "")
    }

    mutating func count(_ value: Double) -> String {
        let (v, h) = figure(value)
        let n = Int(v.rounded())
        return h + Self.grouped(n)
    }

    mutating func money(_ value: Double, _ currency: String = "$") -> String {
        let (v, h) = figure(value)
        if v >= 1e9 { return h + currency + Self.decimal(v / 1e9) + " billion" }
        if v >= 1e6 { return h + currency + Self.decimal(v / 1e6) + " million" }
        return h + currency + Self.grouped(Int(v.rounded()))
    }

    mutating func percent(_ value: Double) -> String {
        let (v, h) = figure(value)
        return h + Self.grouped(Int(v.rounded())) + random.pick(["%", " percent", " per cent"])
    }

    static func grouped(_ n: Int) -> String {
        var digits = String(abs(n)), out = ""
        while digits.count > 3 { out = "," + digits.suffix(3) + out; digits = String(digits.dropLast(3)) }
        return (n < 0 ? "-" : "") + digits + out
    }

    static func decimal(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(format: "%.1f", r)
    }

    static func weekday(_ day: Int) -> String {
        ["Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"][((day % 7) + 7) % 7]
    }
}
