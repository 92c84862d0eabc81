import Testing
@testable import CrossCheck

@Suite struct ConfigurationTests {
    func parse(_ json: String) throws -> Configuration {
        try Configuration.parse(Array(json.utf8), file: "proj/.crosscheck.json")
    }

    @Test func emptyFileGivesDefaults() throws {
        let config = try parse("{}")
        #expect(config == Configuration())
        #expect(config.tolerance == 0)
        #expect(config.failOn == nil)
        #expect(config.hedges == HedgeWidths())
    }

    @Test func readsEveryKey() throws {
        let config = try parse("""
        {"version": 1, "failOn": "changed", "tolerance": 0.06, "ignore": ["drafts/", "*.notes.md"],
         "aliases": {"Blue House": "KR"}, "severities": {"changed": "error", "conflict": "warning"},
         "hedges": {"approximate": 0.2, "nearly": 0.05, "rounding": false, "moreThanCeiling": 0.5, "vagueLow": 3, "vagueHigh": 8}}
        """)
        #expect(config.failOn == .changed)
        #expect(config.tolerance == 0.06)
        #expect(config.ignore == ["drafts/", "*.notes.md"])
        #expect(config.aliases == ["Blue House": "KR"])
        #expect(config.severities == [.changed: .error, .conflict: .warning])
        #expect(config.hedges.approximate == 0.2)
        #expect(config.hedges.nearly == 0.05)
        #expect(config.hedges.rounding == false)
        #expect(config.hedges.moreThanCeiling == 0.5)
        #expect(config.hedges.vagueLow == 3)
        #expect(config.hedges.vagueHigh == 8)
        #expect(config.extractionOptions.hedges == config.hedges)
    }

    @Test(arguments: [
        (#"{"tolerence": 0.1}"#, "unknown key \"tolerence\""),
        (#"{"hedges": {"aproximate": 0.1}}"#, "unknown key \"hedges.aproximate\""),
        (#"{"severities": {"conflicts": "note"}}"#, "unknown key \"severities.conflicts\""),
    ])
    func unknownKeysAreErrorsNamingKeyAndFile(_ json: String, _ expected: String) {
        do {
            _ = try parse(json)
            Issue.record("no error for \(json)")
        } catch let error as ConfigurationError {
            #expect(error.description.hasPrefix("proj/.crosscheck.json: "))
            #expect(error.description.contains(expected))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test(arguments: [
        #"{"version": 2}"#, #"{"failOn": "warning"}"#, #"{"tolerance": "5%"}"#, #"{"tolerance": -1}"#,
        #"{"ignore": "drafts/"}"#, #"{"hedges": {"rounding": 1}}"#, #"{"hedges": {"approximate": true}}"#,
        #"{"severities": {"conflict": "fatal"}}"#, #"{"aliases": {"Seoul": 3}}"#, "[1]", "not json",
    ])
    func wrongValuesAreErrors(_ json: String) {
        #expect(throws: ConfigurationError.self) { try parse(json) }
    }

    @Test func toleranceDowngradesSmallNumericConflicts() throws {
        let result = try Fixtures.check("sma-2020")
        var config = Configuration()
        config.tolerance = 0.06
        let adjusted = config.apply(to: result)
        // The 5.7% payment conflict is within 6%; the 25% demand conflict is not.
        #expect(adjusted.conflicts.count == result.conflicts.count - 1)
        let small = try #require(result.conflicts.first { ($0.assessment.spread ?? 1) < 0.06 })
        let payment = try #require(adjusted.facts.first { $0.id == small.id })
        #expect(payment.assessment.verdict == .consistent)
        #expect(adjusted.explanation(payment).contains("tolerance"))
    }

    @Test func severityOverridesApplyPerVerdict() throws {
        let result = try Fixtures.check("sma-2020")
        var config = Configuration()
        config.severities = [.conflict: .warning]
        let adjusted = config.apply(to: result)
        #expect(adjusted.conflicts.allSatisfy { $0.assessment.severity == .warning })
        #expect(adjusted.facts.count == result.facts.count)
    }

    @Test(arguments: [
        ("a.txt", "a.txt", true), ("drafts/x.md", "drafts/", true), ("drafts/x.md", "drafts", true),
        ("x.notes.md", "*.notes.md", true), ("sub/x.notes.md", "*.notes.md", true), ("x.md", "*.notes.md", false),
        ("ab.txt", "a.txt", false), ("a/b.txt", "./a/b.txt", true), ("a1.txt", "a?.txt", true),
    ])
    func pathPatterns(_ path: String, _ pattern: String, _ matches: Bool) {
        #expect(PathPattern.matches(path, pattern: pattern) == matches)
    }
}

@Suite struct ConversionToleranceConfigurationTests {
    @Test func conversionTolerancesAreConfigurable() throws {
        let config = try Configuration.parse(Array(#"{"hedges": {"currencyConversion": 0.1, "unitConversion": 0.05}}"#.utf8), file: "c.json")
        #expect(config.hedges.currencyConversion == 0.1)
        #expect(config.hedges.unitConversion == 0.05)
        #expect(HedgeWidths().currencyConversion == nil)  // by default, from the exchange-rate table
    }
}
