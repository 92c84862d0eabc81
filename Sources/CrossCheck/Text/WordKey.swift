/// A word's lower-cased ASCII bytes packed into two integers, so lexicon look-ups on the hot path
/// hash two words instead of allocating a `String` per token. Words longer than 16 bytes keep their
/// first 16 bytes and their length; no lexicon word is that long.
public struct WordKey: Hashable, Sendable {
    public var lo: UInt64
    public var hi: UInt64
    public var length: UInt8

    public static let none = WordKey(lo: 0, hi: 0, length: 0)

    @inlinable
    public init(lo: UInt64, hi: UInt64, length: UInt8) {
        self.lo = lo
        self.hi = hi
        self.length = length
    }

    /// Builds the key of `bytes[start..<end]`, lower-casing ASCII letters.
    @inlinable
    public init(bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        var lo: UInt64 = 0, hi: UInt64 = 0
        let n = end - start
        var i = 0
        while i < n && i < 16 {
            var b = bytes[start + i]
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if i < 8 { lo |= UInt64(b) << (UInt64(i) * 8) } else { hi |= UInt64(b) << (UInt64(i - 8) * 8) }
            i += 1
        }
        self.init(lo: lo, hi: hi, length: UInt8(clamping: n))
    }

    public init(_ word: String) {
        var bytes = Array(word.utf8)
        if bytes.isEmpty { bytes = [] }
        self = bytes.withUnsafeBufferPointer { WordKey(bytes: $0, start: 0, end: $0.count) }
    }
}

extension WordKey: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(value) }
}

/// Lexicon tables keyed by word: built once from readable string data, queried by `WordKey`.
public struct WordTable<Value: Sendable>: Sendable {
    @usableFromInline var storage: [WordKey: Value]

    public init(_ entries: [String: Value]) {
        var storage: [WordKey: Value] = [:]
        for (word, value) in entries { storage[WordKey(word)] = value }
        self.storage = storage
    }

    public init(words: [String], value: Value) {
        self.init(Dictionary(words.map { ($0, value) }, uniquingKeysWith: { a, _ in a }))
    }

    @inlinable
    public subscript(key: WordKey) -> Value? { storage[key] }

    public func contains(_ key: WordKey) -> Bool { storage[key] != nil }
}
