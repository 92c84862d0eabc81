/// Checking a draft against published sources: the draft joins the corpus as one more document,
/// and the result keeps only what concerns it.
extension CrossChecker {
    public static let draftSource = "draft"

    /// - Parameters:
    ///   - draft: the draft; its publication date is its own (option or front matter), else its
    ///     dateline, else `today`.
    ///   - today: the date the caller considers current (the library keeps no clock).
    /// - Returns: facts that include a draft claim and whose verdict, draft against the sources'
    ///   best-supported value, is conflict or changed; and, as single-source facts, draft claims no
    ///   source states. The draft is the last document and its claims come first in each fact.
    public func checkDraft(_ corpus: Corpus, draft: Document, today: CalendarDate) -> CheckResult {
        var draftDocument = draft
        draftDocument.metadata.source = CrossChecker.draftSource
        var extractedDraft = extractor.extract(draftDocument)
        let sources = extract(corpus.documents)
        if extractedDraft.document.metadata.published == nil {
            // No date of its own and no dateline: the draft speaks as of today, or, when the
            // sources are all more than a month old, as of the newest of them: a draft about an
            // old story that says "on September 18" means that story's September.
            draftDocument.metadata.published = CrossChecker.draftDay(today: today, sources: sources.compactMap(\.document.metadata.published))
            draftDocument.metadata.publishedFrom = .option
            extractedDraft = extractor.extract(draftDocument)
        }
        let extracted = sources + [extractedDraft]
        let full = check(extracted, corpusName: corpus.name)
        return CrossChecker.focus(full, onDocument: extracted.count - 1)
    }

    /// The day an undated draft speaks as of: today, unless every source is more than
    /// `draftStaleDays` older, then the newest source's day.
    static func draftDay(today: CalendarDate, sources: [CalendarDate]) -> CalendarDate {
        guard let newest = sources.max(), today.dayNumber - newest.dayNumber > draftStaleDays else { return today }
        return newest
    }

    static let draftStaleDays = 31

    /// Keeps the facts that concern one document, judged against the other documents: a draft
    /// claim that aligned with source claims is judged against the sources' best-supported value;
    /// one that aligned with no source claim is unsupported.
    static func focus(_ result: CheckResult, onDocument draftIndex: Int) -> CheckResult {
        let reconciler = Reconciler(documents: result.documents.map(\.document.metadata),
                                    documentPaths: result.documents.map(\.document.path))
        var kept: [AssessedFact] = []
        for f in result.facts {
            let draftClaims = f.fact.claims.filter { $0.documentIndex == draftIndex }
            guard !draftClaims.isEmpty else { continue }
            let sourceClaims = f.fact.claims.filter { $0.documentIndex != draftIndex }
            if sourceClaims.isEmpty {
                var unsupported = f
                unsupported.assessment.verdict = .unsupported
                unsupported.assessment.severity = .warning
                unsupported.assessment.reasons = [.noSourceStates]
                kept.append(unsupported)
                continue
            }
            // The sources' own best-supported value, without the draft voting.
            var sourcesOnly = f.fact
            sourcesOnly.claims = sourceClaims
            let sources = reconciler.assess(sourcesOnly)
            // The sources' best-supported value backs a draft that states it; so, for a moving
            // figure, do the sources' latest reports of it (within the time it takes to move),
            // whatever earlier reports said. Only a source at least about as precise backs it:
            // "mid-September" does not back "September 18".
            var backing = sourceClaims.filter { sources.bestClaimIDs.contains($0.id) }
            if f.fact.isTimeVarying, let latest = sourceClaims.compactMap(ClaimAligner.heldOn).max() {
                backing += sourceClaims.filter { c in
                    ClaimAligner.heldOn(c).map { latest.dayNumber - $0.dayNumber <= f.fact.changeGap } ?? false
                }
            }
            let backed = draftClaims.allSatisfy { d in
                guard let dv = ClaimValue(d) else { return true }
                return backing.contains { s in
                    guard let sv = ClaimValue(s), sv.compatible(with: dv) else { return false }
                    return CrossChecker.looseness(sv) <= 2 * CrossChecker.looseness(dv) + CrossChecker.backingSlack(dv)
                }
            }
            if backed { continue }
            let best = sourceClaims.filter { sources.bestClaimIDs.contains($0.id) }
            var pair = f.fact
            pair.claims = draftClaims + best
            var assessment = reconciler.assess(pair)
            guard assessment.verdict == .conflict || assessment.verdict == .changed else {
                // The draft fits the sources only because they say less ("September 18" where
                // they say "mid-September"): its precision has no source.
                var unsupported = f
                unsupported.fact.claims = draftClaims + sourceClaims
                unsupported.assessment.verdict = .unsupported
                unsupported.assessment.severity = .warning
                unsupported.assessment.reasons = [.sourcesLessPrecise]
                unsupported.assessment.bestClaimIDs = sources.bestClaimIDs
                unsupported.assessment.bestClaimID = sources.bestClaimID
                kept.append(unsupported)
                continue
            }
            // A moving figure the draft gives later than every source, at a value none of them
            // states, is a change the draft alone reports: an error until a source backs it.
            if assessment.verdict == .changed,
               assessment.reasons.contains(where: { $0 == .figureMoved || $0 == .runningTotalGrew }),
               let draftDay = draftClaims.compactMap(ClaimAligner.heldOn).max(),
               let latest = sourceClaims.compactMap(ClaimAligner.heldOn).max(), draftDay >= latest {
                assessment.verdict = .conflict
                assessment.severity = .error
                assessment.reasons.append(.changeNoSourceReports)
            }
            assessment.bestClaimIDs = sources.bestClaimIDs
            assessment.bestClaimID = sources.bestClaimID
            assessment.supportingSources = sources.supportingSources
            assessment.reasons.insert(.draftAgainstSources, at: 0)
            var focused = f
            focused.fact.claims = draftClaims + sourceClaims
            focused.assessment = assessment
            kept.append(focused)
        }
        kept.sort(by: CheckResult.reportOrder)
        var focused = result
        focused.facts = kept
        return focused
    }
}

extension CrossChecker {
    /// How much a value leaves open: the width of an interval, the days a date could fall on.
    static func looseness(_ v: ClaimValue) -> Double {
        switch v {
        case let .interval(lo, hi):
            guard lo.isFinite, hi.isFinite else { return .infinity }
            return hi - lo
        case let .range(low, high):
            return (low.upperBound - low.lowerBound) + (high.upperBound - high.lowerBound)
        case let .days(start, end):
            // An open side (a start date with no end) leaves nothing further open on that side.
            func width(_ r: ClosedRange<Int>) -> Double {
                let w = Double(r.upperBound) - Double(r.lowerBound)
                return w > 3660 ? 0 : w
            }
            return width(start) + width(end)
        default:
            return 0
        }
    }

    /// What a source may leave open beyond the draft and still back it: a day for dates, 5% of
    /// the figure for numbers.
    static func backingSlack(_ v: ClaimValue) -> Double {
        switch v {
        case .days: return 1
        case let .interval(lo, hi) where lo.isFinite && hi.isFinite: return 0.05 * max(Swift.abs(lo), Swift.abs(hi))
        default: return 0
        }
    }
}

