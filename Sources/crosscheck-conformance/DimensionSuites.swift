import CrossCheck
import Foundation

// Measurement conformance: Recognizers-Text DimensionModel, TemperatureModel and AgeModel, and
// Duckling distance, volume, temperature and quantity. The rules are written down in
// docs/conformance.md ("Measurements").
//
// - The measurement recognizer runs alone (as each peer runs only the model or dimension under
//   test: "two pounds" is money to crosscheck's full set, a weight here), through the standard
//   Extractor, with rounding off.
// - A value is compared in the dimension's SI base unit: the suite's figure and unit name are
//   converted with crosscheck's own unit table (the suite's "Foot" is crosscheck's "foot"), so a
//   compound "12 ft 2 in" passes whatever unit the total is expressed in.
// - Recognizers-Text: only cases the .NET reference passes; results without a value (a bare
//   "metric ton") are dropped; a case passes when every expected result is covered (hedge words
//   may widen the span) with its value and no other mention of the model's dimensions is left.
//   DimensionModel's dimensions are length, area, volume, mass, speed, data and angle;
//   TemperatureModel's temperature (a scale) or degrees (none); AgeModel's age.
// - Duckling: exactly one measurement must span the whole input, with the value (or interval)
//   and, when the corpus names one, the product ("of meat").

private let measurementExtractor: Extractor = {
    var options = ExtractionOptions()
    options.hedges.rounding = false
    return Extractor(recognizers: [MeasurementRecognizer()], options: options)
}()

private struct Measured {
    var mention: Mention
    var text: String
    var start: Int
    var end: Int
}

private func measure(_ input: String) -> [Measured] {
    let doc = measurementExtractor.extract(Document(path: "case", text: SourceText(input)))
    let bytes = doc.text.source.bytes
    return doc.mentions.filter { $0.measurement != nil }.map { m in
        let s = String(decoding: bytes[0..<m.range.start], as: UTF8.self).utf16.count
        let text = doc.text.text(m.range)
        return Measured(mention: m, text: text, start: s, end: s + text.utf16.count)
    }
}

private func show(_ found: [Measured]) -> String {
    found.map { f in
        let v = f.mention.value, u = f.mention.measurement
        let g: (Double?) -> String = { $0.map { String(format: "%g", $0) } ?? "nil" }
        return "\"\(f.text)\" \(u?.dimension ?? "") \(u?.unit ?? "") [\(g(v?.low)),\(g(v?.high))] p=\(g(v?.point))"
    }.joined(separator: "; ")
}

private func near(_ a: Double?, _ b: Double?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))
}

/// A peer's unit name as crosscheck's unit: its factor and offset to the base unit.
private func baseOf(_ name: String) -> (factor: Double, offset: Double)? {
    var n = name.lowercased()
    switch n {
    case "c", "celsius": return (1, 273.15)
    case "f", "fahrenheit": return (5.0 / 9, 273.15 - 160.0 / 9)
    case "degree": return (1, 0)
    case "m": n = "metre"
    case "metric ton": n = "tonne"
    case "year", "age": return (31_557_600, 0)
    case "month": return (2_629_800, 0)
    case "week": return (604_800, 0)
    case "day": return (86_400, 0)
    default: break
    }
    n = n.replacingOccurrences(of: "meter", with: "metre").replacingOccurrences(of: "liter", with: "litre")
    if let parts = Optional(n.components(separatedBy: " per ")), parts.count == 2,
       let l = UnitCatalog.factor(parts[0]), let t = ["hour": 3600.0, "second": 1, "minute": 60, "millisecond": 0.001][parts[1]] {
        return (l / t, 0)
    }
    return UnitCatalog.factor(n).map { ($0, 0) }
}

private func covers(_ f: Measured, start: Int, end: Int, input: String) -> Bool {
    guard f.start <= start, f.end >= end + 1 else { return false }
    let u = Array(input.utf16)
    let extra = u[f.start..<start] + u[(end + 1)..<min(f.end, u.count)]
    return !extra.contains { $0 >= 0x30 && $0 <= 0x39 }
}

