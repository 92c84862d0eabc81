#!/usr/bin/env python3
"""Writes fixtures/harrowmere-water-2025: sixty short reports by twenty invented outlets on one
invented story, to test how the reports scale. Every sentence comes from the templates below,
written for this fixture; the town, the company, the regulator, the outlets and the people are
fictional. The output is deterministic (a fixed seed), so re-running it changes nothing.

The story: on Sunday 31 August 2025 engineers find the Greyholt treatment works of Harrowmere
Water pumping contaminated water into the supply of Pellwick. A boil-water notice covers 8,500
homes. People fall ill: 14 are in hospital on Tuesday, 22 on Wednesday, 29 on Thursday and
Friday (a count that grows). On Wednesday the Water Standards Board fines the company
$2.4 million; two outlets print $4.2 million (a conflict among forty agreeing reports). One
outlet puts the homes at 5,800 on the day everyone else says 8,500 (a second conflict).

Usage: python3 tools/make-harrowmere-fixture.py [OUTPUT_FOLDER]
"""
import json
import os
import random
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "fixtures", "harrowmere-water-2025")

OUTLETS = [
    ("Pellwick Courier", "pellwick-courier"), ("Harrowmere Gazette", "harrowmere-gazette"),
    ("Northfold Radio", "northfold-radio"), ("The Daily Lantern", "daily-lantern"),
    ("Valley Signal", "valley-signal"), ("Fenmoor Post", "fenmoor-post"),
    ("Coastline Wire", "coastline-wire"), ("Riverside Record", "riverside-record"),
    ("The Morning Ledger", "morning-ledger"), ("Westmarch Times", "westmarch-times"),
    ("Ashby Evening News", "ashby-evening-news"), ("Kestrel FM", "kestrel-fm"),
    ("The Civic Observer", "civic-observer"), ("Greyholt Bulletin", "greyholt-bulletin"),
    ("Marrow Bay Herald", "marrow-bay-herald"), ("The Provincial", "the-provincial"),
    ("Southreach Daily", "southreach-daily"), ("Copperfield Journal", "copperfield-journal"),
    ("Orlis Broadcast", "orlis-broadcast"), ("The Upland Review", "upland-review"),
]

# Publication days: (ISO date, weekday name, people in hospital that day).
DAYS = [("2025-09-02", "Tuesday", 14), ("2025-09-03", "Wednesday", 22),
        ("2025-09-04", "Thursday", 29), ("2025-09-05", "Friday", 29)]
# How many reports each day (60 in all).
PER_DAY = [12, 18, 18, 12]

HOSPITAL = [
    "By {weekday} evening, {n} people had been hospitalised with stomach illness, the regional health authority said.",
    "The regional health authority said {n} people had been hospitalised as of {weekday}.",
    "Health officials said {n} people had been hospitalised by {weekday}, most of them elderly residents of Pellwick.",
    "On {weekday} the health authority said {n} people were hospitalised with symptoms linked to the tap water.",
]

FINE = [
    "The Water Standards Board fined Harrowmere Water {fine} on Wednesday for failing to warn its customers in time.",
    "On Wednesday the Water Standards Board ordered Harrowmere Water to pay a {fine} fine.",
    "Harrowmere Water was fined {fine} by the Water Standards Board on Wednesday.",
    "The Water Standards Board imposed a {fine} fine on Harrowmere Water on Wednesday, saying the company had waited too long to tell customers.",
]

HOMES = [
    "A boil-water notice covers {homes} homes in Pellwick and three nearby villages.",
    "Residents of {homes} homes have been told to boil their tap water before drinking it.",
    "The boil-water notice issued to {homes} homes remained in force.",
]

FOUND = [
    "Engineers found the contamination at the Greyholt treatment works on Sunday.",
    "The fault at the Greyholt treatment works was discovered on Sunday morning, the company said.",
    "Harrowmere Water said staff at its Greyholt treatment works spotted the problem on Sunday.",
]

CHIEF = [
    "Mara Lindqvist, chief executive of Harrowmere Water, apologised to customers.",
    "\"We let people down,\" said Mara Lindqvist, chief executive of Harrowmere Water.",
    "Mara Lindqvist, the chief executive of Harrowmere Water, said the company would pay for bottled water.",
]

