/// Units of measurement as data: each unit's dimension, its factor (and offset, for temperature
/// scales) to the dimension's SI base unit, its symbol, and the ways news text writes it. Factors
/// are the exact definitions (the international yard and pound of 1959, the US customary gallon).
enum UnitLexicon {
    struct Unit: Sendable {
        var name: String
        var dimension: String
        var symbol: String
        var factor: Double
        var offset: Double = 0
        /// How loosely the name fixes the amount, as a fraction: "tons" may be short, long or
        /// metric tons; "gallons" US or imperial ones. Only comparisons across units use it.
        var ambiguity: Double = 0

        var value: UnitValue {
            UnitValue(dimension: dimension, unit: name, symbol: symbol, baseSymbol: UnitLexicon.baseSymbols[dimension] ?? "", factor: factor, offset: offset)
        }
    }

    /// Where a written form may stand.
    enum Fit: Sendable {
        /// Anywhere after the figure ("5 km", "5km").
        case any
        /// Glued to the figure only ("100t", "10 '" is no foot).
        case glued
        /// Glued, in capitals, and not before a word that makes the figure a label ("30C", not
        /// "13F filing" or "the 737C").
        case gluedCapital
        /// Nothing but punctuation may follow ("5 in", not "5 in April").
        case phraseEnd
        /// Lower case only ("7.62mm"; "5MM" is five million).
        case lowerCase
        /// "m": metres when spaced ("10 m") or when the words after say so ("1.8m tall", "4m-high",
        /// "3m and 5cm", "2m x 3m"); glued and alone it is a million ("2m people", "£5m").
        case metre
    }

    struct Form: Sendable {
        var keys: [WordKey]
        var unit: Unit
        var fit: Fit
    }

    static let baseSymbols: [String: String] = [
        "length": "m", "area": "m²", "volume": "m³", "mass": "kg", "speed": "m/s", "temperature": "K",
        "energy": "J", "power": "W", "data": "B", "magnitude": "M", "angle": "rad", "age": "s", "degrees": "°", "time": "s",
    ]

