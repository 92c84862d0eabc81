import CrossCheck
import Foundation

// How crosscheck's quantity recognizers are compared with the peer suites (see docs/conformance.md).
//
// Common to every file:
// - The quantity recognizers run through the standard `Extractor` (overlaps settled as in
//   production), with rounding turned off (`HedgeWidths.rounding = false`): the suites state the
//   figure as written, crosscheck's default widens a bare figure to the interval its rounding
//   asserts. Hedge widths stay at their defaults; only the side that is open or closed matters.
// - Values are compared numerically (relative tolerance 1e-9).
// - A crosscheck span may be wider than the suite's when the extra text is hedge or range words
//   ("about $35 million" for "$ 35 million"): crosscheck keeps hedges inside the mention on purpose.
//
// Recognizers-Text (model files): only cases the .NET reference passes (no "dotnet" in
// not_supported / not_supported_by_design). A case passes when every expected result is found
// (same end, same start or an earlier start over hedge words, same value) and crosscheck produces
// no extra mention of the kind the model is about. Per model:
// - NumberModel: any quantity mention (number, count, money, percent, multiple) carries a number;
//   the expected number must be the figure of one of them (a count's figure is its number: "26" in
//   "twenty-six people"). Extra `number` mentions fail the case.
// - NumberRangeModel: number/count/money/percent mentions with a comparison or range hedge, and
//   exact ones stated as an equality ("equal to 170" → "[170,170]"). Values are compared by their
//   ends; a one-sided comparison must also match the bracket ("more than X" = "(X,)", "at least X"
//   = "[X,)", "less than X" = "(,X)", "at most X"/"up to X" = "(,X]"). Two-sided ranges are compared
//   by their ends only: crosscheck's range carries no open/closed flag ("between 20 and 30" is
//   "[20,30)" in the suite, [20,30] in crosscheck).
// - PercentModel: percent mentions; "10%" → point 10, unit "%". Results without a value (a bare
//   "percent") are dropped: crosscheck reports figures only.
// - OrdinalModel: ordinal mentions; point = n. Relative ordinals ("last", "next", "the one before the
//   last") are out of scope: crosscheck's ordinals are absolute ranks.
// - CurrencyModel: money mentions; the unit must map to the expected currency (isoCurrency when
//   given; "Dollar" → USD, "Pound" → GBP, "Cent"/"Pence" → a hundredth of USD/GBP, …). Results
//   without a value (a bare "dollar") are dropped.
//
// Duckling: sets corpus and region (latent is skipped: it is Duckling's opt-in mode for bare
// figures). A case passes when exactly one mention of the dimension spans the whole input with the
// expected value. "$" is Duckling's ambiguous dollar: USD (or any dollar) passes. Regional cases
// expect the region's dollar for "grand": crosscheck has no locale, so any dollar code passes
// there too. Coin names ("dime", "nickel", "quarter") are out of scope by design: in news text "a
// quarter" is a fraction or three months, not 25 cents.

private let quantityExtractor: Extractor = {
    var options = ExtractionOptions()
    options.hedges.rounding = false
    return Extractor(recognizers: Extractor.quantityRecognizers, options: options)
}()

private struct Found {
    var mention: Mention
    var text: String
    /// UTF-16 offsets, end exclusive.
    var start: Int
    var end: Int
}

private func extract(_ input: String) -> [Found] {
    let doc = quantityExtractor.extract(Document(path: "case", text: SourceText(input)))
    let bytes = doc.text.source.bytes
    return doc.mentions.map { mention in
        // A measurement is scored as written ("more than thirty years old" states 30).
        var m = mention
        if let u = m.measurement, var v = m.value {
            v.low = v.low.map(u.written); v.high = v.high.map(u.written); v.point = v.point.map(u.written)
            m.value = v
        }
        let before = String(decoding: bytes[0..<m.range.start], as: UTF8.self)
        let text = doc.text.text(m.range)
        let s = before.utf16.count
        return Found(mention: m, text: text, start: s, end: s + text.utf16.count)
    }
}

private func same(_ a: Double?, _ b: Double?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) || abs(a - b) < 1e-6
}

private func number(_ any: Any?) -> Double? {
    if let d = any as? Double { return d }
    if let i = any as? Int { return Double(i) }
    if let s = any as? String { return Double(s.replacingOccurrences(of: "%", with: "")) }
    if let n = any as? NSNumber { return n.doubleValue }
    return nil
}

