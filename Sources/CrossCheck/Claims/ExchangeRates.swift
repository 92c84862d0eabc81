/// Yearly average exchange rates, so that money stated in two currencies can be compared: "£100
/// million" and "€115 million" for one transfer fee agree when they are within the conversion
/// tolerance of each other at the year's average rate.
///
/// Source: Board of Governors of the Federal Reserve System, statistical release G.5A "Foreign
/// Exchange Rates (Annual)", https://www.federalreserve.gov/releases/g5a/ — the releases of
/// January 4, 2016 (years 2012–2015), November 1, 2021 (2017–2020) and February 1, 2024
/// (2020–2023). Averages of daily noon buying rates in New York, in currency units per US dollar
/// except the four marked with an asterisk, which the release gives in US dollars per unit.
/// 2016 is not in these releases; a year the table lacks uses the nearest year it has.
public enum ExchangeRates {
    /// Years, then one row per currency: ISO code (an asterisk: US dollars per unit), then the
    /// rates in the order of the years. Copied from the releases as printed.
    static let table = """
    years 2012 2013 2014 2015 2017 2018 2019 2020 2021 2022 2023
    AUD* 1.0359 0.9683 0.9034 0.7522 0.7671 0.7481 0.6952 0.6899 0.7515 0.6951 0.6644
    BRL 1.9535 2.1570 2.3512 3.3360 3.1910 3.6513 3.9440 5.1587 5.3958 5.1605 4.9946
    CAD 0.9995 1.0300 1.1043 1.2791 1.2984 1.2957 1.3269 1.3422 1.2533 1.3014 1.3494
    CNY 6.3093 6.1478 6.1620 6.2827 6.7569 6.6090 6.9081 6.9042 6.4508 6.7290 7.0809
    DKK 5.7922 5.6170 5.6151 6.7263 6.5957 6.3131 6.6703 6.5430 6.2897 7.0786 6.8900
    EUR* 1.2859 1.3281 1.3297 1.1096 1.1301 1.1817 1.1194 1.1410 1.1830 1.0534 1.0817
    HKD 7.7569 7.7565 7.7545 7.7524 7.7926 7.8376 7.8351 7.7559 7.7727 7.8306 7.8292
    INR 53.37 58.51 61.00 64.11 65.0659 68.3734 70.3777 74.1429 73.9351 78.5792 82.5708
    JPY 79.82 97.60 105.74 121.05 112.0986 110.3974 109.0188 106.7754 109.8429 131.4589 140.5001
    MYR 3.0862 3.1488 3.2697 3.9041 4.2982 4.0307 4.1416 4.2029 4.1439 4.3982 4.5577
    MXN 13.154 12.758 13.302 15.873 18.8841 19.2179 19.2469 21.5462 20.2844 20.1208 17.7334
    NZD* 0.8105 0.8204 0.8313 0.7001 0.7111 0.6929 0.6591 0.6498 0.7074 0.6361 0.6143
    NOK 5.8181 5.8772 6.2969 8.0681 8.2679 8.1318 8.8001 9.4283 8.5955 9.6138 10.5659
    SGD 1.2492 1.2511 1.2665 1.3746 1.3802 1.3486 1.3641 1.3800 1.3438 1.3787 1.3428
    ZAR 8.2014 9.6436 10.8420 12.7645 13.2943 13.2255 14.4475 16.4932 14.7751 16.3598 18.4535
    KRW 1126.16 1094.67 1052.29 1130.96 1129.0435 1099.2926 1165.8016 1180.5554 1144.8911 1291.7796 1306.7637
    LKR 127.539 129.046 130.536 135.869 152.4346 162.2534 178.5137 185.3319 197.8963 321.5261 326.6297
    SEK 6.7721 6.5124 6.8576 8.4350 8.5430 8.6945 9.4604 9.2167 8.5812 10.1177 10.6089
    CHF 0.9377 0.9269 0.9147 0.9628 0.9842 0.9784 0.9937 0.9389 0.9144 0.9550 0.8984
    TWD 29.558 29.680 30.299 31.744 30.4016 30.1294 30.9049 29.4568 27.9366 29.7963 31.1525
    THB 31.055 30.696 32.461 34.241 33.9134 32.3035 31.0419 31.3070 32.0052 35.0500 34.7841
    GBP* 1.5853 1.5642 1.6484 1.5284 1.2890 1.3363 1.2768 1.2829 1.3764 1.2371 1.2440
    """

    /// Units of each currency per US dollar, by year.
    static let perDollar: [String: [(year: Int, rate: Double)]] = {
        var rows = table.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        guard let header = rows.first else { return [:] }
        let years = header.dropFirst().compactMap { Int($0) }
        rows.removeFirst()
        var out: [String: [(year: Int, rate: Double)]] = ["USD": years.map { ($0, 1.0) }]
        for row in rows {
            guard let name = row.first else { continue }
            let inverted = name.hasSuffix("*")
            let code = inverted ? String(name.dropLast()) : name
            let rates = row.dropFirst().compactMap { Double($0) }
            guard rates.count == years.count else { continue }
            out[code] = zip(years, rates).map { ($0, inverted ? 1 / $1 : $1) }
        }
        return out
    }()

    /// How much wider converted money is than a figure in its own currency for a currency the
    /// table lacks; see `HedgeWidths.currencyConversion`.
    public static let defaultTolerance = 0.20

    /// The least tolerance: a reporter's rounding of a converted figure and the spread of a
    /// steady currency within a year.
    public static let minimumTolerance = 0.05

    /// How far money in `code` may stray from its value at `year`'s average rate: the larger
    /// move of the currency's yearly average into or out of that year (the nearest the table
    /// has), at least `minimumTolerance`. The Indian rupee moved 5% into 2023, the yen 20% into 2022.
    public static func tolerance(_ code: String, year: Int?) -> Double {
        guard let rows = perDollar[code], let at = rate(code, year: year),
              let i = rows.firstIndex(where: { $0.year == at.year }) else { return defaultTolerance }
        var move = 0.0
        for j in [i - 1, i + 1] where rows.indices.contains(j) && rows[j].rate > 0 && at.rate > 0 {
            move = max(move, Swift.abs(at.rate / rows[j].rate - 1), Swift.abs(rows[j].rate / at.rate - 1))
        }
        return max(minimumTolerance, move)
    }

    /// Whether the table can convert this currency.
    public static func knows(_ code: String) -> Bool { perDollar[code] != nil }

    /// Units of `code` per US dollar in `year` (the nearest year the table has); nil for a
    /// currency the table lacks.
    public static func rate(_ code: String, year: Int?) -> (rate: Double, year: Int)? {
        guard let rows = perDollar[code], let last = rows.last else { return nil }
        guard let year else { return (last.rate, last.year) }
        let best = rows.min { a, b in
            let da = Swift.abs(a.year - year), db = Swift.abs(b.year - year)
            return da != db ? da < db : a.year > b.year
        } ?? last
        return (best.rate, best.year)
    }

    /// `amount` of `code` in US dollars at the year's average.
    public static func dollars(_ amount: Double, _ code: String, year: Int?) -> Double? {
        rate(code, year: year).map { amount / $0.rate }
    }
}
