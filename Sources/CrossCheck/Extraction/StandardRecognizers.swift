extension Extractor {
    /// Every recognizer crosscheck ships, in the order they run (order does not change the result:
    /// overlaps are settled afterwards).
    public static var standardRecognizers: [any Recognizer] {
        quantityRecognizers + [
            DateRecognizer(), DurationRecognizer(), ClockTimeRecognizer(),
            PersonRecognizer(), PlaceRecognizer(),
        ]
    }

    /// Numbers, money, counts, percents, multiples and ordinals (Extraction/Quantities).
    public static var quantityRecognizers: [any Recognizer] {
        [QuantityRecognizer()]
    }
}
