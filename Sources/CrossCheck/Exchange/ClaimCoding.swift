import Foundation

/// A claim to JSON and back, field for field: what `reconcile` reads must align and reconcile as
/// the claim `check` built. Numbers go through `JSONValue.format` (shortest round-trip digits),
/// so a value read back is the same double.
enum ClaimCoding {
    static func encode(_ c: Claim) -> JSONValue {
        var f: [(String, JSONValue)] = [
            ("id", .string(c.id)), ("mention", mention(c.mention)), ("sentence", .array([.int(c.sentence.start), .int(c.sentence.end)])),
            ("dimension", .string(c.dimension.description)), ("measure", measure(c.measure)), ("cue", .optional(c.cue)),
            ("subject", .optional(c.subject)), ("event", .optional(c.event)), ("phase", .string(c.phase.rawValue)),
            ("period", .string(c.period.rawValue)), ("asOf", .optional(c.asOf?.description)),
            ("eventTime", c.eventTime.map(date) ?? .null), ("modality", .string(c.modality.rawValue)),
            ("datePart", .string(c.datePart.rawValue)), ("dateIsContainer", .bool(c.dateIsContainer)),
            ("local", strings(c.context.local)), ("sentenceWords", strings(c.context.sentence)), ("names", strings(c.context.names)),
            ("isTally", .bool(c.isTally)), ("place", .optional(c.place)), ("since", c.since.map { .int($0) } ?? .null),
            ("party", .optional(c.party)),
        ]
        if let a = c.attribution { f.append(("attribution", .array([.string(a.party), .string(a.key), .bool(a.isRelay)]))) }
        if let p = c.person { f.append(("person", .array([.string(p.given), .string(p.family), .string(p.written)]))) }
        if let r = c.role {
            f.append(("role", .object([("head", .string(r.head)), ("domain", strings(r.domain)), ("isUnique", .bool(r.isUnique)),
                                       ("isFormer", .bool(r.isFormer)), ("units", strings(r.units))])))
        }
        return .object(f)
    }

    /// A double as its shortest exact digits (a string), so that it reads back bit for bit.
    static func exact(_ d: Double?) -> JSONValue { d.map { .string(String($0)) } ?? .null }

    static func strings(_ s: [String]) -> JSONValue { .array(s.map(JSONValue.string)) }

    static func measure(_ m: Measure) -> JSONValue {
        .object([("concept", .string(m.concept)), ("isKnown", .bool(m.isKnown)), ("change", .optional(m.change?.rawValue)),
                 ("isShare", .bool(m.isShare)), ("perUnit", .optional(m.perUnit))])
    }

    static func date(_ d: DateValue) -> JSONValue {
        var parts: [JSONValue] = [.string(d.start.description), .string(d.end.description), .bool(d.resolved)]
        if let w = d.weekday { parts.append(.int(w)) }
        return .array(parts)
    }

    static func mention(_ m: Mention) -> JSONValue {
        var f: [(String, JSONValue)] = [("kind", .string(m.kind.rawValue)), ("range", .array([.int(m.range.start), .int(m.range.end)])),
                                        ("hedge", .string(m.hedge.rawValue)), ("modality", .string(m.modality.rawValue))]
        if let d = m.direction { f.append(("direction", .string(d.rawValue))) }
        if let v = m.value { f.append(("value", quantity(v))) }
        if let u = m.measurement { f.append(("measurement", measurement(u))) }
        if let d = m.date { f.append(("date", date(d))) }
        if let d = m.duration { f.append(("duration", .array([exact(d.lowDays), exact(d.highDays), .optional(d.iso)]))) }
        if let p = m.person {
            f.append(("person", .array([.string(p.name), .optional(p.role), .optional(p.affiliation), .optional(p.party)])))
        }
        if let n = m.name { f.append(("name", .string(n))) }
        return .object(f)
    }

    static func quantity(_ v: QuantityValue) -> JSONValue {
        var value: [(String, JSONValue)] = [("low", exact(v.low)), ("high", exact(v.high)), ("point", exact(v.point)), ("unit", .optional(v.unit))]
        if let r = v.rangeEnds { value.append(("rangeEnds", .array([exact(r.low), exact(r.high)]))) }
        if let w = v.crossUnitWidth { value.append(("crossUnitWidth", exact(w))) }
        return .object(value)
    }

    /// A measurement's unit (length, mass, a clock time…) with what converting it needs.
    static func measurement(_ u: UnitValue) -> JSONValue {
        .object([("dimension", .string(u.dimension)), ("unit", .string(u.unit)), ("symbol", .string(u.symbol)),
                 ("baseSymbol", .string(u.baseSymbol)), ("factor", exact(u.factor)), ("offset", exact(u.offset)),
                 ("aspect", .optional(u.aspect)), ("product", .optional(u.product)), ("conversion", u.conversion.map(quantity) ?? .null),
                 ("conversionAgrees", u.conversionAgrees.map(JSONValue.bool) ?? .null), ("zone", .optional(u.zone)),
                 ("utcOffsetMinutes", u.utcOffsetMinutes.map { .int($0) } ?? .null), ("day", u.day.map(date) ?? .null),
                 ("twelveHour", .bool(u.twelveHour))])
    }

