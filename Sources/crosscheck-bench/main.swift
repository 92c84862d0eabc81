import CrossCheck
import Foundation

// Throughput of the standard extractor on generated news-like text.
// Usage: crosscheck-bench [MEGABYTES] (default 50). Build with -c release for meaningful numbers.
//        crosscheck-bench --single [MEGABYTES...]: `extract` and `check` on single documents (see
//        SingleDocument.swift).
//        crosscheck-bench --archive N [--seed S] [--story-keys] [--write DIR]: the whole check on N
//        generated reports over many stories (see ArchiveBench.swift).

if CommandLine.arguments.contains("--archive") {
    ArchiveBench.run(CommandLine.arguments)
    exit(0)
}

if CommandLine.arguments.contains("--stories") {
    StoryProbe.run(CommandLine.arguments)
    exit(0)
}

if CommandLine.arguments.contains("--single") {
    SingleDocument.run(CommandLine.arguments)
    exit(0)
}

let megabytes = CommandLine.arguments.dropFirst().lazy.compactMap { Int($0) }.first ?? 50
print("generating \(megabytes) MB of news-like text…")
let texts = generate(megabytes: megabytes)
let documents = texts.enumerated().map { Document(path: "doc\($0.offset).txt", text: SourceText($0.element)) }
let bytes = Double(texts.reduce(0) { $0 + $1.utf8.count })
let mb = bytes / 1_000_000
print(String(format: "%d documents, %.1f MB", documents.count, mb))

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

// Tokenizer and sentence splitter only.
var t0 = now()
var tokenCount = 0
for d in documents { tokenCount += TokenizedText(d.text).tokens.count }
var dt = now() - t0
print(String(format: "tokenize+split, 1 core: %.2f s, %.1f MB/s, %d tokens", dt, mb / dt, tokenCount))

// The quantity recognizers (`Extractor.quantityRecognizers`, the one-pass `QuantityRecognizer`):
// what the 50 MB/s target is about. Then the whole standard set (dates, durations, people and
// places added) for reference; pass "--quantities" to skip it.
let quantityOnly = CommandLine.arguments.contains("--quantities")
// `Extractor.extract` also looks for a dateline when a document has no publication date
// (`DatelineDetector`, Time/); "dated" supplies one, as a feed with metadata would, so that
// only tokenizing, the recognizers and overlap settling are timed.
let dated = documents.map { Document(path: $0.path, text: $0.text, metadata: DocumentMetadata(published: CalendarDate(year: 2020, month: 3, day: 17))) }
for (label, recognizers, docs) in [("quantities, dated", Extractor.quantityRecognizers, dated),
                                   ("quantities", Extractor.quantityRecognizers, documents),
                                   ("standard", Extractor.standardRecognizers, documents)] {
    if quantityOnly && label == "standard" { continue }
    let extractor = Extractor(recognizers: recognizers)
    t0 = now()
    var mentionCount = 0
    for d in docs { mentionCount += extractor.extract(d).mentions.count }
    dt = now() - t0
    print(String(format: "extract %@, 1 core: %.2f s, %.1f MB/s, %.0f mentions/s (%d mentions)", label, dt, mb / dt, Double(mentionCount) / dt, mentionCount))
    runParallel(docs, extractor: extractor, mb: mb, label: label)
}

// "--breakdown": each recognizer alone on the dated documents, to see where the time goes
// (tokenizing and sentence splitting are included in every line).
if CommandLine.arguments.contains("--breakdown") {
    let empty = Extractor(recognizers: [])
    t0 = now()
    for d in dated { _ = empty.extract(d) }
    print(String(format: "breakdown: no recognizer (tokens, sentences, passes): %.2f s", now() - t0))
    for recognizer in Extractor.standardRecognizers {
        let extractor = Extractor(recognizers: [recognizer])
        t0 = now()
        var n = 0
        for d in dated { n += extractor.extract(d).mentions.count }
        print(String(format: "breakdown: %@: %.2f s, %d mentions", String(describing: type(of: recognizer)), now() - t0, n))
    }
}

/// All cores: documents dealt round-robin to 8 chunks per core.
func runParallel(_ documents: [Document], extractor: Extractor, mb: Double, label: String) {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let chunks = cores * 8
    nonisolated(unsafe) let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: chunks)
    counts.initialize(repeating: 0)
    let t0 = now()
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
        var n = 0
        var k = c
        while k < documents.count { n += extractor.extract(documents[k]).mentions.count; k += chunks }
        counts[c] = n
    }
    let dt = now() - t0
    let parallelMentions = counts.reduce(0, +)
    counts.deallocate()
    print(String(format: "extract %@, %d cores: %.2f s, %.1f MB/s, %.0f mentions/s (%d mentions)", label, cores, dt, mb / dt, Double(parallelMentions) / dt, parallelMentions))
}
