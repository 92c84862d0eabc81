import Foundation

/// How a measurement or clock time reads in a report: the interval in a unit a reader knows for
/// its dimension (km², km/h, °C, GB), so that "463,000 acres" and "187,000 hectares" can be
/// compared at a glance, and clock times in local time with UTC beside them.
public enum MeasurementFormatter {
    public static func understood(_ m: Mention) -> String? {
        guard let u = m.measurement, let v = m.value else { return nil }
        if u.dimension == "time" { return clock(v, u) }
        if v.low == nil, v.high == nil, v.point == nil { return "too large to compare" }
        let (unit, scale, offset) = display(u, v)
        func f(_ x: Double?) -> String? { x.map { figure(($0 - offset) / scale) } }
        var text: String
        switch (v.low, v.high) {
        case let (l?, h?) where f(l) == f(h): text = (f(l) ?? "") + " " + unit
        case let (l?, h?): text = "\(f(l) ?? "")–\(f(h) ?? "") \(unit)"
        case let (l?, nil): text = "more than \(f(l) ?? "") \(unit)"
        case let (nil, h?): text = "up to \(f(h) ?? "") \(unit)"
        case (nil, nil): text = (f(v.point) ?? "?") + " " + unit
        }
        if let a = u.aspect { text += " (\(a))" }
        if let c = u.conversion, u.conversionAgrees == false {
            text += "; the bracketed \(f(c.point ?? c.low) ?? "?") \(unit) does not agree"
        }
        return text
    }

    /// The unit a reader expects for a dimension at this size, with its scale and offset from the
    /// base unit.
    static func display(_ u: UnitValue, _ v: QuantityValue) -> (String, Double, Double) {
        let x = Swift.abs(v.point ?? v.high ?? v.low ?? 0)
        switch u.dimension {
        case "length": return x >= 1000 ? ("km", 1000, 0) : x < 0.01 ? ("mm", 0.001, 0) : x < 1 ? ("cm", 0.01, 0) : ("m", 1, 0)
        case "area": return x >= 1e5 ? ("km²", 1e6, 0) : ("m²", 1, 0)
        case "volume": return x >= 1e9 ? ("km³", 1e9, 0) : x >= 1 ? ("m³", 1, 0) : ("L", 0.001, 0)
        case "mass": return x >= 1000 ? ("t", 1000, 0) : x < 1 ? ("g", 0.001, 0) : ("kg", 1, 0)
        case "speed": return ("km/h", 1 / 3.6, 0)
        case "temperature": return ("°C", 1, 273.15)
        case "energy": return prefixed(x, "J")
        case "power": return prefixed(x, "W")
        case "data": return prefixed(x, "B")
        case "magnitude": return ("magnitude", 1, 0)
        case "angle": return ("°", Double.pi / 180, 0)
        case "age": return x >= 31_557_600 ? ("years", 31_557_600, 0) : x >= 2_629_800 ? ("months", 2_629_800, 0) : ("days", 86_400, 0)
        default: return (u.baseSymbol, 1, 0)
        }
    }

    static func prefixed(_ x: Double, _ symbol: String) -> (String, Double, Double) {
        for (p, f) in [("P", 1e15), ("T", 1e12), ("G", 1e9), ("M", 1e6), ("k", 1e3)] where x >= f { return (p + symbol, f, 0) }
        return (symbol, 1, 0)
    }

