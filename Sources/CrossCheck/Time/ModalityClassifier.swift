/// Decides whether the clause around a mention states a plan or expectation ("will be held",
/// "scheduled for", "is set to") or reports something done ("was held", "began", "met").
///
/// It looks for the nearest verb cue to the left of the mention within its clause, then to the
/// right; a cue's verb group (up to three words before it: "will be held", "is to be held",
/// "have held") decides. Clause boundaries are ";", "but", "while", "although", "because",
/// relative pronouns ("which", "who") and brackets. When no verb decides, words inside the
/// mention do ("next week" planned, "last week" reported).
///
/// Each look reaches at most `reach` tokens, so that a sentence that never ends (a document without
/// punctuation) costs time linear in its length rather than in its length times its mentions.
public enum ModalityClassifier {
    static let reach = 64

    public static func modality(in text: TokenizedText, sentence: Sentence, at range: ByteRange) -> Modality {
        let tokens = text.tokens
        let lo = sentence.tokens.lowerBound, hi = sentence.tokens.upperBound
        let first = firstToken(tokens, in: sentence.tokens, from: range.start)
        let leftmost = max(lo, first - reach)
        var last = first
        while last < hi && tokens[last].end <= range.end { last += 1 }
        let bytes = text.source.bytes

        // Left, nearest first. A complementizer ("that") opens the clause that holds the date: the
        // reporting verb before it ("He pointed out that … elections in April would …") speaks of
        // the report, so it decides only when the clause itself has no verb cue.
        var i = first - 1
        var outer: Modality? = nil
        while i >= leftmost {
            let k = tokens[i].key
            if ModalityLexicon.boundaries.contains(k) { break }
            if ModalityLexicon.complementizers.contains(k) {
                var o = i - 1
                while o >= leftmost, !ModalityLexicon.boundaries.contains(tokens[o].key) {
                    if let m = cue(tokens, bytes, o, lo: lo, hi: hi) { outer = m; break }
                    o -= 1
                }
                break
            }
            if let m = cue(tokens, bytes, i, lo: lo, hi: hi) { return m }
            i -= 1
        }
        // Right.
        i = last
        while i < min(hi, last + reach) {
            let k = tokens[i].key
            if ModalityLexicon.boundaries.contains(k) || k == "," && i > last && tokens[i - 1].key != "," && isBoundaryComma(tokens, i, hi) { break }
            if let m = cue(tokens, bytes, i, lo: lo, hi: hi) { return m }
            i += 1
        }
        if let outer { return outer }
        // Inside the mention.
        for j in first..<min(last, hi) {
            if let m = ModalityLexicon.internalCues[tokens[j].key] { return m }
        }
        return .unspecified
    }

    /// The first token of `tokens` that starts at or after `offset` (binary search).
    static func firstToken(_ tokens: [Token], in range: Range<Int>, from offset: Int) -> Int {
        var a = range.lowerBound, b = range.upperBound
        while a < b {
            let mid = (a + b) / 2
            if tokens[mid].start < offset { a = mid + 1 } else { b = mid }
        }
        return a
    }

    /// A comma followed by a relative clause or a new subject ends the clause on the right.
    static func isBoundaryComma(_ tokens: [Token], _ i: Int, _ hi: Int) -> Bool {
        guard i + 1 < hi else { return true }
        return ModalityLexicon.boundaries.contains(tokens[i + 1].key)
    }

    /// The modality a verb cue at `i` gives, judged with its verb group; nil when `i` is no cue.
    static func cue(_ tokens: [Token], _ bytes: [UInt8], _ i: Int, lo: Int, hi: Int) -> Modality? {
        let t = tokens[i]
        guard t.kind == .word else { return nil }
        let k = t.key
        if k == "won", i + 1 < hi, tokens[i + 1].key == "'" || tokens[i + 1].key == WordKey("’") { return .planned }
        if ModalityLexicon.planned.contains(k) {
            // "set" and "due" plan only before "to"/"for"; "plan" only as a verb ("plans to").
            if k == "set" || k == "due" || k == "slated" {
                let n = i + 1 < hi ? tokens[i + 1].key : .none
                return n == "to" || n == "for" || n == "on" || n == "in" ? .planned : nil
            }
            return .planned
        }
        if k == "to", i + 1 < hi, tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalized,
           i > lo, ModalityLexicon.infinitivePlanners.contains(tokens[i - 1].key) {
            return .planned
        }
        let past = ModalityLexicon.pastVerbs.contains(k) || looksPastTense(t, bytes, first: i == lo)
        guard past || ModalityLexicon.presentVerbs.contains(k) else { return nil }
        // The verb group: "will be held", "is to be held", "would have begun".
        var j = i - 1
        while j >= lo && j >= i - 3 {
            let g = tokens[j].key
            if ModalityLexicon.planned.contains(g) || g == "to" && j > lo && ModalityLexicon.infinitivePlanners.contains(tokens[j - 1].key) {
                return .planned
            }
            if g == "to" && j + 1 < i && tokens[j + 1].key == "be" { return .planned }
            if !ModalityLexicon.auxiliaries.contains(g) { break }
            j -= 1
        }
        return past ? .reported : nil
    }

