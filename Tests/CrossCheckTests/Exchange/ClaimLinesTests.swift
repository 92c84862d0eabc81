import Foundation
import Testing
@testable import CrossCheck

/// Claim lines hold each claim whole: read back and written again, every claim of every fixture
/// gives the same JSON, so a field added to `Claim` or `Mention` and not to `ClaimCoding` fails here.
@Suite struct ClaimLinesTests {
    @Test(arguments: Fixtures.expectedCorpora)
    func claimsReadBackWhole(_ name: String) throws {
        let corpus = try Fixtures.corpus(Fixtures.root.appendingPathComponent("fixtures").appendingPathComponent(name))
        let prepared = CrossChecker().prepare(corpus.documents)
        let lines = prepared.flatMap(ClaimLines.lines)
        let read = try ClaimLines.read([(name: name, bytes: Array(lines.joined(separator: "\n").utf8))])
        #expect(read.map(\.path) == prepared.map(\.document.document.path))
        var compared = 0
        for (original, back) in zip(prepared, read) {
            try #require(original.claims.count == back.claims.count, "\(back.path): claims lost")
            for (a, b) in zip(original.claims, back.claims) {
                #expect(b.claim.id == a.id, "\(back.path): claim IDs keep the document number and suffix")
                #expect(ClaimCoding.encode(b.claim).serialized(pretty: false) == ClaimCoding.encode(a).serialized(pretty: false),
                        "\(back.path): \(a.id) changed on the way")
                compared += 1
            }
            #expect(back.terms.terms == original.terms.terms && back.terms.names == original.terms.names)
        }
        #expect(compared > 0)
    }
}
