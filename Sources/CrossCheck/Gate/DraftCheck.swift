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
        if extractedDraft.document.metadata.published == nil {
            // No date of its own and no dateline: the draft speaks as of today.
            draftDocument.metadata.published = today
            draftDocument.metadata.publishedFrom = .option
            extractedDraft = extractor.extract(draftDocument)
        }
        let extracted = extract(corpus.documents) + [extractedDraft]
        let full = check(extracted, corpusName: corpus.name)
        return CrossChecker.focus(full, onDocument: extracted.count - 1)
    }

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
            // A draft figure that some source states is backed: where the sources disagree among
            // themselves, the draft siding with one of them is no error of the draft's.
            let backed = draftClaims.allSatisfy { d in
                guard let dv = ClaimValue(d) else { return true }
                return sourceClaims.contains { s in ClaimValue(s).map { $0.compatible(with: dv) } ?? false }
            }
            if backed { continue }
            // The sources' own best-supported value, without the draft voting.
            var sourcesOnly = f.fact
            sourcesOnly.claims = sourceClaims
            let sources = reconciler.assess(sourcesOnly)
            let best = sourceClaims.filter { sources.bestClaimIDs.contains($0.id) }
            var pair = f.fact
            pair.claims = draftClaims + best
            var assessment = reconciler.assess(pair)
            guard assessment.verdict == .conflict || assessment.verdict == .changed else { continue }
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
