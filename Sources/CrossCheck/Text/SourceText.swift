/// A half-open range of UTF-8 byte offsets into a document.
public struct ByteRange: Hashable, Sendable, Comparable, Codable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "ByteRange start after end")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func contains(_ other: ByteRange) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: ByteRange) -> Bool { start < other.end && other.start < end }

    public static func < (a: ByteRange, b: ByteRange) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }
}

/// A 1-based line and a 1-based column counted in Unicode scalars (what editors and SARIF show).
public struct SourcePosition: Hashable, Sendable {
    public var line: Int
    public var column: Int
}

/// The exact bytes of one document, with a line index so any byte offset maps to a line and column.
public struct SourceText: Sendable {
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; line N (1-based) starts at `lineStarts[N - 1]`.
    public let lineStarts: [Int]
    /// Unicode scalars that start before byte `k * scalarStride`, for each k: a column is then
    /// counted from the nearest checkpoint, not from the line's start, so that finding the column
    /// of every mention of a one-line 10 MB document does not take time quadratic in its length.
    private let scalarCheckpoints: [Int]
    static let scalarStride = 4096

    /// Fails when the bytes are not valid UTF-8; the corpus layer turns that into a user-facing error.
    public init?(validating bytes: [UInt8]) {
        guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
        self.init(trusted: bytes)
    }

    public init(_ string: String) {
        self.init(trusted: Array(string.utf8))
    }

    private init(trusted bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(bytes.count / SourceText.scalarStride + 1)
        var scalars = 0
        for (i, b) in bytes.enumerated() {
            if i % SourceText.scalarStride == 0 { checkpoints.append(scalars) }
            if b & 0xC0 != 0x80 { scalars += 1 }
            if b == 0x0A { starts.append(i + 1) }
        }
        // The end of the text is a position too ("after the last character").
        if bytes.count % SourceText.scalarStride == 0 { checkpoints.append(scalars) }
        self.lineStarts = starts
        self.scalarCheckpoints = checkpoints
    }

    public var count: Int { bytes.count }

    public func line(containing offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// Unicode scalars that start before byte `offset` (clamped to the text).
    func scalars(before offset: Int) -> Int {
        let end = min(max(offset, 0), bytes.count)
        let checkpoint = end / SourceText.scalarStride
        guard checkpoint < scalarCheckpoints.count else { return 0 }
        var n = scalarCheckpoints[checkpoint]
        var i = checkpoint * SourceText.scalarStride
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }

    public func position(of offset: Int) -> SourcePosition {
        let line = line(containing: offset)
        // Offsets inside a multi-byte scalar never occur for mention spans; count the scalar start only.
        let column = scalars(before: offset) - scalars(before: lineStarts[line - 1]) + 1
        return SourcePosition(line: line, column: column)
    }

    public func string(_ range: ByteRange) -> String {
        String(decoding: bytes[range.start..<range.end], as: UTF8.self)
    }

    /// The text of a 1-based line without its line terminator.
    public func lineText(_ line: Int) -> String {
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return string(ByteRange(start, max(start, end)))
    }
}