private func describe(_ found: [Found]) -> String {
    found.map { f in
        let v = f.mention.value
        let fmt: (Double?) -> String = { $0.map { String(format: "%g", $0) } ?? "nil" }
        return "\(f.mention.kind.rawValue)\"\(f.text)\"[\(fmt(v?.low)),\(fmt(v?.high)) p=\(fmt(v?.point)) \(v?.unit ?? "")]"
    }.joined(separator: " ")
}

/// The suite's span [start, end] (inclusive end) is covered by `f`, the extra text being words.
private func covers(_ f: Found, start: Int, end: Int, input: String) -> Bool {
    guard f.start <= start, f.end >= end + 1 else { return false }
    let u = Array(input.utf16)
    let extra = u[f.start..<start] + u[(end + 1)..<min(f.end, u.count)]
    if f.start == start && f.end == end + 1 { return true }
    // the extra part must not contain another figure
    return !extra.contains { $0 >= 0x30 && $0 <= 0x39 }
}

private func inScopeForDotnet(_ c: [String: Any]) -> Bool {
    let marks = (c["not_supported"] as? [String] ?? []) + (c["not_supported_by_design"] as? [String] ?? [])
    return !marks.contains("dotnet")
}

/// Currency names of Recognizers-Text without an ISO code: accepted codes and the factor from
/// the named unit to the code's main unit.
private let currencyNames: [String: ([String], Double)] = [
    "Dollar": (["USD"], 1), "Pound": (["GBP"], 1), "Euro": (["EUR"], 1), "Cent": (["USD"], 0.01),
    "Pence": (["GBP"], 0.01), "Penny": (["GBP"], 0.01), "Franc": (["CHF", "FRF", "BEF"], 1), "Peseta": (["ESP"], 1),
    "Finnish markka": (["FIM"], 1), "Netherlands guilder": (["NLG"], 1), "Rupee": (["INR"], 1),
    "Bitcoin": (["BTC"], 1), "Satoshi": (["BTC"], 1e-8), "Sen": (["MYR"], 0.01), "Yen": (["JPY"], 1),
]

func runQuantitySuites(_ conformance: inout Conformance) {
    if let dump = ProcessInfo.processInfo.environment["CROSSCHECK_DUMP"] {
        print(describe(extract(dump)))
    }
    runRecognizersText(&conformance)
    runDuckling(&conformance)
}

