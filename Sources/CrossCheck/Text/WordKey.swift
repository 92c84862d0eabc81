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
    @inlinable @inline(__always)
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

    /// Packs the string's UTF-8 bytes directly: comparisons against literals (`token.key == "on"`)
    /// run on every token, so this must not allocate.
    @inlinable
    public init(_ word: String) {
        var lo: UInt64 = 0, hi: UInt64 = 0
        var n = 0
        for var b in word.utf8 {
            if n < 16 {
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                if n < 8 { lo |= UInt64(b) << (UInt64(n) * 8) } else { hi |= UInt64(b) << (UInt64(n - 8) * 8) }
            }
            n += 1
        }
        self.init(lo: lo, hi: hi, length: UInt8(clamping: n))
    }
}

extension WordKey: ExpressibleByStringLiteral {
    /// Literals (`token.key == "on"`) are compared on every token: read their bytes straight from
    /// the binary, without building a `String`.
    @inlinable @inline(__always)
    public init(stringLiteral value: StaticString) {
        if value.hasPointerRepresentation {
            self.init(bytes: UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount),
                      start: 0, end: value.utf8CodeUnitCount)
        } else {
            self.init(String(value.unicodeScalar))
        }
    }
}

/// Lexicon tables keyed by word: built once from readable string data, queried by `WordKey`.
/// Open addressing with a multiplicative hash: a look-up is a few instructions, where a
/// `Dictionary` would run SipHash over the key (the recognizers query several tables per token).
public struct WordTable<Value: Sendable>: Sendable {
    @usableFromInline let keys: [WordKey]
    @usableFromInline let values: [Value?]
    @usableFromInline let mask: Int

    public init(_ entries: [String: Value]) {
        var capacity = 8
        while capacity < entries.count * 3 { capacity *= 2 }
        var keys = [WordKey](repeating: .none, count: capacity)
        var values = [Value?](repeating: nil, count: capacity)
        let mask = capacity - 1
        // Sorted so that the layout does not depend on dictionary order.
        for (word, value) in entries.sorted(by: { $0.key < $1.key }) {
            let key = WordKey(word)
            guard key.length > 0 else { continue }
            var slot = WordTable.hash(key) & mask
            while keys[slot].length != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.mask = mask
    }

    public init(words: [String], value: Value) {
        self.init(Dictionary(words.map { ($0, value) }, uniquingKeysWith: { a, _ in a }))
    }

    @inlinable @inline(__always)
    static func hash(_ key: WordKey) -> Int {
        let h = (key.lo &* 0x9E37_79B9_7F4A_7C15) ^ (key.hi &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(key.length)
        return Int(truncatingIfNeeded: (h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9 >> 32)
    }

    @inlinable
    public subscript(key: WordKey) -> Value? {
        guard key.length != 0 else { return nil }
        var slot = WordTable.hash(key) & mask
        while true {
            let k = keys[slot]
            if k.length == 0 { return nil }
            if k == key { return values[slot] }
            slot = (slot + 1) & mask
        }
    }

    @inlinable
    public func contains(_ key: WordKey) -> Bool { self[key] != nil }
}
