/// The measurement rules in the order they are tried, each with the examples it must read and
/// the text it must leave alone.
extension MeasurementRecognizer {
    typealias Ex = RuleExample
    typealias Not = RuleCounterExample

    static let rules: [Rule] = [magnitude, age, articleOrFraction, figureWithUnitRule]

    static let magnitude = Rule(rule: RecognizerRule(
        "earthquake magnitude",
        startWords: ["magnitude", "m"],
        examples: [
            Ex("A magnitude 6.8 earthquake struck before dawn.", "magnitude 6.8", .measure(6.8, unit: "magnitude")),
            Ex("The magnitude-7.0 quake toppled houses.", "magnitude-7.0", .measure(7.0, unit: "magnitude")),
            Ex("A 7.8-magnitude earthquake hit the coast.", "7.8-magnitude", .measure(7.8, unit: "magnitude")),
            Ex("The tremor measured 5.9 on the Richter scale.", "5.9 on the Richter scale", .measure(5.9, unit: "magnitude")),
            Ex("A 7.8 quake hit the region overnight.", "7.8", .measure(7.8, unit: "magnitude")),
            Ex("The USGS put it at M6.1.", "M6.1", .measure(6.1, unit: "magnitude")),
        ],
        counterExamples: [
            Not("Seven quakes hit the region this year.", kind: .quantity),
            Not("Shares rose 7.8 percent after the quake.", kind: .quantity),
        ]), read: { q, i, figure, widths in magnitudeReading(q, at: i, figure: &figure, widths: widths) })

    static let age = Rule(rule: RecognizerRule(
        "age",
        startWords: ["aged", "age"],
        examples: [
            Ex("A 29-year-old man was arrested.", "29-year-old", .measure(29, unit: "year")),
            Ex("She was five years old at the time.", "five years old", .measure(5, unit: "year")),
            Ex("The baby was only ten months old.", "ten months old", .measure(10, unit: "month")),
            Ex("Most cases appear at 6 weeks of age.", "6 weeks of age", .measure(6, unit: "week")),
            Ex("The driver, aged 64, was unhurt.", "aged 64", .measure(64, unit: "year")),
            Ex("The patient is a 87 yo man.", "87 yo", .measure(87, unit: "year")),
            Ex("A 90 day old bill is late.", "90 day old", .measure(90, unit: "day")),
        ],
        counterExamples: [
            Not("The talks lasted five years.", kind: .quantity),
            Not("Yo dude!", kind: .quantity),
        ]), read: { q, i, figure, widths in ageReading(q, at: i, figure: &figure, widths: widths) })

    static let articleOrFraction = Rule(rule: RecognizerRule(
        "a unit, or a fraction of one",
        startWords: ["a", "an", "half", "quarter", "third", "fourth", "tenth"],
        examples: [
            Ex("The well is half a mile from the village.", "half a mile", .measure(0.5, unit: "mile")),
            Ex("Buy a litre of milk.", "a litre of milk", .measure(1, unit: "litre")),
            Ex("Pour a quarter-litre of water.", "a quarter-litre of water", .measure(0.25, unit: "litre")),
            Ex("Add a tenth of a gallon.", "a tenth of a gallon", .measure(0.1, unit: "gallon")),
        ],
        counterExamples: [
            Not("He paid a pound for it.", "a pound", kind: .quantity),
            Not("A third of the homes were lost.", kind: .quantity),
        ]), read: { q, i, _, widths in articleReading(q, at: i, widths: widths) })

    static let figureWithUnitRule = Rule(rule: RecognizerRule(
        "a figure with its unit",
        startWords: ["minus", "negative"],
        examples: [
            Ex("The fire has burned 463,000 acres.", "463,000 acres", .measure(463_000, unit: "acre")),
            Ex("It has scorched 187,000 hectares (463,000 acres) so far.", "187,000 hectares (463,000 acres)", .measure(187_000, unit: "hectare")),
            Ex("Crews raised a 4.5-metre-high levee.", "4.5-metre-high", .measure(4.5, unit: "metre", aspect: "height")),
            Ex("The wall stands 4.5 metres high.", "4.5 metres high", .measure(4.5, unit: "metre", aspect: "height")),
            Ex("A 10-mile-long convoy formed.", "10-mile-long", .measure(10, unit: "mile", aspect: "length")),
            Ex("Winds gusted to 50 mph overnight.", "50 mph", .measure(50, unit: "mile per hour")),
            Ex("Winds reached 80 km/h on the coast.", "80 km/h", .measure(80, unit: "kilometre per hour")),
            Ex("The car can run at 188 miles an hour.", "188 miles an hour", .measure(188, unit: "mile per hour")),
            Ex("The phone comes with 256GB of storage.", "256GB of storage", .measure(256, unit: "gigabyte")),
            Ex("The link runs at 100 Mb a second.", "100 Mb", .measure(100, unit: "megabit")),
            Ex("Temperatures hit 40C in Seville.", "40C", .measure(40, unit: "degree Celsius")),
            Ex("It was 98.6 degrees Fahrenheit.", "98.6 degrees Fahrenheit", .measure(98.6, unit: "degree Fahrenheit")),
            Ex("It fell to minus 5°C overnight.", "minus 5°C", .measure(-5, unit: "degree Celsius")),
            Ex("It was 2 degrees below zero.", "2 degrees below zero", .measure(-2, unit: "degree")),
            Ex("The plant makes 1,200 MW at full load.", "1,200 MW", .measure(1200, unit: "megawatt")),
            Ex("Homes used 3.5 TWh last winter.", "3.5 TWh", .measure(3.5, unit: "terawatt-hour")),
            Ex("Police seized 2,000 kg of cocaine.", "2,000 kg of cocaine", .measure(2000, unit: "kilogram")),
            Ex("Output fell by 500,000 barrels a day.", "500,000 barrels", .measure(500_000, unit: "barrel")),
            Ex("The rifle fires a 7.62mm round.", "7.62mm", .measure(7.62, unit: "millimetre")),
            Ex("I'm 1.8m tall.", "1.8m tall", .measure(1.8, unit: "metre", aspect: "height")),
            Ex("He is 5 feet 2 inches.", "5 feet 2 inches", .measure(62, unit: "inch")),
            Ex("The lake is 3-5 kilometers wide.", "3-5 kilometers wide", .measureRange(3, 5, unit: "kilometre")),
            Ex("Add between 2 l and about 7 l.", "between 2 l and about 7 l", .measureRange(2, 7, unit: "litre")),
            Ex("The ranges cover 190 km2.", "190 km2", .measure(190, unit: "square kilometre")),
            Ex("The field is 660 square meters.", "660 square meters", .measure(660, unit: "square metre")),
        ],
        counterExamples: [
            Not("The company has 2m customers.", kind: .quantity),
            Not("Meet me at 6pm.", kind: .quantity, dimension: "length"),
            Not("Get together for 2 in April.", kind: .quantity),
            Not("He filed the 13F filing late.", kind: .quantity),
            Not("It sells 800,000 F-Series pickups.", kind: .quantity),
            Not("The code is 24703L202.", kind: .quantity),
            Not("It was a hit in the 1990’s.", kind: .quantity),
        ]), read: { q, i, figure, widths in figureWithUnit(q, at: i, figure: &figure, widths: widths) })
}