private func runRecognizersText(_ conformance: inout Conformance) {
    let numberKinds: Set<MentionKind> = [.number, .count, .money, .percent, .multiple]

    // NumberModel
    conformance.run("Recognizers-Text NumberModel", file: "recognizers/NumberModel.jsonl") { c in
        guard inScopeForDotnet(c), let input = c["input"] as? String, let results = c["results"] as? [[String: Any]] else { return nil }
        let found = extract(input)
        var used = Set<Int>()
        for r in results {
            guard let s = r["start"] as? Int, let e = r["end"] as? Int, let v = number(r["value"]) else { continue }
            let hit = found.indices.first { k in
                !used.contains(k) && numberKinds.contains(found[k].mention.kind) && covers(found[k], start: s, end: e, input: input)
                    && same(found[k].mention.value?.point, v)
            }
            guard let hit else { return .some("\(input) → missing \(r["text"] ?? "") = \(v); got \(describe(found))") }
            used.insert(hit)
        }
        for (k, f) in found.enumerated() where !used.contains(k) && f.mention.kind == .number {
            return .some("\(input) → extra \(describe([f]))")
        }
        return .some(nil)
    }

    // NumberRangeModel
    conformance.run("Recognizers-Text NumberRangeModel", file: "recognizers/NumberRangeModel.jsonl") { c in
        guard inScopeForDotnet(c), let input = c["input"] as? String, let results = c["results"] as? [[String: Any]] else { return nil }
        // Comparisons and ranges; an exact figure only when stated as an equality ("equal to 170",
        // "equals 20"), which the suite writes "[170,170]".
        let found = extract(input).filter { f in
            guard f.mention.kind != .ordinal else { return false }
            switch f.mention.hedge {
            case .approximate, .vague: return false
            case .exact: return f.text.lowercased().hasPrefix("equal")
            default: return true
            }
        }
        var used = Set<Int>()
        for r in results {
            guard let s = r["start"] as? Int, let e = r["end"] as? Int, let text = r["value"] as? String else { continue }
            let parts = text.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            let lo = Double(parts[0]), hi = Double(parts[1])
            let openLow = text.hasPrefix("("), openHigh = text.hasSuffix(")")
            let hit = found.indices.first { k in
                let v = found[k].mention.value
                // A one-sided comparison must also agree on whether its bound is included:
                // "more than X" is "(X,", "at least X" is "[X,", "less than X" is ",X)", "at most X" ",X]".
                // Two-sided ranges carry no such flag in crosscheck; only their ends are compared.
                let sideOK: Bool
                switch found[k].mention.hedge {
                case .moreThan: sideOK = openLow && hi == nil
                case .atLeast: sideOK = !openLow && hi == nil
                case .lessThan: sideOK = openHigh && lo == nil
                case .atMost, .upTo: sideOK = !openHigh && lo == nil
                default: sideOK = true
                }
                return !used.contains(k) && sideOK && covers(found[k], start: s, end: e, input: input) && same(v?.low, lo) && same(v?.high, hi)
            }
            guard let hit else { return .some("\(input) → missing \(r["text"] ?? "") = \(text); got \(describe(found))") }
            used.insert(hit)
        }
        if let extra = found.indices.first(where: { !used.contains($0) }) { return .some("\(input) → extra \(describe([found[extra]]))") }
        return .some(nil)
    }

    // PercentModel
    conformance.run("Recognizers-Text PercentModel", file: "recognizers/PercentModel.jsonl") { c in
        guard inScopeForDotnet(c), let input = c["input"] as? String, let results = c["results"] as? [[String: Any]] else { return nil }
        let found = extract(input).filter { $0.mention.kind == .percent }
        var used = Set<Int>()
        for r in results {
            guard let s = r["start"] as? Int, let e = r["end"] as? Int, let v = number(r["value"]) else { continue }
            let hit = found.indices.first { k in !used.contains(k) && covers(found[k], start: s, end: e, input: input) && same(found[k].mention.value?.point, v) }
            guard let hit else { return .some("\(input) → missing \(r["text"] ?? "") = \(v); got \(describe(found))") }
            used.insert(hit)
        }
        if let extra = found.indices.first(where: { !used.contains($0) }) { return .some("\(input) → extra \(describe([found[extra]]))") }
        return .some(nil)
    }

    // OrdinalModel
    conformance.run("Recognizers-Text OrdinalModel", file: "recognizers/OrdinalModel.jsonl") { c in
        guard inScopeForDotnet(c), let input = c["input"] as? String, let results = c["results"] as? [[String: Any]] else { return nil }
        if results.contains(where: { ($0["relativeTo"] as? String).map { $0 != "start" } ?? false }) { return nil }
        let found = extract(input).filter { $0.mention.kind == .ordinal }
        var used = Set<Int>()
        for r in results {
            guard let s = r["start"] as? Int, let e = r["end"] as? Int, let v = number(r["value"]) else { continue }
            let hit = found.indices.first { k in !used.contains(k) && covers(found[k], start: s, end: e, input: input) && same(found[k].mention.value?.point, v) }
            guard let hit else { return .some("\(input) → missing \(r["text"] ?? "") = \(v); got \(describe(extract(input)))") }
            used.insert(hit)
        }
        if let extra = found.indices.first(where: { !used.contains($0) }) { return .some("\(input) → extra \(describe([found[extra]]))") }
        return .some(nil)
    }

    // CurrencyModel
    conformance.run("Recognizers-Text CurrencyModel", file: "recognizers/CurrencyModel.jsonl") { c in
        guard inScopeForDotnet(c), let input = c["input"] as? String, let results = c["results"] as? [[String: Any]] else { return nil }
        let found = extract(input).filter { $0.mention.kind == .money }
        var used = Set<Int>()
        for r in results {
            guard let s = r["start"] as? Int, let e = r["end"] as? Int, let v = number(r["value"]) else { continue }
            var codes: [String] = [], factor = 1.0
            if let iso = r["isoCurrency"] as? String { codes = [iso] }
            else if let unit = r["unit"] as? String, let m = currencyNames[unit] { codes = m.0; factor = m.1 }
            let hit = found.indices.first { k in
                let mv = found[k].mention.value
                return !used.contains(k) && covers(found[k], start: s, end: e, input: input)
                    && (codes.isEmpty || codes.contains(mv?.unit ?? "")) && same(mv?.point, v * factor)
            }
            guard let hit else { return .some("\(input) → missing \(r["text"] ?? "") = \(v) \(r["unit"] ?? ""); got \(describe(found))") }
            used.insert(hit)
        }
        if let extra = found.indices.first(where: { !used.contains($0) }) { return .some("\(input) → extra \(describe([found[extra]]))") }
        return .some(nil)
    }
}

