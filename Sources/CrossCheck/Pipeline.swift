import Dispatch
import Foundation

/// The library's front door: documents in, assessed facts out. It reads no files and keeps no
/// clock; the caller passes documents and configuration in.
///
/// The passes, in order: extraction (per document, in parallel); claims and story terms (per
/// document, in parallel; the tokens are dropped as soon as a document's claims are built);
/// stories (documents grouped, see `StoryGrouper`); then per story, in parallel, alignment and
/// reconciliation, so that claims of different stories never meet and the work grows with the
/// stories' sizes, not the archive's.
public struct CrossChecker: Sendable {
    public static let version = "0.1.0"

    public var extractor: Extractor
    public var claimBuilder: ClaimBuilder
    public var aligner: ClaimAligner
    public var storyMode: StoryMode = .auto
    /// Called now and then from any thread with how far a check has got; the caller decides
    /// whether and when to show it (the library never prints).
    public var onProgress: (@Sendable (CheckProgress) -> Void)?

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
        prepare(extracted).flatMap(\.claims)
    }

    /// One document after claim building: its claims, what it is about, and the document without
    /// its tokens.
    public struct Prepared: Sendable {
        public var document: ExtractedDocument
        public var claims: [Claim]
        public var terms: StoryTerms
    }

    /// Claims and story terms of every document, in parallel; each document keeps its text but
    /// drops its tokens and sentences once its claims are built.
    public func prepare(_ extracted: [ExtractedDocument]) -> [Prepared] {
        let results = ResultSlots<Prepared>(count: extracted.count)
        DispatchQueue.concurrentPerform(iterations: extracted.count) { i in
            let d = extracted[i]
            results[i] = Prepared(document: d.withoutTokens(), claims: claimBuilder.claims(for: d, documentIndex: i),
                                  terms: StoryTerms(d.text, bodyStart: d.document.bodyStart))
        }
        return results.values
    }

    /// Extraction and claim building in one pass per document, so that only the documents being
    /// worked on hold their tokens.
    public func prepare(_ documents: [Document]) -> [Prepared] {
        let results = ResultSlots<Prepared>(count: documents.count)
        let counter = ProgressCounter(total: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            let d = extractor.extract(documents[i])
            let claims = claimBuilder.claims(for: d, documentIndex: i)
            results[i] = Prepared(document: d.withoutTokens(), claims: claims, terms: StoryTerms(d.text, bodyStart: d.document.bodyStart))
            if let onProgress, let p = counter.add(claims: claims.count) { onProgress(p) }
        }
        return results.values
    }

    public func check(_ corpus: Corpus) -> CheckResult {
        check(prepare(corpus.documents), corpusName: corpus.name)
    }

    public func check(_ extracted: [ExtractedDocument], corpusName: String) -> CheckResult {
        check(prepare(extracted), corpusName: corpusName)
    }

    /// Takes the prepared documents over: each story's claims move into its facts.
    public func check(_ prepared: consuming [Prepared], corpusName: String) -> CheckResult {
        let stories = StoryGrouper.group(prepared.map {
            StoryInput(path: $0.document.document.path, key: $0.document.document.metadata.story,
                       published: $0.document.document.metadata.published, terms: $0.terms)
        }, mode: storyMode)
        let documents = prepared.map(\.document)
        let claimCount = prepared.reduce(0) { $0 + $1.claims.count }
        onProgress?(CheckProgress(stage: .stories, documents: documents.count, ofDocuments: documents.count, claims: claimCount,
                                  stories: stories.count))
        // Each story takes its documents' claims: facts hold the only copy from here on.
        let storyClaims = ResultSlots<[Claim]>(count: stories.count)
        for (s, story) in stories.enumerated() {
            var claims: [Claim] = []
            for d in story.documents {
                claims.append(contentsOf: prepared[d].claims)
                prepared[d].claims = []
            }
            storyClaims[s] = claims
        }
        prepared = []
        let facts = assess(stories, claims: storyClaims, metadata: documents.map(\.document.metadata), paths: documents.map(\.document.path)) {
            documents[$0.documentIndex].text.text($0.mention.range)
        }
        onProgress?(CheckProgress(stage: .done, documents: documents.count, ofDocuments: documents.count, claims: claimCount,
                                  stories: stories.count, facts: facts.count))
        return CheckResult(corpusName: corpusName, documents: documents, claimCount: claimCount, facts: facts, stories: stories)
    }

    /// Every story's facts, assessed in parallel, with stable IDs, in report order.
    /// - Parameter quote: a claim's words, which tell two look-alike facts' IDs apart.
    func assess(_ stories: [Story], claims storyClaims: ResultSlots<[Claim]>, metadata: [DocumentMetadata], paths: [String],
                quote: (Claim) -> String) -> [AssessedFact] {
        let reconciler = Reconciler(documents: metadata, documentPaths: paths)
        // Large stories first, so that the last story to finish is a small one.
        let order = stories.indices.sorted { (stories[$0].documents.count, $1) > (stories[$1].documents.count, $0) }
        let results = ResultSlots<[AssessedFact]>(count: stories.count)
        DispatchQueue.concurrentPerform(iterations: stories.count) { k in
            let s = order[k]
            results[s] = assess(storyClaims.take(s) ?? [], story: s, key: stories[s].key, reconciler: reconciler)
        }
        var assessed = results.values.flatMap { $0 }
        // Two facts of one story that state the same thing with the same values (look-alikes kept
        // apart) would share an ID: such facts also hash where their claims stand (document and
        // words, never line numbers). Within the story only, so that a story reconciled on its own
        // gets the IDs of the whole run; a finding is named by its story and its ID.
        let counts = Dictionary(grouping: assessed.indices) { (i: Int) -> String in "\(assessed[i].story)\u{1F}\(assessed[i].id)" }
        for (_, indices) in counts where indices.count > 1 {
            for i in indices {
                let places = assessed[i].fact.claims.map { paths[$0.documentIndex] + "\u{1F}" + quote($0) }
                assessed[i].id = FactIdentity.id(for: assessed[i].fact, salt: places.sorted().joined(separator: "\u{1E}"))
            }
        }
        assessed.sort(by: CheckResult.reportOrder)
        return assessed
    }

    /// What `reconcile` finds in claim lines: the stories and their assessed facts.
    public struct Reconciled: Sendable {
        public var documents: [ExchangedDocument]
        public var stories: [Story]
        public var facts: [AssessedFact]
    }

    /// Groups documents read from claim lines into stories and assesses their claims, exactly as
    /// `check` does with the same documents.
    public func reconcile(_ documents: [ExchangedDocument]) -> Reconciled {
        let stories = group(documents)
        let storyClaims = ResultSlots<[Claim]>(count: stories.count)
        for (s, story) in stories.enumerated() { storyClaims[s] = story.documents.flatMap { documents[$0].claims.map(\.claim) } }
        var quotes: [String: String] = [:]
        for d in documents { for p in d.claims { quotes[p.claim.id] = p.quote } }
        let facts = assess(stories, claims: storyClaims, metadata: documents.map(\.metadata), paths: documents.map(\.path)) {
            quotes[$0.id] ?? ""
        }
        return Reconciled(documents: documents, stories: stories, facts: facts)
    }

    /// The stories of documents read from claim lines: as the whole run grouped them where a
    /// batch job says so (`group`), else grouped here as `check` groups them.
    public func group(_ documents: [ExchangedDocument]) -> [Story] {
        let inputs = documents.map { StoryInput(path: $0.path, key: $0.metadata.story, published: $0.metadata.published, terms: $0.terms) }
        guard !documents.isEmpty, documents.allSatisfy({ $0.group != nil }) else { return StoryGrouper.group(inputs, mode: storyMode) }
        // A group is one story of the whole run: the same documents give it the same ID and label.
        let groups = Dictionary(grouping: documents.indices) { documents[$0].group ?? "" }
        let names = groups.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        // The ID is the story's key (a story key or a folder), unless it is the ID the group's
        // documents give an automatic story.
        var keys: [String?] = []
        for name in names {
            let members: [Int] = groups[name] ?? []
            let automatic: String? = StoryGrouper.finish([members], inputs: inputs, keys: [nil]).first?.id
            keys.append(automatic == name ? nil : name)
        }
        return StoryGrouper.finish(names.map { groups[$0] ?? [] }, inputs: inputs, keys: keys)
    }

    /// Aligns and reconciles the claims of one story.
    /// - Parameter key: the story's key, when the user gave one: fact IDs include it, so that two
    ///   stories' facts never share an ID however alike they are (and a story checked alone, as
    ///   `reconcile` does, gives the IDs the whole archive gives).
    func assess(_ claims: [Claim], story: Int, key: String?, reconciler: Reconciler) -> [AssessedFact] {
        var facts = aligner.align(claims)
        if let key {
            for i in facts.indices { facts[i].key += "|story:" + key }
        }
        // Earlier figures of one dimension and measure are siblings: a verdict may look at them
        // (the previous figure a later report mentions). Only past phases matter, so only they
        // are indexed.
        let earlier = Dictionary(grouping: facts.indices.filter { facts[$0].phase == .previous || facts[$0].phase == .initial }) {
            "\(facts[$0].dimension)|\(facts[$0].measure.concept)"
        }
        return RedundantFacts.drop(facts.indices.map { i -> AssessedFact in
            let fact = facts[i]
            let siblings = (earlier["\(fact.dimension)|\(fact.measure.concept)"] ?? []).filter { $0 != i }.map { facts[$0] }
            var assessed = AssessedFact(id: FactIdentity.id(for: fact), label: FactLabel.label(for: fact),
                                        fact: fact, assessment: reconciler.assess(fact, siblings: siblings))
            assessed.story = story
            return assessed
        })
    }
}

/// How far a check has got.
public struct CheckProgress: Sendable {
    public enum Stage: String, Sendable { case reading, stories, done }
    public var stage: Stage
    public var documents: Int
    public var ofDocuments: Int
    public var claims: Int
    public var stories: Int = 0
    public var facts: Int = 0
}

/// Documents done and claims built, counted from every thread; hands out a progress report
/// every 256 documents.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var documents = 0
    private var claims = 0
    let total: Int

    init(total: Int) { self.total = total }

    func add(claims n: Int) -> CheckProgress? {
        lock.lock(); defer { lock.unlock() }
        documents += 1
        claims += n
        guard documents % 256 == 0 || documents == total else { return nil }
        return CheckProgress(stage: .reading, documents: documents, ofDocuments: total, claims: claims)
    }
}
