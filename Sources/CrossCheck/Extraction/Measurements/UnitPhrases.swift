/// Finds the written unit after a figure: the longest form of `UnitLexicon` that fits where it
/// stands, lengths per time as speeds ("km/h", "metres per second", "miles an hour"), bytes and
/// bits told apart by the case of the "b" ("GB", "Gb"), and degrees with or without a scale.
enum UnitPhrases {
    typealias Unit = UnitLexicon.Unit

    /// The unit written at token `j`, right after a figure (gluing is judged against the token
    /// before `j`). Returns the unit and the token after it.
    static func unit(_ q: QuantityText, at j: Int) -> (unit: Unit, end: Int)? {
        guard q.inside(j) else { return nil }
        if let d = degrees(q, at: j) { return (d.unit, d.end) }
        // "rotate 3 turns": a turn is an angle only where something turns
        if turnWords.contains(q.tokens[j].key), q.isWord(j), nearAngleWord(q, j, besides: j) {
            return (Unit(name: "turn", dimension: "angle", symbol: "turn", factor: 2 * Double.pi), j + 1)
        }
        guard let forms = UnitLexicon.forms[q.tokens[j].key] else { return nil }
        for form in forms {
            let n = form.keys.count
            guard j + n <= q.hi else { continue }
            var ok = true
            for (m, k) in form.keys.enumerated() where q.tokens[j + m].key != k || m > 0 && q.tokens[j + m].kind == .number && !q.touches(j + m) {
                ok = false; break // "km2" but not "12 m 2 dm"
            }
            guard ok, fits(form, q, at: j, end: j + n) else { continue }
            var unit = form.unit
            var end = j + n
            if unit.dimension == "data", n == 1, q.tokens[j].end - q.tokens[j].start == 2, q.text.source.bytes[q.tokens[j].end - 1] == 0x62 {
                unit = bits(unit) // "Mb", "gb": the lower-case b is a bit
            }
            if unit.dimension == "length", let (seconds, e) = perTime(q, at: end) {
                unit = Unit(name: unit.name + " per " + timeName(seconds), dimension: "speed", symbol: unit.symbol + "/" + timeSymbol(seconds),
                            factor: unit.factor / seconds)
                end = e
            }
            return (unit, end)
        }
        return nil
    }

    static func fits(_ form: UnitLexicon.Form, _ q: QuantityText, at j: Int, end: Int) -> Bool {
        let t = q.tokens[j]
        let bytes = q.text.source.bytes
        // A mark used as a unit (″, ', ") must not run on into a word: "the 1990’s" is no foot.
        if t.kind != .word, q.touches(end), q.isWord(end) || q.isNumber(end) { return false }
        // A word unit must not run on into more letters or digits ("5 kms2", "24703m212",
        // "24703 L-202").
        if t.kind == .word, q.touches(end), q.isNumber(end) || q.isWord(end) { return false }
        if t.end - t.start == 1, q.isHyphen(end), q.touches(end), q.touches(end + 1), q.isNumber(end + 1) { return false }
        switch form.fit {
        case .any: return true
        case .glued:
            // '10 " long': a spaced inch mark before the extent it gives
            return q.touches(j) || form.unit.name == "inch" && q.isWord(end) && UnitLexicon.aspects[q.tokens[end].key] != nil
        case .lowerCase: return bytes[t.start] >= 0x61
        case .phraseEnd: return !q.isWord(end) && !q.isNumber(end)
        case .gluedCapital:
            guard q.touches(j), bytes[t.start] < 0x61, t.end - t.start == 1 else { return false }
            // "30C on Tuesday", "40C." but not "13F filing", "14.7C/ per", "737C-200"
            if q.inside(end), q.tokens[end].key == Keys.slash || q.isHyphen(end) && q.touches(end) { return false }
            return !q.isWord(end) || UnitPhrases.afterTemperature.contains(q.tokens[end].key)
        case .metre:
            guard bytes[t.start] == 0x6D else { return false } // "M" is a million
            if !q.touches(j) { return true } // "10 m": a spaced "m" is no million
            return metreContext(q, after: end)
        }
    }

