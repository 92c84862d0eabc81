/// The sentences of one generated report: the story's figures in one of several wordings, the
/// story's names in sentences without figures, and general filler, shuffled a little.
extension ArchiveGenerator {
    mutating func sentences(_ f: Facts, daysIn: Int) -> [String] {
        var figures = figureSentences(f, daysIn: daysIn)
        var named = namedFillers(f)
        var out: [String] = []
        // A report states most of its story's figures, in its own order, between other sentences.
        while !figures.isEmpty || !named.isEmpty {
            if !figures.isEmpty, random.int(0...4) != 0 { out.append(figures.remove(at: random.int(0...(figures.count - 1)))) }
            if !named.isEmpty, random.int(0...2) != 0 { out.append(named.remove(at: random.int(0...(named.count - 1)))) }
            if random.int(0...2) == 0 { out.append(random.pick(Self.generic)) }
        }
        while out.joined().utf8.count < 2_650 { out.append(random.pick(Self.generic)) }
        return out
    }

    mutating func figureSentences(_ f: Facts, daysIn: Int) -> [String] {
        sharedMeasures(f) + kindFigures(f, daysIn: daysIn)
    }

    /// Figures of measures every kind of story has: the same words in every story, values of
    /// their own.
    mutating func sharedMeasures(_ f: Facts) -> [String] {
        let n = f.names
        let x = f.figures
        return [
            "A hotline set up for the public had received \(count(x["calls"]!)) calls by \(Self.weekday(f.day + 1)), officials said.",
            "The \(n["region"]!) regional council set aside \(money(x["fund"]!)) to help those affected.",
            "In a survey, \(percent(x["trust"]!)) of residents said they trusted the official figures.",
        ]
    }

    mutating func kindFigures(_ f: Facts, daysIn: Int) -> [String] {
        let n = f.names
        let x = f.figures
        let day = Self.weekday(f.day)
        switch f.kind {
        case .flood:
            // The toll is a running one: later reports give a higher figure.
            let toll = (x["deaths"] ?? 0) + Double(daysIn * 2)
            return [
                random.pick(["The death toll from the floods in \(n["region"]!) province rose to \(count(toll)) on \(Self.weekday(f.day + daysIn)), the \(n["agency"]!) Agency said.",
                             "At least \(count(toll)) people have died in the floods so far, according to the \(n["agency"]!) Agency."]),
                "Authorities evacuated \(count(x["evacuated"]!)) residents from \(n["town"]!) and nearby villages.",
                random.pick(["About \(count(x["homes"]!)) homes were flooded when the \(n["river"]!) River broke through a levee on \(day).",
                             "The water damaged \(count(x["homes"]!)) homes in \(n["town"]!), officials said."]),
                "The finance ministry put the damage at \(money(x["damage"]!, "€")), most of it to roads and farmland.",
                "\(n["official"]!), a spokesperson for the \(n["agency"]!) Agency, said rescue teams were still searching flooded streets.",
            ]
        case .results:
            return [
                random.pick(["\(n["company"]!) said quarterly revenue rose \(percent(x["growth"]!)) to \(money(x["revenue"]!)).",
                             "Revenue at \(n["company"]!) grew \(percent(x["growth"]!)) from a year earlier, to \(money(x["revenue"]!))."]),
                "Net income for the quarter was \(money(x["income"]!)), the company said on \(day).",
                "Shares of \(n["company"]!) rose \(percent(x["shares"]!)) in early trading after the results.",
                "The company employs \(count(x["staff"]!)) people, most of them in \(n["town"]!).",
                "\(n["person"]!), the chief executive of \(n["company"]!), said demand had held up better than expected.",
            ]
        case .strike:
            return [
                "About \(count(x["workers"]!)) workers at \(n["company"]!) walked off the job on \(day) after talks with the \(n["union"]!) union broke down.",
                random.pick(["The company offered a pay rise of \(percent(x["offer"]!)) over \(Int(x["years"]!)) years, which members rejected.",
                             "Members turned down an offer of \(percent(x["offer"]!)) over \(Int(x["years"]!)) years."]),
                "The strike at the \(n["town"]!) plant has lasted \(Int(x["days"]!)) days, the \(n["union"]!) union said.",
                "\(n["person"]!), president of the \(n["union"]!) union, said the vote showed how angry members were.",
            ]
        case .outbreak:
            return [
                random.pick(["Health officials have linked \(count(x["cases"]!)) cases of illness to \(n["product"]!) salad in \(Int(x["states"]!)) states.",
                             "The outbreak tied to \(n["product"]!) salad has sickened \(count(x["cases"]!)) people in \(Int(x["states"]!)) states, officials said."]),
                "Of those, \(count(x["hospital"]!)) people were admitted to hospital, the \(n["agency"]!) Health Agency said.",
                "\(Int(x["deaths"]!)) deaths have been reported in \(n["region"]!), according to the agency.",
                "\(n["official"]!), an epidemiologist at the \(n["agency"]!) Health Agency, urged shoppers to throw the salad away.",
            ]
        case .recall:
            return [
                "\(n["company"]!) is recalling \(count(x["units"]!)) \(n["product"]!) heaters sold since \(2010 + random.int(0...8)).",
                "The company has received \(count(x["incidents"]!)) reports of heaters overheating, the safety regulator said.",
                "Owners can get a refund of \(money(x["refund"]!)) for each heater, \(n["company"]!) said on \(day).",
                "\(n["official"]!), a spokesperson for \(n["company"]!), said no injuries had been confirmed.",
            ]
        case .takeover:
            return [
                random.pick(["\(n["buyer"]!) agreed to buy \(n["company"]!) for \(money(x["deal"]!)), the companies said on \(day).",
                             "The deal values \(n["company"]!) at \(money(x["deal"]!)), including debt."]),
                "\(n["buyer"]!) will pay \(money(x["price"]!)) a share in cash.",
                "The offer is a premium of \(percent(x["premium"]!)) to the closing price before the talks were reported.",
                "\(n["person"]!), chief executive of \(n["buyer"]!), said the deal would close next year.",
            ]
        case .wildfire:
            return [
                "The \(n["fire"]!) Fire has burned \(count(x["acres"]!)) acres near \(n["town"]!), fire officials said on \(day).",
                "Crews had the fire \(percent(x["contained"]!)) contained by \(day) evening.",
                "The fire has destroyed \(count(x["structures"]!)) homes and other buildings in \(n["region"]!) County.",
                "More than \(count(x["crews"]!)) firefighters are working the fire lines, said \(n["official"]!), a spokesperson for the forest service.",
            ]
        }
    }

