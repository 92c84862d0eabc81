/// A small English lemmatiser for counted nouns: irregular plurals from a table, then the regular
/// plural rules ("companies" → "company", "boxes" → "box", "troops" → "troop"). Lower-cases.
enum Lemmatizer {
    static let irregular: [String: String] = [
        "people": "person", "persons": "person", "men": "man", "women": "woman", "children": "child",
        "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "oxen": "ox", "lives": "life",
        "wives": "wife", "knives": "knife", "halves": "half", "leaves": "leaf", "thieves": "thief",
        "shelves": "shelf", "wolves": "wolf", "selves": "self", "loaves": "loaf", "calves": "calf",
        "criteria": "criterion", "phenomena": "phenomenon", "analyses": "analysis", "crises": "crisis",
        "theses": "thesis", "diagnoses": "diagnosis", "indices": "index", "appendices": "appendix",
        "series": "series", "species": "species", "news": "news", "sheep": "sheep", "deer": "deer",
        "fish": "fish", "aircraft": "aircraft", "police": "police", "staff": "staff", "personnel": "personnel",
        "data": "data", "media": "media", "buses": "bus", "shoes": "shoe", "toes": "toe", "canoes": "canoe",
        "alumni": "alumnus", "cacti": "cactus", "fungi": "fungus", "nuclei": "nucleus", "radii": "radius",
        "stimuli": "stimulus", "syllabi": "syllabus", "dice": "die", "movies": "movie", "cookies": "cookie",
        "zombies": "zombie", "brownies": "brownie", "ties": "tie", "lies": "lie", "pies": "pie", "dies": "die",
        "taxes": "tax", "gases": "gas", "lenses": "lens", "premises": "premises", "headquarters": "headquarters",
        "means": "means", "barracks": "barracks", "crossroads": "crossroads", "mosquitoes": "mosquito",
    ]

    static let irregularTable = WordTable(irregular)
    /// Irregular forms that are plurals (their lemma differs); "staff" and "series" are not.
    static let irregularPlural = WordTable(irregular.mapValues { _ in false }.merging(irregular.filter { $0.key != $0.value }.mapValues { _ in true }) { _, b in b })

    /// True when the word at `range` reads as a plural noun ("troops", "Koreans", "people").
    static func isPlural(_ bytes: [UInt8], _ range: ByteRange, key: WordKey) -> Bool {
        if let plural = irregularPlural[key] { return plural }
        let n = range.length
        guard n >= 3 else { return false }
        @inline(__always) func at(_ k: Int) -> UInt8 { bytes[range.end - k] | 0x20 }
        guard at(1) == 0x73 else { return false } // s
        let b2 = at(2)
        if b2 == 0x73 || b2 == 0x75 || b2 == 0x69 { return false } // -ss, -us, -is
        if b2 == 0x27 { return false }
        if n >= 4 && at(2) == 0x75 && at(3) == 0x6F { return false } // -ous
        return true
    }

    static func irregular(_ key: WordKey) -> String? { irregularTable[key] }

    /// The lemma of a counted noun, lower-cased.
    static func lemma(_ word: String) -> String {
        let w = word.lowercased()
        if let l = irregular[w] { return l }
        func drop(_ n: Int) -> String { String(w.dropLast(n)) }
        guard w.count >= 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") else { return w }
        if w.hasSuffix("ies") && w.count > 4 { return drop(3) + "y" }
        if w.hasSuffix("sses") || w.hasSuffix("shes") || w.hasSuffix("ches") || w.hasSuffix("xes") || w.hasSuffix("zzes") { return drop(2) }
        if w.hasSuffix("oes") && w.count > 4 { return drop(2) }
        return drop(1)
    }
}
