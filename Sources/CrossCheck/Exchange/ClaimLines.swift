/// Claims as JSON Lines, so that an archive can be checked on a batch engine: `extract --format
/// jsonl` writes, per document, one document line and then one line per claim, each with the
/// document's story key; `reconcile` reads any set of such lines back and finds what `check` finds
/// on the same documents. A line holds everything alignment, reconciliation and the findings need
/// (the claim whole, where it stands and its quote), never the document's text.
///
/// ```
/// {"type":"document","story":"dixie-fire","path":"a.md","source":"…","published":"2021-08-05",…,"terms":[[h,n],…]}
/// {"type":"claim","story":"dixie-fire","block":"count","document":"a.md","mention":12,"line":4,"column":9,…,"claim":{…}}
/// ```
public enum ClaimLines {
    public static let version = 1

    /// The lines of one prepared document: its document line, then its claims in order.
    public static func lines(_ p: CrossChecker.Prepared) -> [String] {
        let d = p.document.document
        let story: JSONValue = .optional(d.metadata.story)
        var out: [String] = []
        let document: JSONValue = .object([
            ("type", .string("document")), ("version", .int(version)), ("story", story), ("path", .string(d.path)),
            ("source", .optional(d.metadata.source)), ("published", .optional(d.metadata.published?.description)),
            ("publishedFrom", .optional(d.metadata.publishedFrom?.rawValue)), ("url", .optional(d.metadata.url)),
            ("names", .array(p.terms.names.map(JSONValue.string))),
            ("terms", .array(zip(p.terms.terms, p.terms.counts).map { .array([.string(String($0, radix: 16)), .int(Int($1))]) })),
        ])
        out.append(document.serialized(pretty: false))
        let text = p.document.document.text
        for (k, c) in p.claims.enumerated() {
            let start = text.position(of: c.mention.range.start), end = text.position(of: c.mention.range.end)
            let mentionIndex = Int(String(ClaimLines.idSuffix(c.id).prefix { $0.isASCII && $0.isNumber })) ?? 0
            let line: JSONValue = .object([
                ("type", .string("claim")), ("story", story), ("block", .string(Comparability.block(c))), ("document", .string(d.path)),
                ("mention", .int(mentionIndex)), ("index", .int(k)), ("line", .int(start.line)), ("column", .int(start.column)),
                ("endLine", .int(end.line)), ("endColumn", .int(end.column)),
                ("text", .string(text.string(c.mention.range))), ("sentence", .string(text.string(c.sentence))),
                ("claim", ClaimCoding.encode(c)),
            ])
            out.append(line.serialized(pretty: false))
        }
        return out
    }
}

extension ClaimLines {
    /// What follows the document number in a claim ID ("3:12h" → "12h").
    static func idSuffix(_ id: String) -> Substring {
        guard let colon = id.firstIndex(of: ":") else { return "" }
        return id[id.index(after: colon)...]
    }
}

/// A claim with where it stands in its document, read back from a claim line.
public struct PlacedClaim: Sendable {
    public var claim: Claim
    public var start: SourcePosition
    public var end: SourcePosition
    public var quote: String
    public var sentence: String
}

/// A document read back from its line: what stories and findings need, and its claims.
public struct ExchangedDocument: Sendable {
    public var path: String
    public var metadata: DocumentMetadata
    public var terms: StoryTerms
    public var claims: [PlacedClaim] = []
    /// The story a whole run put the document in (`reconcile --assign`), when a batch job added
    /// it: documents with one keep that grouping instead of being grouped again.
    public var group: String?
}

/// A problem with a line of claims; names the input and the line.
public struct ClaimLineError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

extension ClaimLines {
    /// Reads document and claim lines (from any number of inputs, in any order) into documents
    /// sorted by path, claims in the order of their mentions. Claims of a document whose line is
    /// missing are an error, and so is a document given twice.
    /// - Parameter name: names the input in error messages.
    public static func read(_ inputs: [(name: String, bytes: [UInt8])]) throws -> [ExchangedDocument] {
        var documents: [String: ExchangedDocument] = [:]
        var claims: [String: [(Int, PlacedClaim)]] = [:]
        for (name, bytes) in inputs {
            var lineNumber = 0
            for raw in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                lineNumber += 1
                let trimmed = raw.drop { $0 == 0x20 || $0 == 0x0D }
                guard !trimmed.isEmpty, !trimmed.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) else { continue }
                func fail(_ why: String) -> ClaimLineError { ClaimLineError(description: "\(name):\(lineNumber): \(why)") }
                guard case .success(let value) = JSONInput.parse(Array(trimmed)), let object = value as? [String: Any] else {
                    throw fail("not a JSON object (expected a line written by `crosscheck extract --format jsonl`)")
                }
                switch object["type"] as? String {
                case "document":
                    let d = try ClaimCoding.document(object, fail)
                    if documents[d.path] != nil { throw fail("document \"\(d.path)\" is given twice") }
                    documents[d.path] = d
                case "claim":
                    guard let path = object["document"] as? String, let mention = object["mention"] as? Int else { throw fail("a claim line needs \"document\" and \"mention\"") }
                    // Its place among the document's claims ("index"), so that lines shuffled by a
                    // batch engine read back in the order check builds them.
                    let index = object["index"] as? Int ?? mention
                    claims[path, default: []].append((index, try ClaimCoding.placed(object, fail)))
                default:
                    throw fail("\"type\" must be \"document\" or \"claim\"")
                }
            }
        }
        for path in claims.keys.sorted() where documents[path] == nil {
            throw ClaimLineError(description: "claims of \"\(path)\" come without its document line")
        }
        var out = documents.values.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        for i in out.indices {
            // In the order the document's claims were built (lines without an index: by mention),
            // then in the order the lines came.
            let given: [(Int, PlacedClaim)] = claims[out[i].path] ?? []
            let order: [Int] = given.indices.sorted { a, b in given[a].0 != given[b].0 ? given[a].0 < given[b].0 : a < b }
            var seen = Set<String>()
            var placed: [PlacedClaim] = []
            for (k, g) in order.enumerated() {
                var p = given[g].1
                p.claim.documentIndex = i
                // The claim's own suffix ("12", or "12h" for the holder of a role mention 12 names):
                // a mention may make more than one claim. A line without one, or repeating one, is
                // numbered by its place.
                let suffix = String(ClaimLines.idSuffix(p.claim.id))
                let unique = !suffix.isEmpty && seen.insert(suffix).inserted
                p.claim.id = "\(i):" + (unique ? suffix : "#\(k)")
                placed.append(p)
            }
            out[i].claims = placed
        }
        return out
    }
}
