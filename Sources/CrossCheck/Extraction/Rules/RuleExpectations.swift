/// Compares a mention with what a rule example expects; the rule-example test and the rules'
/// own documentation share it.
public enum RuleExpectations {
    /// Why the mention does not meet the expectation, or nil when it does.
    public static func mismatch(_ m: Mention, _ expected: RuleExample.Expected) -> String? {
        func near(_ a: Double?, _ b: Double?) -> Bool {
            guard let a, let b else { return a == nil && b == nil }
            return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))
        }
        let v = m.value
        switch expected {
        case let .measure(x, unit, aspect):
            guard let u = m.measurement, m.kind == .quantity else { return "not a measurement" }
            guard u.unit == unit else { return "unit \(u.unit), want \(unit)" }
            guard near(v?.point.map(u.written), x) else { return "value \(v?.point.map(u.written) ?? .nan), want \(x)" }
            if let aspect, u.aspect != aspect { return "aspect \(u.aspect ?? "none"), want \(aspect)" }
        case let .measureRange(lo, hi, unit):
            guard let u = m.measurement, u.unit == unit else { return "unit \(m.measurement?.unit ?? "none"), want \(unit)" }
            let ends = v?.rangeEnds.map { ($0.low, $0.high) } ?? (v?.low, v?.high)
            guard near(ends.0.map(u.written), lo), near(ends.1.map(u.written), hi) else { return "range \(ends), want \(String(describing: lo))–\(String(describing: hi))" }
        case let .money(x, code):
            guard m.kind == .money, v?.unit == code, near(v?.point, x) else { return "money \(v?.unit ?? "?") \(v?.point ?? .nan), want \(code) \(x)" }
        case let .moneyRange(lo, hi, code):
            let ends = v?.rangeEnds.map { ($0.low, $0.high) } ?? (v?.low, v?.high)
            guard m.kind == .money, v?.unit == code, near(ends.0, lo), near(ends.1, hi) else { return "money range \(ends), want \(String(describing: lo))–\(String(describing: hi))" }
        case let .percent(x, unit):
            guard m.kind == .percent, v?.unit == unit, near(v?.point, x) else { return "percent \(v?.point ?? .nan) \(v?.unit ?? ""), want \(x) \(unit)" }
        case let .count(x, noun):
            guard m.kind == .count, v?.unit == noun, near(v?.point, x) else { return "count \(v?.point ?? .nan) \(v?.unit ?? ""), want \(x) \(noun)" }
        case let .number(x):
            guard near(v?.point, x) else { return "number \(v?.point ?? .nan), want \(x)" }
        case let .range(lo, hi):
            guard let r = v?.rangeEnds, near(r.low, lo), near(r.high, hi) else { return "range \(String(describing: v?.rangeEnds)), want \(lo)–\(hi)" }
        case let .clock(local, utc):
            guard let u = m.measurement, u.dimension == "time", let p = v?.point else { return "not a clock time" }
            guard ClockText.hhmm(p) == local else { return "local \(ClockText.hhmm(p)), want \(local)" }
            if let utc {
                guard let off = u.utcOffsetMinutes else { return "no zone, want UTC \(utc)" }
                guard ClockText.hhmm(p - Double(off * 60)) == utc else { return "UTC \(ClockText.hhmm(p - Double(off * 60))), want \(utc)" }
            }
        case let .clockSpan(from, to):
            guard let u = m.measurement, u.dimension == "time", let lo = v?.low, let hi = v?.high else { return "not a clock span" }
            guard ClockText.hhmm(lo) == from, ClockText.hhmm(hi) == to else { return "span \(ClockText.hhmm(lo))–\(ClockText.hhmm(hi)), want \(from)–\(to)" }
        case let .days(s, e):
            guard let d = m.date ?? m.measurement?.day, d.start.description == s, d.end.description == e else {
                return "days \((m.date ?? m.measurement?.day).map { "\($0.start)..\($0.end)" } ?? "none"), want \(s)..\(e)"
            }
        case let .direction(dir, point):
            guard m.direction == dir, near(v?.point, point) else { return "direction \(m.direction.map { "\($0)" } ?? "none") at \(v?.point ?? .nan), want \(dir) at \(point)" }
        }
        return nil
    }
}

/// Seconds after midnight as "HH:MM" (":SS" when not whole minutes), wrapped to one day.
public enum ClockText {
    public static func hhmm(_ seconds: Double) -> String {
        var s = Int(seconds.rounded()) % 86_400
        if s < 0 { s += 86_400 }
        let h = s / 3600, m = (s % 3600) / 60, sec = s % 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return sec == 0 ? "\(two(h)):\(two(m))" : "\(two(h)):\(two(m)):\(two(sec))"
    }
}