# One of these per report, each used once: a figure or a person no other report mentions, so the
# corpus has many single-source claims (as real coverage does).
LOCAL = [
    "Volunteers at the Pellwick sports hall handed out 640 crates of bottled water.",
    "The company sent 9 water tankers to the hill villages.",
    "A helpline set up by the council took 1,150 calls in its first morning.",
    "Laboratory staff tested 86 samples from taps across the town.",
    "Four primary schools stayed shut, keeping 1,300 pupils at home.",
    "The Greyholt works was built in 1962 and last upgraded in 2009.",
    "The town's two main supermarkets sold out of bottled water within 3 hours.",
    "Farmers near Orlis moved 400 sheep to fields with their own wells.",
    "Harrowmere Water supplies about 310,000 customers across the county.",
    "The council opened 5 distribution points for bottled water.",
    "A care home on Quarry Road moved 27 residents to a sister home in Ashby.",
    "The outbreak is the first in the county since a smaller one in 2014.",
    "Engineers flushed 42 kilometres of mains pipe over the weekend.",
    "Cafés on the high street served only canned drinks; at least 12 closed for the week.",
    "The regional hospital postponed 35 planned operations to free beds.",
    "The health authority's advice line had a waiting time of 40 minutes at its peak.",
    "A brewery on the edge of town poured away 18,000 litres of beer made with tap water.",
    "The county's emergency plan was last rehearsed in 2021.",
    "Pellwick's swimming pool was drained, a job that takes 2 days.",
    "The company has set aside a compensation fund of $600,000 for small businesses.",
    "Shareholders of Harrowmere Water's parent group saw its shares fall 6% on Tuesday.",
    "Bus drivers took water to pensioners along 14 rural routes.",
    "The Greyholt works treats 48 million litres of water a day.",
    "Residents filed 230 complaints with the regulator in two days.",
    "The local food bank gave out 900 parcels that included bottled water.",
    "A dentist's practice on Mill Lane cancelled 60 appointments.",
    "Soldiers from the Fenmoor barracks set up 3 field kitchens.",
    "The football club postponed its home game, which 4,000 fans had tickets for.",
    "Pellwick's mayor, Idris Coyle, called an emergency council meeting for Thursday.",
    "Tomas Vell, who runs a bakery on Mill Lane, said he had thrown away a day's dough.",
    "Ruth Amberley, a retired nurse, said her neighbours had been ill since Saturday night.",
    "Osric Penhale, a plumber, said he had fielded calls from worried customers all week.",
    "Lena Foss, a mother of twins, said she had driven to Ashby to buy water.",
    "Hal Brennock, a councillor for the Greyholt ward, said the works had been short of staff.",
    "Wen Marlow, a pharmacist on the market square, said rehydration salts had sold out.",
    "Ivo Castell, a microbiologist at Fenmoor University, said the bacteria were common in farm run-off.",
    "Nadia Ferrow, a teacher, said pupils had been asked to bring water from home.",
    "Piet Harrand, a dairy farmer, said his herd drank from a borehole and was unaffected.",
    "Greta Solvig, who manages a care home, said staff were boiling water in shifts.",
    "Anton Reel, a taxi driver, said the queues at the distribution points stretched round the block.",
    "The parish church opened its hall as a rest room for volunteers.",
    "A children's nursery moved its classes to a hall in Ashby.",
    "The water company's call centre extended its hours to midnight.",
    "Local bottlers in Copperfield doubled their shifts to meet demand.",
    "The regulator said it would publish its full report within 90 days.",
    "An independent inquiry will be led by a retired judge, the minister said.",
    "Police closed the road outside the Greyholt works to let tankers through.",
    "The opposition called for the company's licence to be reviewed.",
    "A petition asking for refunds gathered 7,400 signatures.",
    "Restaurants in the old town cooked with bottled water.",
    "The county's vets advised pet owners to give animals boiled water.",
    "Several gyms closed their showers.",
    "The town's hospital set up a triage tent in its car park.",
    "The library lent out 150 water containers.",
    "A rowing club cancelled its regatta on the Pell.",
    "Two hotels moved guests to Fenmoor.",
    "The council's leader, Fay Durrant, said bills would be waived for September.",
    "A climbing wall, a cinema and a bowling alley stayed open.",
    "The tourist office said bookings had not yet been cancelled.",
    "Dog walkers were asked to keep pets away from the Pell.",
]

