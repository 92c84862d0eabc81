/// Every recognizer rule that carries its examples, for the one test that runs them all
/// (`RuleExampleTests`) and for anyone who wants to read what crosscheck understands.
public enum RuleCatalog {
    public static var all: [RecognizerRule] {
        MeasurementRecognizer.rules.map(\.rule) + ClockTimeRecognizer.rules.map(\.rule) + PercentRecognizer.rules
            + DateGrammar.rules.map(\.rule) + DateRecognizer.scanRules
    }
}
