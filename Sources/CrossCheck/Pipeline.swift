import Dispatch
import Foundation

/// The library's front door: documents in, assessed facts out. It reads no files and keeps no
/// clock; the caller passes documents and configuration in.
public struct CrossChecker: Sendable {
    public static let version = "0.1.0"

    public var extractor: Extractor
    public var claimBuilder: ClaimBuilder
    public var aligner: ClaimAligner

    public init(options: ExtractionOptions = ExtractionOptions(), aliases: [String: String] = [:]) {
        extractor = Extractor(options: options)
        claimBuilder = ClaimBuilder(entities: EntityLexicon(extra: aliases))
        aligner = ClaimAligner()
    }

    /// Extracts every document, in parallel; the result is in the documents' order.
    public func extract(_ documents: [Document]) -> [ExtractedDocument] {
        let results = ResultSlots<ExtractedDocument>(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            results[i] = extractor.extract(documents[i])
        }
        return results.values
    }

    /// Claims of every document, built in parallel; the result is in the documents' order.
    public func claims(_ extracted: [ExtractedDocument]) -> [Claim] {
        let results = ResultSlots<[Claim]>(count: extracted.count)
        DispatchQueue.concurrentPerform(iterations: extracted.count) { i in
            results[i] = claimBuilder.claims(for: extracted[i], documentIndex: i)
        }
        return results.values.flatMap { $0 }
    }

    public func check(_ corpus: Corpus) -> CheckResult {
        let extracted = extract(corpus.documents)
        return check(extracted, corpusName: corpus.name)
    }

    public func check(_ extracted: [ExtractedDocument], corpusName: String) -> CheckResult {
        let claims = claims(extracted)
        let facts = aligner.align(claims)
        let reconciler = Reconciler(documents: extracted.map(\.document.metadata), documentPaths: extracted.map(\.document.path))
        // Earlier figures of one dimension and measure are siblings: a verdict may look at them
        // (the previous figure a later report mentions). Only past phases matter, so only they
        // are indexed.
        let earlier = Dictionary(grouping: facts.indices.filter { facts[$0].phase == .previous || facts[$0].phase == .initial }) {
            "\(facts[$0].dimension)|\(facts[$0].measure.concept)"
        }
        var assessed = facts.indices.map { i -> AssessedFact in
            let fact = facts[i]
            let siblings = (earlier["\(fact.dimension)|\(fact.measure.concept)"] ?? []).filter { $0 != i }.map { facts[$0] }
            return AssessedFact(id: FactIdentity.id(for: fact), label: FactLabel.label(for: fact),
                                fact: fact, assessment: reconciler.assess(fact, siblings: siblings))
        }
        // Two facts that state the same thing with the same values (look-alikes kept apart) would
        // share an ID: such facts also hash where their claims stand (document and words, never
        // line numbers).
        let counts = Dictionary(grouping: assessed.indices) { assessed[$0].id }
        for (_, indices) in counts where indices.count > 1 {
            for i in indices {
                let places = assessed[i].fact.claims.map { extracted[$0.documentIndex].document.path + "\u{1F}" + extracted[$0.documentIndex].text.text($0.mention.range) }
                assessed[i].id = FactIdentity.id(for: assessed[i].fact, salt: places.sorted().joined(separator: "\u{1E}"))
            }
        }
        assessed.sort(by: CheckResult.reportOrder)
        return CheckResult(corpusName: corpusName, documents: extracted, claimCount: claims.count, facts: assessed)
    }
}

/// Everything a reporter needs: the documents with their text, and every assessed fact.
public struct CheckResult: Sendable {
    public var corpusName: String
    public var documents: [ExtractedDocument]
    public var claimCount: Int
    public var facts: [AssessedFact]

    public var conflicts: [AssessedFact] { facts.filter { $0.assessment.verdict == .conflict } }

    public func count(_ verdict: Verdict) -> Int { facts.filter { $0.assessment.verdict == verdict }.count }

    /// Conflicts first, then changes, agreements and single-source facts; by severity, then by
    /// where they first appear, then by ID so that ties never depend on hashing.
    static func reportOrder(_ a: AssessedFact, _ b: AssessedFact) -> Bool {
        func rank(_ v: Verdict) -> Int { Verdict.allCases.firstIndex(of: v) ?? Verdict.allCases.count }
        if a.assessment.verdict != b.assessment.verdict { return rank(a.assessment.verdict) < rank(b.assessment.verdict) }
        if a.assessment.severity != b.assessment.severity { return a.assessment.severity > b.assessment.severity }
        let fa = a.fact.claims[0], fb = b.fact.claims[0]
        if fa.documentIndex != fb.documentIndex { return fa.documentIndex < fb.documentIndex }
        if fa.mention.range.start != fb.mention.range.start { return fa.mention.range.start < fb.mention.range.start }
        return a.id < b.id
    }

    public func quote(_ claim: Claim) -> String { documents[claim.documentIndex].text.text(claim.mention.range) }
    public func sentence(_ claim: Claim) -> String { documents[claim.documentIndex].text.text(claim.sentence) }
    public func position(_ claim: Claim) -> SourcePosition {
        documents[claim.documentIndex].document.text.position(of: claim.mention.range.start)
    }
    public func endPosition(_ claim: Claim) -> SourcePosition {
        documents[claim.documentIndex].document.text.position(of: claim.mention.range.end)
    }
    public func document(_ claim: Claim) -> Document { documents[claim.documentIndex].document }
}

/// Fixed slots written from several threads, one slot per thread.
final class ResultSlots<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(i: Int) -> T? {
        get { lock.lock(); defer { lock.unlock() }; return storage[i] }
        set { lock.lock(); storage[i] = newValue; lock.unlock() }
    }

    /// Every slot is written before this is read (each iteration writes its own).
    var values: [T] { storage.compactMap { $0 } }
}
