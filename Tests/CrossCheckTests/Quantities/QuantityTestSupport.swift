@testable import CrossCheck

/// A mention as the tests compare it.
struct Seen: CustomStringConvertible {
    var kind: MentionKind
    var text: String
    var hedge: Hedge
    var direction: Direction?
    var value: QuantityValue?

    var description: String {
        "\(kind.rawValue) \"\(text)\" \(hedge) \(direction.map { "\($0)" } ?? "-") [\(value?.low.map { "\($0)" } ?? "nil"), \(value?.high.map { "\($0)" } ?? "nil")] p=\(value?.point.map { "\($0)" } ?? "nil") \(value?.unit ?? "")"
    }
}

/// Runs the standard quantity recognizers on `text` and returns the mentions left after overlaps.
func quantities(_ text: String, rounding: Bool = true) -> [Seen] {
    var options = ExtractionOptions()
    options.hedges.rounding = rounding
    let extractor = Extractor(recognizers: Extractor.quantityRecognizers, options: options)
    let doc = extractor.extract(Document(path: "t.txt", text: SourceText(text)))
    return doc.mentions.map { Seen(kind: $0.kind, text: doc.text.text($0.range), hedge: $0.hedge, direction: $0.direction, value: $0.value) }
}

/// The mention whose text is exactly `span`.
func mention(_ text: String, _ span: String, rounding: Bool = true) -> Seen? {
    quantities(text, rounding: rounding).first { $0.text == span }
}

func close(_ a: Double?, _ b: Double?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
}