func runDimensionSuites(_ conformance: inout Conformance) {
    if let dump = ProcessInfo.processInfo.environment["CROSSCHECK_DUMP_MEASURE"] { print(show(measure(dump))) }
    let dimensionModel: Set<String> = ["length", "area", "volume", "mass", "speed", "data", "angle"]
    for (label, file, dims) in [("Recognizers-Text DimensionModel", "recognizers/DimensionModel.jsonl", dimensionModel),
                                ("Recognizers-Text TemperatureModel", "recognizers/TemperatureModel.jsonl", ["temperature", "degrees"]),
                                ("Recognizers-Text AgeModel", "recognizers/AgeModel.jsonl", ["age"])] as [(String, String, Set<String>)] {
        conformance.run(label, file: file) { c in
            let marks = (c["not_supported"] as? [String] ?? []) + (c["not_supported_by_design"] as? [String] ?? [])
            guard !marks.contains("dotnet"), let input = c["input"] as? String, let results = c["results"] as? [[String: Any]] else { return nil }
            let found = measure(input).filter { dims.contains($0.mention.measurement?.dimension ?? "") }
            var used = Set<Int>()
            // A result without a value (a bare "metric ton") is not scored, and a mention over it
            // is not extra.
            for r in results where r["value"] as? String == nil {
                guard let s = r["start"] as? Int, let e = r["end"] as? Int else { continue }
                for k in found.indices where found[k].start <= e && found[k].end > s { used.insert(k) }
            }
            for r in results {
                guard let s = r["start"] as? Int, let e = r["end"] as? Int, let vs = r["value"] as? String, let v = Double(vs),
                      let unit = r["unit"] as? String else { continue }
                // DimensionModel's degrees are angles; TemperatureModel's have no scale
                let angle = unit == "Degree" && dims.contains("angle")
                guard let base = angle ? (Double.pi / 180, 0) : baseOf(unit) else { return .some("\(input) → unit \(unit) unknown; got \(show(found))") }
                let want = v * base.factor + base.offset
                let hit = found.indices.first { k in !used.contains(k) && covers(found[k], start: s, end: e, input: input) && near(found[k].mention.value?.point, want) }
                guard let hit else { return .some("\(input) → missing \(r["text"] ?? "") = \(v) \(unit); got \(show(found))") }
                used.insert(hit)
            }
            if let extra = found.indices.first(where: { !used.contains($0) }) { return .some("\(input) → extra \(show([found[extra]]))") }
            return .some(nil)
        }
    }
    for dim in ["distance", "volume", "temperature", "quantity"] {
        conformance.run("Duckling \(dim)", file: "duckling/\(dim).jsonl") { c in
            guard let set = c["set"] as? String, set == "corpus" || set == "region", let input = c["input"] as? String,
                  let exp = c["expected"] as? [String: Any] else { return nil }
            let found = measure(input)
            guard found.count == 1, found[0].text == input.trimmingCharacters(in: .whitespaces), let v = found[0].mention.value else {
                return .some("\(input) → \(show(found))")
            }
            func base(_ side: [String: Any]?) -> Double? {
                guard let side, let x = (side["value"] as? NSNumber)?.doubleValue, let u = side["unit"] as? String, let b = baseOf(u) else { return nil }
                return x * b.factor + b.offset
            }
            let product = (exp["product"] as? String) ?? ((exp["from"] as? [String: Any])?["product"] as? String) ?? ((exp["to"] as? [String: Any])?["product"] as? String)
            if let product, found[0].mention.measurement?.product != product { return .some("\(input) → product \(found[0].mention.measurement?.product ?? "none")") }
            let ok: Bool
            if (exp["type"] as? String) == "interval" {
                ok = near(v.low, base(exp["from"] as? [String: Any])) && near(v.high, base(exp["to"] as? [String: Any]))
            } else {
                ok = near(v.point, base(exp))
            }
            return ok ? .some(nil) : .some("\(input) = \(exp) → \(show(found))")
        }
    }
}