private let dollarCodes: Set<String> = ["USD", "AUD", "CAD", "NZD", "JMD", "TTD", "HKD", "SGD", "TWD", "BZD", "BSD"]

private func duckUnitMatches(_ expected: String?, _ ours: String?, region: Bool) -> Bool {
    guard let expected else { return true }
    let ours = ours ?? ""
    switch expected {
    case "$": return dollarCodes.contains(ours)
    case "£": return ours == "GBP"
    case "unknown": return true
    case "cent": return ours == "USD" || ours == "EUR" || ours == "GBP" // "pennies"
    case "dinar": return ["KWD", "BHD", "JOD", "IQD", "DZD", "TND", "LYD", "RSD"].contains(ours)
    case "riyal": return ["SAR", "QAR", "OMR", "YER"].contains(ours)
    case "rial": return ["IRR", "OMR", "YER"].contains(ours)
    default:
        if region && dollarCodes.contains(expected) { return dollarCodes.contains(ours) }
        return expected == ours
    }
}

private func duckValue(_ v: [String: Any]) -> Double? {
    guard let x = number(v["value"]) else { return nil }
    return (v["unit"] as? String) == "cent" ? x / 100 : x
}

private func runDuckling(_ conformance: inout Conformance) {
    func whole(_ input: String, _ kinds: Set<MentionKind>) -> Found? {
        let found = extract(input).filter { kinds.contains($0.mention.kind) }
        let trimmed = input.trimmingCharacters(in: .whitespaces)
        guard found.count == 1, found[0].text == trimmed else { return nil }
        return found[0]
    }
    let coins = ["dime", "nickel", "quarter"]

    conformance.run("Duckling numeral", file: "duckling/numeral.jsonl") { c in
        guard let set = c["set"] as? String, set == "corpus" || set == "region", let input = c["input"] as? String,
              let exp = c["expected"] as? [String: Any], let v = number(exp["value"]) else { return nil }
        guard let f = whole(input, [.number, .count, .money, .percent, .multiple]), same(f.mention.value?.point, v) else {
            return .some("\(input) = \(v); got \(describe(extract(input)))")
        }
        return .some(nil)
    }
    conformance.run("Duckling ordinal", file: "duckling/ordinal.jsonl") { c in
        guard let set = c["set"] as? String, set == "corpus" || set == "region", let input = c["input"] as? String,
              let exp = c["expected"] as? [String: Any], let v = number(exp["value"]) else { return nil }
        guard let f = whole(input, [.ordinal]), same(f.mention.value?.point, v) else {
            return .some("\(input) = \(v); got \(describe(extract(input)))")
        }
        return .some(nil)
    }
    conformance.run("Duckling amount_of_money", file: "duckling/amount_of_money.jsonl") { c in
        guard let set = c["set"] as? String, set == "corpus" || set == "region", let input = c["input"] as? String,
              let exp = c["expected"] as? [String: Any] else { return nil }
        if coins.contains(where: { input.lowercased().contains($0) }) { return nil }
        let region = set == "region"
        guard let f = whole(input, [.money]), let mv = f.mention.value else { return .some("\(input) → \(describe(extract(input)))") }
        if (exp["type"] as? String) == "interval" {
            let from = exp["from"] as? [String: Any], to = exp["to"] as? [String: Any]
            let ok = same(mv.low, from.flatMap(duckValue)) && same(mv.high, to.flatMap(duckValue))
                && duckUnitMatches((from ?? to)?["unit"] as? String, mv.unit, region: region)
            return ok ? .some(nil) : .some("\(input) → \(describe([f]))")
        }
        let ok = same(mv.point, duckValue(exp)) && duckUnitMatches(exp["unit"] as? String, mv.unit, region: region)
        return ok ? .some(nil) : .some("\(input) = \(exp["value"] ?? "") \(exp["unit"] ?? "") → \(describe([f]))")
    }
    conformance.run("Duckling amount_of_money_negative", file: "duckling/amount_of_money_negative.jsonl") { c in
        guard let input = c["input"] as? String else { return nil }
        let found = extract(input).filter { $0.mention.kind == .money }
        return found.isEmpty ? .some(nil) : .some("\(input) → \(describe(found))")
    }
    conformance.run("Duckling amount_of_money_range", file: "duckling/amount_of_money_range.jsonl") { c in
        guard let input = c["input"] as? String, let text = c["expected_text"] as? String else { return nil }
        let found = extract(input).filter { $0.mention.kind == .money }
        return found.count == 1 && found[0].text == text ? .some(nil) : .some("\(input) → \(describe(found)) (want \(text))")
    }
}
