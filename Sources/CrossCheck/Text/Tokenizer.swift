/// One token of a document: a word, a run of digits (with grouping and decimal marks inside), a
/// symbol such as a currency sign or `%`, or a punctuation mark.
public struct Token: Sendable {
    public enum Kind: UInt8, Sendable {
        case word, number, symbol, punct
    }

    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Whitespace comes right before the token (or it starts the text).
        public static let spaceBefore = Flags(rawValue: 1)
        /// A line break comes before the token.
        public static let newlineBefore = Flags(rawValue: 2)
        /// A blank line comes before the token.
        public static let paragraphBefore = Flags(rawValue: 4)
        /// The word starts with an upper-case letter.
        public static let capitalized = Flags(rawValue: 8)
        /// Every letter of the word is upper case.
        public static let allCaps = Flags(rawValue: 16)
    }

    public var start: Int
    public var end: Int
    public var kind: Kind
    public var flags: Flags
    /// Lower-cased word for words; the symbol or mark's bytes for symbols and punctuation.
    public var key: WordKey

    public var range: ByteRange { ByteRange(start, end) }
    public var spaceBefore: Bool { flags.contains(.spaceBefore) }
    public var isCapitalized: Bool { flags.contains(.capitalized) }
}

/// Splits UTF-8 bytes into tokens in one pass, without creating strings.
public enum Tokenizer {
    public static func tokenize(_ text: SourceText) -> [Token] {
        text.bytes.withUnsafeBufferPointer { tokenize($0) }
    }

    public static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        let n = bytes.count
        var i = 0
        var pending: Token.Flags = [.spaceBefore]
        var newlines = 0
        while i < n {
            let b = bytes[i]
            // Whitespace, including the no-break, thin and narrow no-break spaces.
            if b == 0x20 || b == 0x09 || b == 0x0D {
                pending.insert(.spaceBefore); i += 1; continue
            }
            if b == 0x0A {
                pending.insert(.spaceBefore); pending.insert(.newlineBefore)
                newlines += 1
                if newlines >= 2 { pending.insert(.paragraphBefore) }
                i += 1; continue
            }
            let width = scalarWidth(b)
            if b >= 0x80 {
                let scalar = decode(bytes, at: i, width: width)
                switch UnicodeClass.of(scalar) {
                case .space:
                    pending.insert(.spaceBefore); i += width; continue
                case .symbol:
                    tokens.append(Token(start: i, end: i + width, kind: .symbol, flags: pending,
                                        key: WordKey(bytes: bytes, start: i, end: i + width)))
                    pending = []; newlines = 0; i += width; continue
                case .punct:
                    tokens.append(Token(start: i, end: i + width, kind: .punct, flags: pending,
                                        key: WordKey(bytes: bytes, start: i, end: i + width)))
                    pending = []; newlines = 0; i += width; continue
                case .letter:
                    break
                }
            }
            newlines = 0
            if isDigit(b) {
                var j = i + 1
                while j < n {
                    let c = bytes[j]
                    if isDigit(c) { j += 1; continue }
                    // Grouping commas and decimal points only when a digit follows.
                    if (c == 0x2C || c == 0x2E) && j + 1 < n && isDigit(bytes[j + 1]) { j += 2; continue }
                    break
                }
                if groupsAreThousands(bytes, i, j) {
                    tokens.append(Token(start: i, end: j, kind: .number, flags: pending,
                                        key: WordKey(bytes: bytes, start: i, end: j)))
                } else {
                    splitAtCommas(bytes, i, j, flags: pending, into: &tokens)
                }
                pending = []; i = j; continue
            }
            if isLetter(b) || b >= 0x80 {
                var j = i
                var upper = 0, letters = 0
                while j < n {
                    let c = bytes[j]
                    if isLetter(c) {
                        letters += 1
                        if c <= 0x5A { upper += 1 }
                        j += 1; continue
                    }
                    if c >= 0x80 {
                        let w = scalarWidth(c)
                        if UnicodeClass.of(decode(bytes, at: j, width: w)) == .letter { letters += 1; j += w; continue }
                    }
                    break
                }
                var flags = pending
                if b >= 0x41 && b <= 0x5A { flags.insert(.capitalized) }
                if letters > 0 && upper == letters && b <= 0x5A { flags.insert(.allCaps) }
                tokens.append(Token(start: i, end: j, kind: .word, flags: flags,
                                    key: WordKey(bytes: bytes, start: i, end: j)))
                pending = []; i = j; continue
            }
            let kind: Token.Kind = (b == 0x24 || b == 0x25) ? .symbol : .punct
            tokens.append(Token(start: i, end: i + 1, kind: kind, flags: pending,
                                key: WordKey(bytes: bytes, start: i, end: i + 1)))
            pending = []; i += 1
        }
        return tokens
    }

    /// A run with two or more commas is one number only when each comma starts a group of three
    /// digits ("1,234,567") or, in the Indian system, groups of two before a last group of three
    /// ("12,34,567"); "1,2,3,4,5,6" is a list, not 123,456. A single comma may be a decimal mark
    /// ("5,00"), which the figure parser decides.
    static func groupsAreThousands(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var commas = 0, allThree = true, twosThenThree = true
        var k = start
        while k < end {
            if bytes[k] == 0x2C {
                commas += 1
                var d = k + 1
                while d < end, isDigit(bytes[d]) { d += 1 }
                let digits = d - (k + 1)
                let last = d >= end || bytes[d] != 0x2C
                if digits != 3 { allThree = false }
                if digits != (last ? 3 : 2) { twosThenThree = false }
                k = d
            } else {
                k += 1
            }
        }
        return commas < 2 || allThree || twosThenThree
    }

    /// The run cut at its commas: the pieces between them as numbers, each comma as a mark.
    static func splitAtCommas(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, flags: Token.Flags, into tokens: inout [Token]) {
        var pieceStart = start
        var first = true
        for k in start...end where k == end || bytes[k] == 0x2C {
            tokens.append(Token(start: pieceStart, end: k, kind: .number, flags: first ? flags : [],
                                key: WordKey(bytes: bytes, start: pieceStart, end: k)))
            first = false
            if k < end {
                tokens.append(Token(start: k, end: k + 1, kind: .punct, flags: [], key: WordKey(bytes: bytes, start: k, end: k + 1)))
            }
            pieceStart = k + 1
        }
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    @inline(__always) static func scalarWidth(_ b: UInt8) -> Int {
        if b < 0x80 { return 1 }
        if b >= 0xF0 { return 4 }
        if b >= 0xE0 { return 3 }
        if b >= 0xC0 { return 2 }
        return 1
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, width: Int) -> UInt32 {
        guard i + width <= bytes.count else { return 0xFFFD }
        switch width {
        case 2: return UInt32(bytes[i] & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        case 3: return UInt32(bytes[i] & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        case 4: return UInt32(bytes[i] & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
        default: return 0xFFFD
        }
    }
}

/// Classes of the non-ASCII scalars news text uses; everything unlisted counts as a letter so that
/// names in other scripts stay whole words.
enum UnicodeClass {
    case letter, space, symbol, punct

    static func of(_ scalar: UInt32) -> UnicodeClass {
        switch scalar {
        case 0x00A0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        case 0x00A2...0x00A5, 0x20A0...0x20CF: return .symbol // ¢ £ ¤ ¥ and the currency block (€ ₩ ₹ …)
        case 0x00A1...0x00BF, 0x00D7, 0x00F7, 0x2010...0x205E, 0x2190...0x2BFF, 0x3001...0x303F, 0xFF01...0xFF0F:
            return .punct
        default: return .letter
        }
    }
}