    // MARK: reading

    typealias Fail = (String) -> ClaimLineError

    static func document(_ o: [String: Any], _ fail: Fail) throws -> ExchangedDocument {
        guard let path = o["path"] as? String, !path.isEmpty else { throw fail("a document line needs \"path\"") }
        var metadata = DocumentMetadata(source: o["source"] as? String, url: o["url"] as? String, story: o["story"] as? String)
        if let text = o["published"] as? String {
            guard let day = CalendarDate(iso: text) else { throw fail("\"published\" \"\(text)\" is not a date (expected YYYY-MM-DD)") }
            metadata.published = day
        }
        metadata.publishedFrom = (o["publishedFrom"] as? String).flatMap(PublishedSource.init(rawValue:))
        var terms = StoryTerms(names: o["names"] as? [String] ?? [])
        for pair in o["terms"] as? [[Any]] ?? [] {
            guard pair.count == 2, let hex = pair[0] as? String, let h = UInt64(hex, radix: 16), let n = pair[1] as? Int else {
                throw fail("\"terms\" must hold [hash, count] pairs")
            }
            terms.terms.append(h)
            terms.counts.append(UInt16(clamping: n))
        }
        var document = ExchangedDocument(path: path, metadata: metadata, terms: terms)
        if let group = o["group"] {
            guard let g = group as? String, !g.isEmpty else { throw fail("\"group\" must be a story ID") }
            document.group = g
        }
        return document
    }

    static func placed(_ o: [String: Any], _ fail: Fail) throws -> PlacedClaim {
        guard let c = o["claim"] as? [String: Any] else { throw fail("a claim line needs \"claim\"") }
        func int(_ key: String) throws -> Int {
            guard let v = o[key] as? Int else { throw fail("\"\(key)\" must be a whole number") }
            return v
        }
        return PlacedClaim(claim: try claim(c, fail), start: SourcePosition(line: try int("line"), column: try int("column")),
                           end: SourcePosition(line: try int("endLine"), column: try int("endColumn")),
                           quote: o["text"] as? String ?? "", sentence: o["sentence"] as? String ?? "")
    }

    static func range(_ v: Any?, _ fail: Fail) throws -> ByteRange {
        guard let a = v as? [Int], a.count == 2, a[0] >= 0, a[0] <= a[1] else { throw fail("a range must be [start, end]") }
        return ByteRange(a[0], a[1])
    }

    static func claim(_ c: [String: Any], _ fail: Fail) throws -> Claim {
        guard let m = c["mention"] as? [String: Any], let dimensionText = c["dimension"] as? String,
              let dimension = dimensionFrom(dimensionText), let measureObject = c["measure"] as? [String: Any] else {
            throw fail("a claim needs \"mention\", \"dimension\" and \"measure\"")
        }
        var claim = Claim(id: c["id"] as? String ?? "", documentIndex: 0, mention: try mention(m, fail), sentence: try range(c["sentence"], fail),
                          dimension: dimension, measure: measureFrom(measureObject), cue: c["cue"] as? String,
                          subject: c["subject"] as? String, event: c["event"] as? String,
                          phase: Phase(rawValue: c["phase"] as? String ?? "") ?? .unspecified,
                          period: Period(rawValue: c["period"] as? String ?? "") ?? .unspecified,
                          asOf: (c["asOf"] as? String).flatMap(CalendarDate.init(iso:)),
                          eventTime: dateFrom(c["eventTime"]),
                          modality: Modality(rawValue: c["modality"] as? String ?? "") ?? .unspecified)
        claim.datePart = DatePart(rawValue: c["datePart"] as? String ?? "") ?? .whole
        claim.dateIsContainer = c["dateIsContainer"] as? Bool ?? false
        claim.context = ClaimContext(local: c["local"] as? [String] ?? [], sentence: c["sentenceWords"] as? [String] ?? [],
                                     names: c["names"] as? [String] ?? [])
        claim.isTally = c["isTally"] as? Bool ?? false
        claim.place = c["place"] as? String
        claim.since = c["since"] as? Int
        claim.party = c["party"] as? String
        if let a = c["attribution"] as? [Any], a.count == 3, let party = a[0] as? String, let key = a[1] as? String, let relay = a[2] as? Bool {
            claim.attribution = Attribution(party: party, key: key, isRelay: relay)
        }
        if let p = c["person"] as? [String], p.count == 3 { claim.person = PersonName(given: p[0], family: p[1], written: p[2]) }
        if let r = c["role"] as? [String: Any], let head = r["head"] as? String {
            claim.role = RoleValue(head: head, domain: r["domain"] as? [String] ?? [], isUnique: r["isUnique"] as? Bool ?? false,
                                   isFormer: r["isFormer"] as? Bool ?? false, units: r["units"] as? [String] ?? [])
        }
        return claim
    }

