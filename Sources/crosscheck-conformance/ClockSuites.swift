import CrossCheck
import Foundation

// Time-of-day conformance: the `datetimeV2.time` results of Recognizers-Text DateTimeModel, in the
// cases the .NET reference passes (docs/conformance-time.md, "Clock times"). The clock-time
// recognizer runs alone, against the case's reference date. A result passes when a clock-time
// mention has its span (after a leading "at", "on", "in" or "the" on either side) and its local
// time is one of the suite's values; a time without "am"/"pm" may be either half of the day, as
// the suite's two values for "half past seven" say.

private let clockExtractor = Extractor(recognizers: [ClockTimeRecognizer()])

func runClockSuites(_ conformance: inout Conformance) {
    var result = Conformance.FileResult(file: "recognizers DateTimeModel: time of day")
    guard let cases = conformance.lines("recognizers/DateTimeModel.jsonl") else { return }
    for c in cases {
        let marks = (c["not_supported"] as? [String] ?? []) + (c["not_supported_by_design"] as? [String] ?? [])
        guard let input = c["input"] as? String, let expected = c["results"] as? [[String: Any]] else { continue }
        for r in expected where (r["type"] as? String) == "datetimeV2.time" {
            if marks.contains("dotnet") { result.skipped += 1; continue }
            guard let start = r["start"] as? Int, let end = r["end"] as? Int else { continue }
            let values = ((r["resolution"] as? [String: Any])?["values"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
            result.inScope += 1
            var document = Document(path: "case", text: SourceText(input))
            document.metadata.published = (c["reference_datetime"] as? String).flatMap { CalendarDate(iso: String($0.prefix(10))) }
            let doc = clockExtractor.extract(document)
            let bytes = doc.text.source.bytes
            let wantStart = strippedStart(doc.text, byteOffset(bytes, start), label: "time")
            let ok = doc.mentions.contains { m in
                guard let u = m.measurement, u.dimension == "time", let p = m.value?.point ?? m.value?.low else { return false }
                guard strippedStart(doc.text, m.range.start, label: "time") == wantStart, scalarOffset(bytes, m.range.end) == end + 1 else { return false }
                var readings = [clockValue(p)]
                if u.twelveHour { readings.append(clockValue(p + 43_200)) }
                return readings.contains { values.contains($0) }
            }
            if ok { result.passed += 1 } else {
                let got = doc.mentions.map { m in "\"\(doc.text.text(m.range))\" \(m.value?.point.map(clockValue) ?? "?")\(m.measurement?.twelveHour == true ? " (12h)" : "")" }
                result.failures.append("\(input) — want \"\(r["text"] ?? "")\" \(values) — got \(got.isEmpty ? "nothing" : got.joined(separator: "; "))")
            }
        }
    }
    conformance.results.append(result)
}

/// "HH:MM:SS" of seconds after midnight, as the suite writes values.
private func clockValue(_ seconds: Double) -> String {
    var s = Int(seconds.rounded()) % 86_400
    if s < 0 { s += 86_400 }
    return String(format: "%02d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60)
}