    /// Up to three significant decimals, grouped thousands: "1,874", "4.5", "0.305".
    static func figure(_ x: Double) -> String {
        guard x.isFinite else { return "?" }
        let a = Swift.abs(x)
        let digits = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3
        let r = (x * pow(10, Double(digits))).rounded() / pow(10, Double(digits))
        if r == r.rounded(), Swift.abs(r) < 1e15 { return ValueFormatter.number(r) }
        var s = String(format: "%.\(digits)f", r)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// "23:40 (UTC+3: 20:40 UTC)", "06:00–12:00 on 2024-05-06", "07:30 or 19:30, zone not given".
    static func clock(_ v: QuantityValue, _ u: UnitValue) -> String {
        var text: String
        if let p = v.point {
            text = ClockText.hhmm(p)
            if u.twelveHour { text += " or " + ClockText.hhmm(p + 43_200) }
            if v.low == nil || v.high == nil { text = (v.low == nil ? "before " : "after ") + text }
            else if let l = v.low, let h = v.high, h - l > 300 { text = "\(ClockText.hhmm(l))–\(ClockText.hhmm(h))" }
        } else {
            text = "\(v.low.map(ClockText.hhmm) ?? "?")–\(v.high.map(ClockText.hhmm) ?? "?")"
        }
        if let off = u.utcOffsetMinutes {
            let sign = off < 0 ? "−" : "+"
            let zone = off == 0 ? "UTC" : "UTC\(sign)\(Swift.abs(off) / 60)\(Swift.abs(off) % 60 == 0 ? "" : ":" + String(format: "%02d", Swift.abs(off) % 60))"
            if off == 0 { text += " UTC" } else if let p = v.point ?? v.low { text += " \(zone) (\(ClockText.hhmm(p - Double(off * 60))) UTC)" }
        } else if u.zone != nil || u.day == nil {
            text += u.zone.map { ", \($0) not known" } ?? ", zone not given"
        }
        if let d = u.day { text += " on \(d.start)" }
        if u.conversionAgrees == false, let c = u.conversion?.point { text += "; the bracketed \(ClockText.hhmm(c)) UTC does not agree" }
        return text
    }
}

extension ValueFormatter {
    /// A claim's value as its fact compares it, for the reports people read: the value as a person
    /// writes it (`ReadableValue`), and money in a fact that mixes currencies with its US dollar
    /// value at the year's average rate (`ExchangeRates`), a clock time with the day its clause gives.
    public static func understood(_ c: Claim, in fact: Fact, quote: String) -> String {
        var text = ReadableValue.text(c.mention, quote: quote)
        if fact.claims.contains(where: { $0.dimension != c.dimension }) || c.dimension == .time, let also = comparedAs(c) {
            text += " " + also
        }
        return text
    }

    /// What a claim is compared as when units differ: "≈ USD 105.7M at the 2023 average rate",
    /// "on 2024-03-21 (20:40 UTC)"; nil when it is compared as written.
    public static func comparedAs(_ c: Claim) -> String? {
        switch c.dimension {
        case let .money(code) where code != "USD":
            guard let v = c.mention.value, let p = v.point ?? v.low ?? v.high, p.isFinite,
                  let r = ExchangeRates.rate(code, year: c.eventTime?.start.year ?? c.asOf?.year) else { return nil }
            return "≈ USD \(number(p / r.rate)) at the \(r.year) average rate"
        case .time:
            guard let u = c.mention.measurement, u.day == nil, let d = c.eventTime?.interval, d.lowerBound == d.upperBound else { return nil }
            return "on \(d.lowerBound)"
        default:
            return nil
        }
    }
}

extension MeasurementFormatter {
    /// Fields of a measurement or clock time in the JSON outputs: `dimension` beside the value
    /// (which holds base units), and the unit as written with the figure in it.
    static func jsonFields(_ u: UnitValue, _ v: QuantityValue?) -> [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = [("dimension", .string(u.dimension))]
        var written: [(String, JSONValue)] = [("unit", .string(u.unit))]
        if u.dimension != "time" {
            written.append(("point", .optional(v?.point.map(u.written))))
            written.append(("symbol", .string(u.symbol)))
        }
        if let a = u.aspect { written.append(("aspect", .string(a))) }
        if let p = u.product { written.append(("product", .string(p))) }
        if let z = u.zone { written.append(("zone", .string(z))) }
        if let o = u.utcOffsetMinutes { written.append(("utcOffsetMinutes", .int(o))) }
        if u.twelveHour { written.append(("twelveHour", .bool(true))) }
        if let d = u.day { written.append(("day", .object([("start", .string(d.start.description)), ("end", .string(d.end.description))]))) }
        if let agrees = u.conversionAgrees { written.append(("conversionAgrees", .bool(agrees))) }
        fields.append(("measurement", .object(written)))
        return fields
    }
}
