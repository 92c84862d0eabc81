extension Extractor {
    /// Every recognizer crosscheck ships, in the order they run (order does not change the result:
    /// overlaps are settled afterwards).
    public static var standardRecognizers: [any Recognizer] {
        [
            DateRecognizer(), DurationRecognizer(),
            PersonRecognizer(), PlaceRecognizer(),
        ]
    }
}