WRAP = [
    "Tests showed the bacteria came from a failed filter, Harrowmere Water said.",
    "The company said supplies should be safe again within days.",
    "Customers were told to keep boiling water until further notice.",
]


def report(rng, day, n_local, fine_text, homes_text, wire_relay):
    iso, weekday, hospital = day
    lines = []
    lines.append(rng.choice(HOSPITAL).format(n=hospital, weekday=weekday))
    if iso >= "2025-09-03":
        lines.append(rng.choice(FINE).format(fine=fine_text))
    if homes_text:
        lines.append(rng.choice(HOMES).format(homes=homes_text))
    lines.append(rng.choice(FOUND))
    if rng.random() < 0.6:
        lines.append(rng.choice(CHIEF))
    lines.append(LOCAL[n_local])
    lines.append(rng.choice(WRAP))
    if wire_relay:
        lines.insert(0, "PELLWICK (Coastline Wire) -- The outbreak of illness in Pellwick went on.")
    return "\n\n".join(lines) + "\n"


def main():
    rng = random.Random(13)
    os.makedirs(OUT, exist_ok=True)
    documents = []
    index = 0
    outlet_turn = 0
    for d, day in enumerate(DAYS):
        for k in range(PER_DAY[d]):
            source, slug = OUTLETS[outlet_turn % len(OUTLETS)]
            outlet_turn += 1
            # The two outlets that transposed the fine's digits.
            fine = "$4.2 million" if (source, day[0]) in {("Valley Signal", "2025-09-03"), ("Kestrel FM", "2025-09-04")} else "$2.4 million"
            # Every other report mentions the homes; one outlet gives another figure that day.
            homes = None
            if index % 2 == 0:
                homes = "5,800" if (source, day[0]) == ("Orlis Broadcast", "2025-09-03") else rng.choice(["8,500", "about 8,500", "some 8,500"])
            elif (source, day[0]) == ("Orlis Broadcast", "2025-09-03"):
                homes = "5,800"
            path = f"{slug}-{day[0]}.txt"
            if any(doc["path"] == path for doc in documents):
                path = f"{slug}-{day[0]}-b.txt"
            text = report(rng, day, index, fine, homes, False)
            with open(os.path.join(OUT, path), "w", encoding="utf-8") as f:
                f.write(text)
            documents.append({"path": path, "source": source, "published": day[0]})
            index += 1
    manifest = {"name": "Harrowmere Water contamination, Pellwick, September 2025 (fictional)", "documents": documents}
    with open(os.path.join(OUT, "corpus.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(manifest, indent=1) + "\n")
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(EXPECTED, indent=1) + "\n")


EXPECTED = {
    "corpus": "harrowmere-water-2025",
    "conflicts": [
        {"what": "the regulator's fine: $2.4 million in forty-six reports, $4.2 million in two (digits transposed)",
         "kind": "money", "texts": ["$2.4 million", "$4.2 million"], "acceptAsChanged": False},
        {"what": "homes under the boil-water notice: 8,500 vs 5,800 (Orlis Broadcast, Wednesday)",
         "kind": "count", "texts": ["8,500 homes", "5,800 homes"], "acceptAsChanged": False},
    ],
    "changed": [
        {"what": "people in hospital, a count that grows: 14 on Tuesday, 22 on Wednesday, 29 on Thursday and Friday",
         "kind": "count", "texts": ["14 people", "22 people", "29 people"]},
    ],
    "notConflicts": [
        {"what": "the hospital count grows between publication days", "texts": ["14 people", "22 people", "29 people"]},
        {"what": "care-home residents moved are not people in hospital", "texts": ["27 residents", "22 people"]},
        {"what": "the compensation fund is not the fine", "texts": ["$600,000", "$2.4 million"]},
    ],
}


if __name__ == "__main__":
    main()