    // Written forms: pieces are tokens ("km/h" is "km", "/", "h"; "km²" is "km", "²").
    static let entries: [(Unit, [String], Fit)] = {
        var e: [(Unit, [String], Fit)] = []
        func add(_ name: String, _ dim: String, _ symbol: String, _ factor: Double, offset: Double = 0, ambiguity: Double = 0,
                 _ forms: [String], fit: Fit = .any) {
            e.append((Unit(name: name, dimension: dim, symbol: symbol, factor: factor, offset: offset, ambiguity: ambiguity), forms, fit))
        }
        // length
        add("metre", "length", "m", 1, ["metre", "metres", "meter", "meters", "mtr", "mtrs"])
        add("metre", "length", "m", 1, ["m"], fit: .metre)
        add("kilometre", "length", "km", 1000, ["kilometre", "kilometres", "kilometer", "kilometers", "km", "kms"])
        add("centimetre", "length", "cm", 0.01, ["centimetre", "centimetres", "centimeter", "centimeters", "cm", "cms"])
        add("millimetre", "length", "mm", 0.001, ["millimetre", "millimetres", "millimeter", "millimeters"])
        add("millimetre", "length", "mm", 0.001, ["mm"], fit: .lowerCase)
        add("decimetre", "length", "dm", 0.1, ["decimetre", "decimetres", "decimeter", "decimeters", "dm"])
        add("micrometre", "length", "µm", 1e-6, ["micrometre", "micrometres", "micrometer", "micrometers", "micron", "microns", "µm", "μm"])
        add("nanometre", "length", "nm", 1e-9, ["nanometre", "nanometres", "nanometer", "nanometers"])
        add("inch", "length", "in", 0.0254, ["inch", "inches"])
        add("inch", "length", "in", 0.0254, ["\"", "″", "' '", "’ ’"], fit: .glued)
        add("inch", "length", "in", 0.0254, ["in"], fit: .phraseEnd)
        add("foot", "length", "ft", 0.3048, ["foot", "feet", "ft"])
        add("foot", "length", "ft", 0.3048, ["'", "′", "’"], fit: .glued)
        add("yard", "length", "yd", 0.9144, ["yard", "yards", "yd", "yds"])
        add("mile", "length", "mi", 1609.344, ["mile", "miles", "mi"])
        add("nautical mile", "length", "nmi", 1852, ["nautical mile", "nautical miles", "nmi"])
        // area
        for (w, n, f) in [("metre", "m", 1.0), ("meter", "m", 1), ("kilometre", "km", 1e6), ("kilometer", "km", 1e6),
                          ("mile", "mi", 2_589_988.110336), ("foot", "ft", 0.09290304), ("feet", "ft", 0.09290304),
                          ("yard", "yd", 0.83612736), ("centimetre", "cm", 1e-4), ("centimeter", "cm", 1e-4), ("inch", "in", 6.4516e-4)] {
            let name = "square " + (w == "feet" ? "foot" : w == "meter" ? "metre" : w == "kilometer" ? "kilometre" : w == "centimeter" ? "centimetre" : w)
            let plural = w == "foot" || w == "feet" ? "feet" : w == "inch" ? "inches" : w + "s"
            add(name, "area", n + "²", f, ["square " + w, "square " + plural, "sq " + n, "sq . " + n, "sq " + w, "sq " + plural,
                                          "sq . " + plural, n + " ²", n + " 2", "sq" + n])
        }
        add("hectare", "area", "ha", 1e4, ["hectare", "hectares", "ha", "hectre", "hectres"])
        add("acre", "area", "ac", 4046.8564224, ["acre", "acres"])
        // volume
        add("litre", "volume", "L", 0.001, ["litre", "litres", "liter", "liters", "l", "ltr", "ltrs"])
        add("millilitre", "volume", "mL", 1e-6, ["millilitre", "millilitres", "milliliter", "milliliters", "ml", "mls"])
        add("centilitre", "volume", "cL", 1e-5, ["centilitre", "centilitres", "centiliter", "centiliters", "cl"])
        add("decilitre", "volume", "dL", 1e-4, ["decilitre", "decilitres", "deciliter", "deciliters", "dl"])
        add("hectolitre", "volume", "hL", 0.1, ["hectolitre", "hectolitres", "hectoliter", "hectoliters", "hl"])
        add("cubic metre", "volume", "m³", 1, ["cubic metre", "cubic metres", "cubic meter", "cubic meters", "cu m", "m 3", "m ³"])
        add("cubic kilometre", "volume", "km³", 1e9, ["cubic kilometre", "cubic kilometres", "cubic kilometer", "cubic kilometers", "km 3", "km ³"])
        add("cubic foot", "volume", "ft³", 0.028316846592, ["cubic foot", "cubic feet", "cu ft", "ft 3", "ft ³"])
        add("billion cubic metres", "volume", "bcm", 1e9, ["bcm"])
        add("trillion cubic feet", "volume", "tcf", 1e12 * 0.028316846592, ["tcf"])
        add("gallon", "volume", "gal", 0.003785411784, ambiguity: 0.2, ["gallon", "gallons", "gal", "gals"])
        add("barrel", "volume", "bbl", 0.158987294928, ["barrel", "barrels", "bbl", "bbls"])
        add("pint", "volume", "pt", 0.000473176473, ambiguity: 0.2, ["pint", "pints"])
        add("quart", "volume", "qt", 0.000946352946, ambiguity: 0.2, ["quart", "quarts"])
        add("cup", "volume", "cup", 0.0002365882365, ambiguity: 0.06, ["cup", "cups"])
        add("tablespoon", "volume", "tbsp", 1.478676478125e-5, ["tablespoon", "tablespoons", "tbsp", "tbs"])
        add("teaspoon", "volume", "tsp", 4.92892159375e-6, ["teaspoon", "teaspoons", "tsp"])
        add("fluid ounce", "volume", "fl oz", 2.95735295625e-5, ambiguity: 0.04, ["fluid ounce", "fluid ounces", "fl oz", "fl . oz"])
        // mass
        add("kilogram", "mass", "kg", 1, ["kilogram", "kilograms", "kilogramme", "kilogrammes", "kg", "kgs", "kilo", "kilos", "k . g .", "k . g", "k . gs"])
        add("gram", "mass", "g", 0.001, ["gram", "grams", "gramme", "grammes", "gm", "gms"])
        add("gram", "mass", "g", 0.001, ["g", "gs"], fit: .lowerCase) // "5G" is a network
        add("milligram", "mass", "mg", 1e-6, ["milligram", "milligrams", "milligramme", "milligrammes", "mg", "mgs"])
        add("microgram", "mass", "µg", 1e-9, ["microgram", "micrograms", "microgramme", "microgrammes", "µg", "μg", "mcg"])
        add("tonne", "mass", "t", 1000, ["tonne", "tonnes", "metric ton", "metric tons", "metric tonne", "metric tonnes"])
        add("tonne", "mass", "t", 1000, ["t"], fit: .glued)
        add("ton", "mass", "ton", 1000, ambiguity: 0.1, ["ton", "tons"])
        add("pound", "mass", "lb", 0.45359237, ["lb", "lbs", "pound", "pounds"])
        add("ounce", "mass", "oz", 0.028349523125, ["ounce", "ounces", "oz"])
        add("stone", "mass", "st", 6.35029318, ["stone", "stones"])
        // speed (lengths per time are composed, see `UnitPhrases`)
        add("mile per hour", "speed", "mph", 0.44704, ["mph", "m . p . h ."])
        add("kilometre per hour", "speed", "km/h", 1 / 3.6, ["kph", "kmph", "kmh", "k . p . h ."])
        add("knot", "speed", "kn", 1852.0 / 3600, ["knot", "knots"])
        // temperature (a degree without a scale is its own dimension; see `UnitPhrases.degrees`)
        add("degree Celsius", "temperature", "°C", 1, offset: 273.15, ["celsius", "centigrade", "celcius", "centigrate"])
        add("degree Celsius", "temperature", "°C", 1, offset: 273.15, ["c"], fit: .gluedCapital)
        add("degree Fahrenheit", "temperature", "°F", 5.0 / 9, offset: 273.15 - 160.0 / 9, ["fahrenheit", "farenheit", "fahrenheight"])
        add("degree Fahrenheit", "temperature", "°F", 5.0 / 9, offset: 273.15 - 160.0 / 9, ["f"], fit: .gluedCapital)
        add("kelvin", "temperature", "K", 1, ["kelvin", "kelvins"])
        // energy and power
        add("joule", "energy", "J", 1, ["joule", "joules"])
        add("kilojoule", "energy", "kJ", 1e3, ["kilojoule", "kilojoules", "kj"])
        add("megajoule", "energy", "MJ", 1e6, ["megajoule", "megajoules", "mj"])
        add("gigajoule", "energy", "GJ", 1e9, ["gigajoule", "gigajoules", "gj"])
        add("kilowatt-hour", "energy", "kWh", 3.6e6, ["kwh", "kilowatt hour", "kilowatt hours", "kilowatt - hour", "kilowatt - hours"])
        add("megawatt-hour", "energy", "MWh", 3.6e9, ["mwh", "megawatt hour", "megawatt hours", "megawatt - hour", "megawatt - hours"])
        add("gigawatt-hour", "energy", "GWh", 3.6e12, ["gwh", "gigawatt hour", "gigawatt hours", "gigawatt - hour", "gigawatt - hours"])
        add("terawatt-hour", "energy", "TWh", 3.6e15, ["twh", "terawatt hour", "terawatt hours", "terawatt - hour", "terawatt - hours"])
        add("kilocalorie", "energy", "kcal", 4184, ["kilocalorie", "kilocalories", "kcal", "calorie", "calories"])
        add("British thermal unit", "energy", "BTU", 1055.05585262, ["btu", "btus"])
        add("watt", "power", "W", 1, ["watt", "watts"])
        add("watt", "power", "W", 1, ["w"], fit: .glued)
        add("kilowatt", "power", "kW", 1e3, ["kilowatt", "kilowatts", "kw"])
        add("megawatt", "power", "MW", 1e6, ["megawatt", "megawatts", "mw"])
        add("gigawatt", "power", "GW", 1e9, ["gigawatt", "gigawatts", "gw"])
        add("terawatt", "power", "TW", 1e12, ["terawatt", "terawatts"])
        add("horsepower", "power", "hp", 745.69987158227022, ["horsepower", "hp", "bhp"])
        // data: decimal prefixes as storage makers state them, binary ones as written (KiB, GiB)
        add("bit", "data", "bit", 0.125, ["bit", "bits"])
        add("byte", "data", "B", 1, ["byte", "bytes"])
        for (p, n, f) in [("k", "kilo", 1e3), ("m", "mega", 1e6), ("g", "giga", 1e9), ("t", "tera", 1e12), ("p", "peta", 1e15)] {
            add(n + "byte", "data", p.uppercased() + "B", f, [n + "byte", n + "bytes", p + "b"])
            add(n + "bit", "data", p.uppercased() + "bit", f / 8, [n + "bit", n + "bits", p + "bit", p + "bits"])
        }
        add("kibibyte", "data", "KiB", 1024, ["kibibyte", "kibibytes", "kib"])
        add("mebibyte", "data", "MiB", 1_048_576, ["mebibyte", "mebibytes", "mib"])
        add("gibibyte", "data", "GiB", 1_073_741_824, ["gibibyte", "gibibytes", "gib"])
        add("tebibyte", "data", "TiB", 1_099_511_627_776, ["tebibyte", "tebibytes", "tib"])
        // angle (degrees are read as angles only near words of turning, see `UnitPhrases.degrees`)
        add("radian", "angle", "rad", 1, ["radian", "radians", "rad", "rads"])
        return e
    }()