    /// After a glued "m": words that make it metres rather than millions.
    static func metreContext(_ q: QuantityText, after e: Int) -> Bool {
        guard q.inside(e) else { return false }
        let k = q.tokens[e].key
        if UnitLexicon.aspects[k] != nil, q.isWord(e) { return true }                     // "1.8m tall"
        if q.isHyphen(e), q.touches(e), UnitLexicon.aspects[q.key(e + 1)] != nil { return true } // "4m-high"
        if k == x || k == Keys.by || k == multiply { return q.isNumber(e + 1) } // "2m x 3m"
        if k == Keys.and || k == Keys.comma { // "3m and 5cm"
            if q.isNumber(e + 1), let u = unit(q, at: e + 2), u.unit.dimension == "length" { return true }
            if q.isNumber(e + 1), q.touches(e + 2), q.isWord(e + 2), UnitLexicon.forms[q.key(e + 2)] != nil { return true }
        }
        return MeasurementRecognizer.lengthWords.contains(k) && q.isWord(e)
    }

    static let x = WordKey("x"), multiply = WordKey("×")

    static let afterTemperature = WordTable(words: ["in", "on", "at", "and", "or", "as", "with", "by", "for", "to", "from", "while",
                                                    "when", "which", "but", "across", "during", "yesterday", "today", "on", "this", "last"], value: true)

    static func bits(_ u: Unit) -> Unit {
        var b = u
        b.name = String(u.name.dropLast(4)) + "bit"
        b.symbol = String(u.symbol.dropLast()) + "bit"
        b.factor = u.factor / 8
        return b
    }

    /// "per hour", "/h", "an hour", "a second": seconds of the time unit and the token after it.
    static func perTime(_ q: QuantityText, at e: Int) -> (Double, Int)? {
        guard q.inside(e) else { return nil }
        let k = q.tokens[e].key
        guard k == Keys.per || k == Keys.slash || k == Keys.an || k == Keys.a else { return nil }
        guard let s = UnitLexicon.perTimeTable[q.key(e + 1)], q.isWord(e + 1) else { return nil }
        // "a s" is no time: the one-letter units only after "/" or "per"
        if q.tokens[e + 1].end - q.tokens[e + 1].start <= 2, k == Keys.a || k == Keys.an { return nil }
        return (s, e + 2)
    }

    static func timeName(_ s: Double) -> String { s == 3600 ? "hour" : s == 60 ? "minute" : s == 1 ? "second" : "millisecond" }
    static func timeSymbol(_ s: Double) -> String { s == 3600 ? "h" : s == 60 ? "min" : s == 1 ? "s" : "ms" }

    // MARK: degrees

    static let degreeWords = WordTable(words: ["degree", "degrees", "deg", "°", "º"], value: true)
    static let celsius = UnitLexicon.entries.first { $0.0.name == "degree Celsius" }.map { $0.0 }
    static let fahrenheit = UnitLexicon.entries.first { $0.0.name == "degree Fahrenheit" }.map { $0.0 }
    static let scaleWords = WordTable([
        "c": "C", "celsius": "C", "centigrade": "C", "celcius": "C", "centigrate": "C",
        "f": "F", "fahrenheit": "F", "farenheit": "F", "fahrenheight": "F", "k": "K", "kelvin": "K",
    ])

    /// "degrees Celsius", "°C", "° F", "deg. c", "degrees" (no scale: a temperature whose scale the
    /// reader must know, or an angle near words of turning).
    static func degrees(_ q: QuantityText, at j: Int) -> (unit: Unit, end: Int)? {
        guard degreeWords.contains(q.tokens[j].key) else { return nil }
        var e = j + 1
        if q.tokens[j].kind == .word, q.key(e) == Keys.dot, q.touches(e) { e += 1 } // "deg."
        if let s = scaleWords[q.key(e)], q.isWord(e) {
            let u: Unit?
            switch s {
            case "C": u = celsius
            case "F": u = fahrenheit
            default: u = Unit(name: "kelvin", dimension: "temperature", symbol: "K", factor: 1)
            }
            if let u { return (u, e + 1) }
        }
        if nearAngleWord(q, j) {
            return (Unit(name: "degree", dimension: "angle", symbol: "°", factor: Double.pi / 180), e)
        }
        return (Unit(name: "degree", dimension: "degrees", symbol: "°", factor: 1), e)
    }

    static func nearAngleWord(_ q: QuantityText, _ j: Int, besides: Int = -1) -> Bool {
        for k in max(q.lo, j - 5)..<min(q.hi, j + 4) where k != besides && q.isWord(k) && UnitLexicon.angleWords.contains(q.tokens[k].key) { return true }
        return false
    }

    static let turnWords = WordTable(words: ["turn", "turns", "revolution", "revolutions"], value: true)
}
