import Testing
@testable import CrossCheck

/// `Extractor.resolveOverlaps` keeps one mention per stretch of text whatever order the
/// recognizers found them in.
@Suite struct OverlapResolutionTests {
    func mention(_ kind: MentionKind, _ start: Int, _ end: Int, point: Double = 1) -> Mention {
        Mention(kind: kind, range: ByteRange(start, end), value: QuantityValue(low: point, high: point, point: point, unit: nil))
    }

    /// The case from the issue: an anchored A [0,5), unanchored B [2,12) and C [5,13). The old
    /// comparator ranked A < B (anchored, overlapping), B < C (longer) and C < A (longer, no
    /// overlap), so the survivors depended on the input order.
    @Test func theCycleFromTheIssueResolvesOneWay() {
        let a = mention(.money, 0, 5), b = mention(.count, 2, 12), c = mention(.number, 5, 13)
        var results: Set<[ByteRange]> = []
        for order in [[a, b, c], [a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]] {
            results.insert(Extractor.resolveOverlaps(order).map(\.range))
        }
        // A beats B (anchored), and C, which overlaps nothing kept, stays.
        #expect(results == [[ByteRange(0, 5), ByteRange(5, 13)]])
    }

    @Test func anAnchoredMentionBeatsALongerCount() {
        let kept = Extractor.resolveOverlaps([mention(.count, 0, 30), mention(.money, 10, 14)])
        #expect(kept.map(\.kind) == [.money])
    }

    /// Random overlapping spans of random kinds, several readings of one span included: every
    /// order of the same candidates gives the same mentions, and none of them overlap.
    @Test(arguments: 0..<40)
    func theResultDoesNotDependOnInputOrder(_ seed: Int) {
        var rng = SplitMix(UInt64(seed) &* 7919 &+ 1)
        let kinds = MentionKind.allCases
        var candidates: [Mention] = []
        for _ in 0..<rng.int(2...14) {
            let start = rng.int(0...30), length = rng.int(1...12)
            candidates.append(mention(kinds[rng.int(0...kinds.count - 1)], start, start + length, point: Double(rng.int(1...3))))
        }
        func shown(_ ms: [Mention]) -> [String] { ms.map { "\($0.kind)@\($0.range.start)-\($0.range.end)=\($0.value?.point ?? 0)" } }
        let expected = Extractor.resolveOverlaps(candidates)
        for (i, a) in expected.enumerated() {
            for b in expected[(i + 1)...] { #expect(!a.range.overlaps(b.range)) }
        }
        for _ in 0..<8 {
            #expect(shown(Extractor.resolveOverlaps(rng.shuffled(candidates))) == shown(expected), "seed \(seed)")
        }
    }
}