    static func mention(_ m: [String: Any], _ fail: Fail) throws -> Mention {
        guard let kind = MentionKind(rawValue: m["kind"] as? String ?? "") else { throw fail("a mention needs a known \"kind\"") }
        var mention = Mention(kind: kind, range: try range(m["range"], fail), hedge: Hedge(rawValue: m["hedge"] as? String ?? "") ?? .exact,
                              direction: (m["direction"] as? String).flatMap(Direction.init(rawValue:)),
                              modality: Modality(rawValue: m["modality"] as? String ?? "") ?? .unspecified)
        if let v = m["value"] as? [String: Any] {
            mention.value = quantityFrom(v)
        }
        if let u = m["measurement"] as? [String: Any] { mention.measurement = try measurementFrom(u, fail) }
        mention.date = dateFrom(m["date"])
        if let d = m["duration"] as? [Any], d.count == 3 {
            mention.duration = DurationValue(lowDays: number(d[0]), highDays: number(d[1]), iso: d[2] as? String)
        }
        if let p = m["person"] as? [Any], p.count == 4, let name = p[0] as? String {
            mention.person = PersonValue(name: name, role: p[1] as? String, affiliation: p[2] as? String, party: p[3] as? String)
        }
        mention.name = m["name"] as? String
        return mention
    }

    static func quantityFrom(_ v: [String: Any]) -> QuantityValue {
        var value = QuantityValue(low: number(v["low"]), high: number(v["high"]), point: number(v["point"]), unit: v["unit"] as? String)
        if let r = v["rangeEnds"] as? [Any], r.count == 2, let lo = number(r[0]), let hi = number(r[1]) { value.rangeEnds = RangeEnds(low: lo, high: hi) }
        value.crossUnitWidth = number(v["crossUnitWidth"])
        return value
    }

    static func measurementFrom(_ o: [String: Any], _ fail: Fail) throws -> UnitValue {
        guard let dimension = o["dimension"] as? String, let unit = o["unit"] as? String, let symbol = o["symbol"] as? String,
              let base = o["baseSymbol"] as? String else { throw fail("a measurement needs \"dimension\", \"unit\", \"symbol\" and \"baseSymbol\"") }
        var u = UnitValue(dimension: dimension, unit: unit, symbol: symbol, baseSymbol: base,
                          factor: number(o["factor"]) ?? 1, offset: number(o["offset"]) ?? 0)
        u.aspect = o["aspect"] as? String
        u.product = o["product"] as? String
        u.conversion = (o["conversion"] as? [String: Any]).map(quantityFrom)
        u.conversionAgrees = o["conversionAgrees"] as? Bool
        u.zone = o["zone"] as? String
        u.utcOffsetMinutes = o["utcOffsetMinutes"] as? Int
        u.day = dateFrom(o["day"])
        u.twelveHour = o["twelveHour"] as? Bool ?? false
        return u
    }

    static func number(_ v: Any?) -> Double? {
        if let s = v as? String { return Double(s) }
        guard let n = v as? NSNumber, !JSONInput.isBoolean(n) else { return nil }
        return n.doubleValue
    }

    static func dateFrom(_ v: Any?) -> DateValue? {
        guard let a = v as? [Any], a.count == 3 || a.count == 4, let s = a[0] as? String, let e = a[1] as? String, let resolved = a[2] as? Bool else { return nil }
        var date = DateValue(start: partial(s), end: partial(e), resolved: resolved)
        if a.count == 4, let w = number(a[3]), w >= 1, w <= 7 { date.weekday = Int(w) }
        return date
    }

    /// "2020-03-XX" back to its parts.
    static func partial(_ s: String) -> PartialDate {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        return PartialDate(year: parts.count > 0 ? parts[0] : nil, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
    }

    static func measureFrom(_ o: [String: Any]) -> Measure {
        Measure(o["concept"] as? String ?? "", isKnown: o["isKnown"] as? Bool ?? false,
                change: (o["change"] as? String).flatMap(Measure.Change.init(rawValue:)),
                isShare: o["isShare"] as? Bool ?? false, perUnit: o["perUnit"] as? String)
    }

    static func dimensionFrom(_ s: String) -> Dimension? {
        if s.hasPrefix("money:") { return .money(String(s.dropFirst(6))) }
        if s.hasPrefix("count:") { return .count(String(s.dropFirst(6))) }
        if s.hasPrefix("measure:") { return .measure(String(s.dropFirst(8))) }
        let plain: [String: Dimension] = ["percent": .percent, "points": .points, "multiple": .multiple, "number": .number, "date": .date,
                                          "duration": .duration, "place": .place, "role": .role, "holder": .holder, "party": .party,
                                          "time": .time, "rank": .rank]
        return plain[s]
    }
}