    /// Time units that make a length a speed ("km/h", "metres per second", "miles an hour").
    static let perTime: [String: Double] = [
        "hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600, "h": 3600, "minute": 60, "minutes": 60, "min": 60,
        "second": 1, "seconds": 1, "sec": 1, "secs": 1, "s": 1, "millisecond": 0.001, "milliseconds": 0.001, "ms": 0.001,
    ]
    static let perTimeTable = WordTable(perTime)

    /// Forms indexed by their first token, longest first.
    static let forms: WordTable<[Form]> = {
        var byFirst: [String: [Form]] = [:]
        for (unit, written, fit) in entries {
            for w in written {
                let pieces = w.split(separator: " ").map(String.init)
                guard let first = pieces.first else { continue }
                byFirst[first, default: []].append(Form(keys: pieces.map { WordKey($0) }, unit: unit, fit: fit))
            }
        }
        return WordTable(byFirst.mapValues { $0.sorted { $0.keys.count > $1.keys.count } })
    }()

    /// Words that say which extent a length measures, before or after it ("4.5 metres high",
    /// "a 4.5-metre-high levee", "10 miles long").
    static let aspects = WordTable([
        "high": "height", "tall": "height", "deep": "depth", "wide": "width", "broad": "width", "long": "length",
        "thick": "thickness", "across": "width",
    ])

    /// Words near a degree that make it an angle ("rotate 90 degrees", "a 180-degree turn").
    static let angleWords = WordTable(words: ["rotate", "rotated", "rotates", "rotating", "turn", "turned", "turns", "turning", "angle",
                                              "angles", "tilt", "tilted", "incline", "slope", "sloped", "degree-turn", "spin", "pivot"], value: true)
}

/// The unit table's names, for tools outside the library (the conformance runner).
public enum UnitCatalog {
    static let byName: [String: UnitLexicon.Unit] = {
        var t: [String: UnitLexicon.Unit] = [:]
        for (u, _, _) in UnitLexicon.entries where t[u.name] == nil { t[u.name] = u }
        return t
    }()

    /// The factor from the unit named `name` ("square kilometre", "gallon") to its base unit.
    public static func factor(_ name: String) -> Double? { byName[name]?.factor }
}
