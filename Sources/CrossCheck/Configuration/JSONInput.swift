import Foundation

/// Reading the JSON files a user writes (the manifest, the configuration, a baseline) so that a
/// mistake is reported where it is: invalid JSON with its line and column, a value of the wrong
/// type with the field's name and the type found.
enum JSONInput {
    /// The parsed value, or why the bytes are not JSON ("line 3, column 9: expected a value").
    static func parse(_ bytes: [UInt8]) -> Result<Any, JSONSyntaxError> {
        do {
            return .success(try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]))
        } catch {
            if let found = JSONSyntax.firstError(in: bytes) {
                let position = JSONSyntax.position(of: found.offset, in: bytes)
                return .failure(JSONSyntaxError(description: "not valid JSON (line \(position.line), column \(position.column): \(found.reason))"))
            }
            // Syntax the checker accepts but Foundation does not ("1e400" is out of range).
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            return .failure(JSONSyntaxError(description: "not valid JSON" + (detail.map { " (\($0))" } ?? "")))
        }
    }

    /// JSONSerialization gives NSNumber for both numbers and booleans; tell them apart.
    static func isBoolean(_ v: Any) -> Bool {
        guard let n = v as? NSNumber else { return false }
        return String(cString: n.objCType) == "c"
    }

    /// What a JSON value is, for messages: "a string", "an array", "true or false".
    static func typeName(_ v: Any) -> String {
        if v is NSNull { return "null" }
        if v is String { return "a string" }
        if isBoolean(v) { return "true or false" }
        if v is NSNumber { return "a number" }
        if v is [Any] { return "an array" }
        if v is [String: Any] { return "an object" }
        return "an unknown value"
    }
}

public struct JSONSyntaxError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// A JSON syntax checker that says where the first mistake is. It runs only after Foundation has
/// rejected the input, to find the position Foundation's message lacks.
struct JSONSyntax {
    struct Failure: Error {
        var offset: Int
        var reason: String
    }

    let bytes: [UInt8]
    var i = 0
    /// Nesting deeper than this is reported rather than recursed into.
    static let maxDepth = 512

    static func firstError(in bytes: [UInt8]) -> Failure? {
        var checker = JSONSyntax(bytes: bytes)
        // A byte-order mark may start the file.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { checker.i = 3 }
        do {
            try checker.value(depth: 0)
            checker.skipSpace()
            if checker.i < bytes.count { throw Failure(offset: checker.i, reason: "unexpected text after the JSON value") }
            return nil
        } catch let failure as Failure {
            return failure
        } catch {
            return nil
        }
    }

    /// 1-based line and column (in Unicode scalars) of a byte offset.
    static func position(of offset: Int, in bytes: [UInt8]) -> SourcePosition {
        let end = min(offset, bytes.count)
        var line = 1, column = 1
        for b in bytes[..<end] {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return SourcePosition(line: line, column: column)
    }

    mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    }

    func fail(_ reason: String) -> Failure {
        Failure(offset: i, reason: i < bytes.count ? reason : "the file ends too early")
    }

    mutating func value(depth: Int) throws {
        skipSpace()
        guard depth < JSONSyntax.maxDepth else { throw fail("nested too deeply") }
        guard i < bytes.count else { throw fail("expected a value") }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1; skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a key in double quotes") }
                try string()
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':' after the key") }
                i += 1
                try value(depth: depth + 1)
                skipSpace()
                guard i < bytes.count else { throw fail("expected ',' or '}'") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return }
                throw fail("expected ',' or '}'")
            }
        case UInt8(ascii: "["):
            i += 1; skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return }
            while true {
                try value(depth: depth + 1)
                skipSpace()
                guard i < bytes.count else { throw fail("expected ',' or ']'") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return }
                throw fail("expected ',' or ']'")
            }
        case UInt8(ascii: "\""):
            try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try number()
        default:
            throw fail("expected a value")
        }
    }

    mutating func literal(_ word: String) throws {
        for b in word.utf8 {
            guard i < bytes.count, bytes[i] == b else { throw fail("expected \(word)") }
            i += 1
        }
    }

    mutating func string() throws {
        i += 1 // the opening quote
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { i += 1; return }
            if b < 0x20 { throw fail("a control character inside a string (write \\n for a line break)") }
            if b == UInt8(ascii: "\\") {
                i += 1
                guard i < bytes.count else { break }
                switch bytes[i] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    i += 1
                case UInt8(ascii: "u"):
                    i += 1
                    for _ in 0..<4 {
                        guard i < bytes.count, bytes[i].isHexDigit else { throw fail("expected four hex digits after \\u") }
                        i += 1
                    }
                default:
                    throw fail("an unknown escape after a backslash")
                }
                continue
            }
            i += 1
        }
        throw fail("a string is never closed")
    }

    mutating func number() throws {
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count, bytes[i].isDigit else { throw fail("expected a digit") }
        if bytes[i] == UInt8(ascii: "0") { i += 1 } else { while i < bytes.count, bytes[i].isDigit { i += 1 } }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard i < bytes.count, bytes[i].isDigit else { throw fail("expected a digit after the decimal point") }
            while i < bytes.count, bytes[i].isDigit { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count, bytes[i].isDigit else { throw fail("expected a digit in the exponent") }
            while i < bytes.count, bytes[i].isDigit { i += 1 }
        }
    }
}

private extension UInt8 {
    var isDigit: Bool { self >= 0x30 && self <= 0x39 }
    var isHexDigit: Bool { isDigit || (self | 0x20 >= 0x61 && self | 0x20 <= 0x66) }
}
