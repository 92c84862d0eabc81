/// All quantity recognizers in one pass: each token is tested once and each figure parsed once,
/// then every kind reads it (`NumberRecognizer.step`, `MoneyRecognizer.step`, …). Gives the same
/// mentions as running the six recognizers one after the other, after overlaps are settled; this is
/// what `Extractor.standardRecognizers` uses.
public struct QuantityRecognizer: QuantityStepRecognizer {
    public init() {}

    /// Every kind reads what starts at token `i`, sharing one parse of the figure there.
    static func step(_ q: QuantityText, at i: Int, figure: inout FigureAt, widths: HedgeWidths, into mentions: inout [Mention]) -> Int {
        var next = i + 1
        next = max(next, MoneyRecognizer.step(q, at: i, figure: &figure, widths: widths, into: &mentions))
        next = max(next, MeasurementRecognizer.step(q, at: i, figure: &figure, widths: widths, into: &mentions))
        next = max(next, PercentRecognizer.step(q, at: i, figure: &figure, widths: widths, into: &mentions))
        next = max(next, CountRecognizer.step(q, at: i, figure: &figure, widths: widths, into: &mentions))
        next = max(next, MultipleRecognizer.step(q, at: i, figure: &figure, widths: widths, into: &mentions))
        next = max(next, OrdinalRecognizer.step(q, at: i, figure: &figure, widths: widths, into: &mentions))
        next = max(next, NumberRecognizer.step(q, at: i, figure: &figure, widths: widths, into: &mentions))
        return next
    }
}

/// A quantity recognizer that reads what starts at one token (`step`); the scan over a sentence is
/// shared, so each kind can also run on its own (tests, conformance) exactly as it does inside
/// `QuantityRecognizer`.
protocol QuantityStepRecognizer: Recognizer {
    /// Reads what starts at token `i`; returns the token to go on from.
    static func step(_ q: QuantityText, at i: Int, figure: inout FigureAt, widths: HedgeWidths, into mentions: inout [Mention]) -> Int
}

extension QuantityStepRecognizer {
    public func recognize(_ text: TokenizedText, sentence: Sentence, context: ExtractionContext, into mentions: inout [Mention]) {
        let q = QuantityText(text, sentence)
        let widths = context.options.hedges
        let triggers = Triggers.shared
        var i = q.lo
        while i < q.hi {
            if !triggers.relevant(q, i) { i += 1; continue }
            var figure = FigureAt()
            i = max(i + 1, Self.step(q, at: i, figure: &figure, widths: widths, into: &mentions))
        }
    }
}
