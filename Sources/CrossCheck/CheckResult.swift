import Foundation

/// Everything a reporter needs: the documents with their text, and every assessed fact.
public struct CheckResult: Sendable {
    public var corpusName: String
    public var documents: [ExtractedDocument]
    public var claimCount: Int
    public var facts: [AssessedFact]
    /// The stories the documents were grouped into; each fact's `story` indexes this.
    public var stories: [Story] = []

    public var conflicts: [AssessedFact] { facts.filter { $0.assessment.verdict == .conflict } }

    public func count(_ verdict: Verdict) -> Int { facts.reduce(0) { $0 + ($1.assessment.verdict == verdict ? 1 : 0) } }

    /// Story by story; within a story, conflicts first, then changes, agreements and
    /// single-source facts; by severity, then by where they first appear, then by ID so that ties
    /// never depend on hashing.
    static func reportOrder(_ a: AssessedFact, _ b: AssessedFact) -> Bool {
        if a.story != b.story { return a.story < b.story }
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

    /// Reads a slot and empties it, so that what it held is freed as soon as its reader is done.
    func take(_ i: Int) -> T? {
        lock.lock(); defer { lock.unlock() }
        let value = storage[i]
        storage[i] = nil
        return value
    }

    /// Every slot is written before this is read (each iteration writes its own).
    var values: [T] { storage.compactMap { $0 } }
}
