import CrossCheck
import Foundation

/// `check --format pairs`: one JSON object per line for each candidate pair the aligner scored,
/// with both claims' places and the evidence, and whether they ended in one fact. The input of
/// `tools/fit-weights.py`.
enum PairsWriter {
    static func lines(_ result: CheckResult, aligner: ClaimAligner) -> String {
        var factOf: [String: String] = [:]
        var claims: [Claim] = []
        for f in result.facts { for c in f.fact.claims { factOf[c.id] = f.id; claims.append(c) } }
        var out = ""
        for p in aligner.scoredPairs(claims) {
            let fields: [(String, JSONValue)] = [
                ("block", .string(p.block)),
                ("a", claim(p.a, result)),
                ("b", claim(p.b, result)),
                ("features", .array(p.evidence.values.map { .number($0) })),
                ("withValues", .number(p.evidence.withValues)),
                ("withoutValues", .number(p.evidence.withoutValues)),
                ("sameFact", .bool(factOf[p.a.id] != nil && factOf[p.a.id] == factOf[p.b.id])),
            ]
            out += JSONValue.object(fields).serialized(pretty: false) + "\n"
        }
        return out
    }

    static func claim(_ c: Claim, _ result: CheckResult) -> JSONValue {
        .object([
            ("document", .string(result.document(c).path)),
            ("line", .int(result.position(c).line)),
            ("text", .string(result.quote(c))),
            ("measure", .string(c.measure.description)),
            ("dimension", .string(c.dimension.description)),
        ])
    }
}
