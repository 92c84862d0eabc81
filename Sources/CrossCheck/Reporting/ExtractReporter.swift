/// `crosscheck extract` output: every mention with its exact span and value, and every claim with
/// what it measures, of whom, when and on whose word.
public enum ExtractReporter {
    public static func json(_ documents: [ExtractedDocument], claims: [Claim]) -> String {
        let byDoc = Dictionary(grouping: claims, by: \.documentIndex)
        let docs: [JSONValue] = documents.enumerated().map { index, d in
            .object([
                ("path", .string(d.document.path)),
                ("source", .optional(d.document.metadata.source)),
                ("published", .optional(d.document.metadata.published?.description)),
                ("publishedFrom", .optional(d.document.metadata.publishedFrom?.rawValue)),
                ("mentions", .array(d.mentions.map { mention($0, d) })),
                ("claims", .array((byDoc[index] ?? []).map { claim($0, d) })),
            ])
        }
        return JSONValue.object([("schemaVersion", .int(1)), ("documents", .array(docs))]).serialized()
    }

    static func span(_ range: ByteRange, _ d: ExtractedDocument) -> [(String, JSONValue)] {
        let pos = d.document.text.position(of: range.start)
        return [("text", .string(d.text.text(range))), ("line", .int(pos.line)), ("column", .int(pos.column)),
                ("offset", .int(range.start)), ("length", .int(range.length))]
    }

    static func mention(_ m: Mention, _ d: ExtractedDocument) -> JSONValue {
        var fields: [(String, JSONValue)] = [("kind", .string(m.kind.rawValue))]
        fields.append(contentsOf: span(m.range, d))
        fields.append(("hedge", .string(m.hedge.rawValue)))
        fields.append(contentsOf: JSONReporter.mentionValueFields(m))
        fields.append(("modality", .string(m.modality.rawValue)))
        return .object(fields)
    }

    static func claim(_ c: Claim, _ d: ExtractedDocument) -> JSONValue {
        var fields: [(String, JSONValue)] = [("kind", .string(c.kind.rawValue))]
        fields.append(contentsOf: span(c.mention.range, d))
        fields.append(contentsOf: [
            ("subject", .optional(c.subject)),
            ("dimension", .string(c.dimension.description)),
            ("measure", .string(c.measure.description)),
            ("measureCue", .optional(c.cue)),
            ("event", .optional(c.event)),
            ("phase", .string(c.phase.rawValue)),
            ("period", .string(c.period.rawValue)),
            ("datePart", .string(c.datePart.rawValue)),
            ("asOf", .optional(c.asOf?.description)),
            ("eventTime", .optional(c.eventTime.map { "\($0.start)..\($0.end)" })),
            ("modality", .string(c.modality.rawValue)),
            ("attribution", .optional(c.attribution?.party)),
            ("relay", .bool(c.attribution?.isRelay ?? false)),
            // The words alignment compares, normalised.
            ("context", .object([("near", .array(c.context.local.map(JSONValue.string))),
                                 ("names", .array(c.context.names.map(JSONValue.string)))])),
        ])
        return .object(fields)
    }

    /// One line per mention and per claim, for reading in a terminal.
    public static func text(_ documents: [ExtractedDocument], claims: [Claim]) -> String {
        let byDoc = Dictionary(grouping: claims, by: \.documentIndex)
        var out: [String] = []
        for (index, d) in documents.enumerated() {
            let m = d.document.metadata
            out.append(singleLine("== \(d.document.path)  source: \(m.source ?? "?")  published: \(m.published?.description ?? "unknown")\(m.publishedFrom.map { " (from \($0.rawValue))" } ?? "")"))
            for mention in d.mentions {
                let pos = d.document.text.position(of: mention.range.start)
                var line = "\(pos.line):\(pos.column)\t\(mention.kind.rawValue)\t\"\(d.text.text(mention.range))\" → \(ValueFormatter.understood(mention))"
                if mention.hedge != .exact { line += " [\(mention.hedge.rawValue)]" }
                if let dir = mention.direction { line += " [\(dir.rawValue)]" }
                if mention.modality != .unspecified { line += " {\(mention.modality.rawValue)}" }
                out.append(singleLine(line))
            }
            let docClaims = byDoc[index] ?? []
            if !docClaims.isEmpty { out.append("-- claims") }
            for c in docClaims {
                let pos = d.document.text.position(of: c.mention.range.start)
                var parts = ["dim=\(c.dimension)", "measure=\(c.measure)"]
                if let p = c.person { parts.append("person=\(p.key)") }
                if let r = c.role { parts.append("role=\(([r.head] + r.domain).joined(separator: "+"))\(r.isUnique ? "!" : "")") }
                if let p = c.party { parts.append("party=\(p)") }
                if let s = c.subject { parts.append("subject=\(s)") }
                if let e = c.event { parts.append("event=\(e)") }
                if c.phase != .unspecified { parts.append("phase=\(c.phase.rawValue)") }
                if c.period != .unspecified { parts.append("period=\(c.period.rawValue)") }
                if c.datePart != .whole { parts.append("part=\(c.datePart.rawValue)") }
                if c.modality != .unspecified { parts.append("modality=\(c.modality.rawValue)") }
                if let a = c.asOf { parts.append("asOf=\(a)") }
                if let t = c.eventTime { parts.append("eventTime=\(t.start)..\(t.end)") }
                if let at = c.attribution { parts.append("\(at.isRelay ? "relays" : "per")=\"\(at.party)\"") }
                out.append(singleLine("\(pos.line):\(pos.column)\t\(c.kind.rawValue)\t\"\(d.text.text(c.mention.range))\"\t\(parts.joined(separator: " "))"))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One mention per line whatever the source's line breaks: a break inside a quoted span ("the
    /// Belmoran⏎Red Cross"), with the spaces around it, reads as one space. Tabs inside a span
    /// become spaces too, since tabs separate the fields.
    static func singleLine(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: { isBreak($0) }) else { return line }
        var out = String.UnicodeScalarView()
        var pendingBreak = false
        for scalar in line.unicodeScalars {
            if isBreak(scalar) {
                while let last = out.last, last == " " { out.removeLast() }
                pendingBreak = true
                continue
            }
            if pendingBreak {
                if scalar == " " || scalar == "\t" { continue }
                out.append(" ")
                pendingBreak = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    static func isBreak(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": return true
        default: return false
        }
    }
}