    /// A lower-case word ending in "-ed" (not "-eed") reads as a past tense or participle.
    static func looksPastTense(_ t: Token, _ bytes: [UInt8], first: Bool) -> Bool {
        guard t.end - t.start >= 5, !t.isCapitalized || first else { return false }
        let a = bytes[t.end - 2] | 0x20, b = bytes[t.end - 1] | 0x20
        guard a == 0x65, b == 0x64, bytes[t.end - 3] | 0x20 != 0x65 else { return false }
        return !ModalityLexicon.notPast.contains(t.key)
    }
}

enum ModalityLexicon {
    static let planned = WordTable(words: [
        "will", "ll", "would", "shall", "scheduled", "slated", "set", "expected", "expects", "expect",
        "plans", "planned", "planning", "due", "upcoming", "aims", "intends", "intend", "going", "could",
        "might", "should", "proposed", "tentatively", "forthcoming", "anticipated", "hopes", "hope",
        "wo", // "won't" tokenizes as "won" "'" "t"; "wo" covers "wo n't"
    ], value: true)

    /// Words before "to" that make the infinitive a plan: "agreed to hold", "is to meet".
    static let infinitivePlanners = WordTable(words: [
        "agreed", "decided", "plans", "plan", "planned", "set", "scheduled", "expected", "due", "is", "are",
        "was", "were", "going", "aims", "aim", "hopes", "hope", "wants", "want", "intends", "intend",
        "ready", "likely", "slated", "prepared", "preparing", "seeks", "seeking", "promised", "vowed",
    ], value: true)

    static let auxiliaries = WordTable(words: [
        "be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "not", "n't", "also", "still",
        "reportedly", "already", "then", "now", "just", "officially", "formally", "finally", "jointly",
        "to", "'", "t", "s",
    ], value: true)

    static let pastVerbs = WordTable(words: [
        "began", "begun", "held", "met", "said", "told", "came", "went", "took", "made", "saw", "left", "gave",
        "was", "were", "had", "did", "got", "found", "fell", "rose", "broke", "won", "lost", "ran", "sat",
        "stood", "spoke", "wrote", "brought", "thought", "sought", "kept", "led", "paid", "sent", "spent",
        "struck", "became", "chose", "drew", "flew", "grew", "knew", "meant", "sold", "taught", "threw",
        "understood", "withdrew", "undertook", "overtook", "hit", "wound", "ended", "concluded", "agreed",
        "opened", "closed", "resumed", "wrapped", "adjourned", "convened", "reached", "signed", "arrived",
        "announced", "reported", "finished", "completed", "failed", "happened", "occurred", "took",
    ], value: true)

    /// Present tense verbs are cues only through their group ("is to be held" is planned).
    static let presentVerbs = WordTable(words: [
        "hold", "holds", "meet", "meets", "begin", "begins", "start", "starts", "take", "takes", "resume",
        "resumes", "open", "opens", "end", "ends", "convene", "convenes", "visit", "visits", "sign", "signs",
        "go", "goes", "come", "comes", "take", "run", "runs", "happen", "happens", "occur", "occurs", "last", "lasts",
    ], value: true)

    static let notPast = WordTable(words: [
        "hundred", "kindred", "scheduled", "expected", "planned", "proposed", "slated", "based", "united",
        "limited", "unprecedented", "detailed", "related", "armed", "red", "naked", "sacred", "wicked",
        "alleged", "so-called", "called", "advanced", "experienced", "skilled", "qualified", "concerned",
        "interested", "tired", "supposed", "used", "anticipated", "prepared",
    ], value: true)

    /// Words that open a reported clause: "said that …", "warned that …".
    static let complementizers = WordTable(words: ["that"], value: true)

    static let boundaries = WordTable(words: [
        ";", "but", "while", "whereas", "although", "though", "because", "which", "who", "whom", "whose",
        "unless", "(", ")", "—", "–", "yet", "however",
    ], value: true)

    static let internalCues = WordTable([
        "next": Modality.planned, "tomorrow": .planned, "coming": .planned, "upcoming": .planned, "following": .planned,
        "later": .planned, "hence": .planned,
        "last": .reported, "yesterday": .reported, "ago": .reported, "earlier": .reported, "previous": .reported,
        "past": .reported,
    ])
}