    /// Sentences that name the story's people and places without giving figures.
    func namedFillers(_ f: Facts) -> [String] {
        let n = f.names
        switch f.kind {
        case .flood, .wildfire:
            return ["Residents of \(n["town"]!) described roads turned into rivers of mud and debris.",
                    "Schools in \(n["region"]!) stayed closed while emergency crews cleared the roads around \(n["town"]!).",
                    "\(n["official"]!) said volunteers from \(n["region"]!) had brought food and blankets to the shelters."]
        case .results, .takeover:
            return ["Analysts such as \(n["analyst"]!) had warned that costs at \(n["company"]!) were rising faster than sales.",
                    "\(n["company"]!) did not say whether it would change its forecast for the full year.",
                    "Investors in \(n["town"]!) have watched \(n["company"]!) closely since it moved its headquarters there."]
        case .strike:
            return ["Pickets gathered outside the \(n["company"]!) gates in \(n["town"]!) before dawn.",
                    "\(n["company"]!) said it remained committed to reaching a fair agreement with the \(n["union"]!) union.",
                    "Local businesses in \(n["town"]!) said the walkout was already hurting their trade."]
        case .outbreak, .recall:
            return ["Stores across \(n["region"]!) pulled \(n["product"]!) products from their shelves.",
                    "\(n["official"]!) said the investigation into \(n["product"]!) was continuing.",
                    "Consumers in \(n["town"]!) were told to check the labels of anything bought in recent weeks."]
        }
    }

    /// Filler any story may carry.
    static let generic = [
        "Officials said more information would be released in the coming days.",
        "The statement did not say when the next update would be published.",
        "Critics said the response had been slow and poorly coordinated.",
        "Local leaders called for an independent review of what went wrong.",
        "Several people interviewed said they had not been warned in time.",
        "The government said it was monitoring the situation closely.",
        "Questions remain about who will pay for the damage and the delays.",
        "Neighbors described a tense night of waiting for news.",
        "A full report is expected to be presented to lawmakers later this year.",
        "The announcement came after weeks of pressure from community groups.",
        "Opposition lawmakers demanded a debate on the matter before the end of the session.",
        "Many of those affected said they were still waiting for clear answers from the authorities.",
        "The episode has renewed a long argument about how public money should be spent.",
        "Independent experts said it was too early to draw firm conclusions from the early data.",
        "Reporters were not allowed into the meeting, which lasted well into the evening.",
        "Some residents said they had heard conflicting advice from different officials.",
    ]
}
