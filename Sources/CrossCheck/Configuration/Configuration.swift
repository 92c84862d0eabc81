import Foundation

/// Which findings make the gate fail: conflicts only (the default), conflicts and changes, or none.
public enum FailThreshold: String, Sendable, CaseIterable {
    case conflict, changed, unsupported, never

    /// Whether a fact with this verdict makes the gate fail.
    public func fails(_ verdict: Verdict) -> Bool {
        switch self {
        case .conflict: return verdict == .conflict
        case .changed: return verdict == .conflict || verdict == .changed
        case .unsupported: return verdict == .conflict || verdict == .changed || verdict == .unsupported
        case .never: return false
        }
    }
}

/// A problem with a configuration file; each message names the file and the key.
public struct ConfigurationError: Error, Equatable, CustomStringConvertible, Sendable {
    public var file: String
    public var message: String

    public init(file: String, _ message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}

/// The project's `.crosscheck.json`. Every key is optional and has a default; unknown keys are
/// errors, so a misspelt key never silently does nothing.
///
/// ```json
/// {"version": 1, "failOn": "conflict", "tolerance": 0.02, "ignore": ["drafts/", "*.notes.md"],
///  "aliases": {"Blue House": "KR"}, "severities": {"changed": "note"},
///  "hedges": {"approximate": 0.1, "nearly": 0.1, "rounding": true}}
/// ```
public struct Configuration: Sendable, Equatable {
    public static let fileName = ".crosscheck.json"
    public static let supportedVersion = 1
    static let keys: Set<String> = ["version", "hedges", "aliases", "severities", "tolerance", "ignore", "failOn", "alignment"]
    static let hedgeKeys: Set<String> = ["approximate", "nearly", "rounding", "roundingCap", "moreThanCeiling", "vagueLow", "vagueHigh",
                                         "currencyConversion", "unitConversion"]
    static let alignmentKeys: Set<String> = ["corroborate", "conflict", "linkage"]

    public var version = Configuration.supportedVersion
    public var hedges = HedgeWidths()
    /// Name → canonical entity key ("Blue House" → "KR"), added to the entity lexicon.
    public var aliases: [String: String] = [:]
    /// Severity overrides per verdict.
    public var severities: [Verdict: Severity] = [:]
    /// A relative spread below which a numeric conflict counts as consistent (0: never).
    public var tolerance: Double = 0
    /// Paths or globs, relative to the corpus folder, of files to leave out.
    public var ignore: [String] = []
    /// nil when the file does not say; the command line's `--fail-on` wins over the file.
    public var failOn: FailThreshold?
    /// Log-odds thresholds of alignment: how much evidence makes claims that agree one fact, and
    /// how much evidence (values left out) makes claims that disagree one fact in conflict.
    public var corroborateThreshold = EvidenceWeights.alignThreshold
    public var conflictThreshold = EvidenceWeights.conflictThreshold
    public var conflictLinkage = EvidenceWeights.conflictLinkage

    public init() {}

    public var extractionOptions: ExtractionOptions { ExtractionOptions(hedges: hedges) }

    /// Makes a checker that uses this configuration's hedge widths and aliases.
    public func makeChecker() -> CrossChecker {
        var checker = CrossChecker(options: extractionOptions, aliases: aliases)
        checker.aligner.corroborateThreshold = corroborateThreshold
        checker.aligner.conflictThreshold = conflictThreshold
        checker.aligner.conflictLinkage = conflictLinkage
        return checker
    }

    /// Parses the bytes of a configuration file; `file` names it in error messages.
    public static func parse(_ bytes: [UInt8], file: String) throws -> Configuration {
        let object: Any
        switch JSONInput.parse(bytes) {
        case .success(let value): object = value
        case .failure(let error): throw ConfigurationError(file: file, error.description)
        }
        guard let root = object as? [String: Any] else {
            throw ConfigurationError(file: file, "expected a JSON object (got \(JSONInput.typeName(object)))")
        }
        if let unknown = root.keys.filter({ !keys.contains($0) }).sorted().first {
            throw ConfigurationError(file: file, "unknown key \"\(unknown)\" (known keys: \(keys.sorted().joined(separator: ", ")))")
        }
        var config = Configuration()
        if let value = root["version"] {
            guard let v = integer(value), v == supportedVersion else {
                throw ConfigurationError(file: file, "\"version\" must be \(supportedVersion) (got \(describe(value)))")
            }
            config.version = v
        }
        if let value = root["hedges"] {
            guard let hedges = value as? [String: Any] else { throw ConfigurationError(file: file, "\"hedges\" must be an object (got \(describe(value)))") }
            if let unknown = hedges.keys.filter({ !hedgeKeys.contains($0) }).sorted().first {
                throw ConfigurationError(file: file, "unknown key \"hedges.\(unknown)\" (known: \(hedgeKeys.sorted().joined(separator: ", ")))")
            }
            func fraction(_ key: String) throws -> Double? {
                guard let v = hedges[key] else { return nil }
                guard let d = number(v), d >= 0 else { throw ConfigurationError(file: file, "\"hedges.\(key)\" must be a number ≥ 0 (got \(describe(v)))") }
                return d
            }
            if let d = try fraction("approximate") { config.hedges.approximate = d }
            if let d = try fraction("nearly") { config.hedges.nearly = d }
            if let d = try fraction("roundingCap") { config.hedges.roundingCap = d }
            if let d = try fraction("vagueLow") { config.hedges.vagueLow = d }
            if let d = try fraction("vagueHigh") { config.hedges.vagueHigh = d }
            if let d = try fraction("currencyConversion") { config.hedges.currencyConversion = d }
            if let d = try fraction("unitConversion") { config.hedges.unitConversion = d }
            if let v = hedges["moreThanCeiling"] {
                if v is NSNull { config.hedges.moreThanCeiling = nil } else { config.hedges.moreThanCeiling = try fraction("moreThanCeiling") }
            }
            if let v = hedges["rounding"] {
                guard let b = boolean(v) else { throw ConfigurationError(file: file, "\"hedges.rounding\" must be true or false (got \(describe(v)))") }
                config.hedges.rounding = b
            }
        }
        if let value = root["alignment"] {
            guard let alignment = value as? [String: Any] else { throw ConfigurationError(file: file, "\"alignment\" must be an object") }
            if let unknown = alignment.keys.filter({ !alignmentKeys.contains($0) }).sorted().first {
                throw ConfigurationError(file: file, "unknown key \"alignment.\(unknown)\" (known: \(alignmentKeys.sorted().joined(separator: ", ")))")
            }
            for key in alignmentKeys.sorted() {
                guard let v = alignment[key] else { continue }
                guard let d = number(v), d.isFinite, abs(d) <= 50 else {
                    throw ConfigurationError(file: file, "\"alignment.\(key)\" must be a number (log-odds, between -50 and 50)")
                }
                switch key {
                case "corroborate": config.corroborateThreshold = d
                case "linkage":
                    guard d > 0, d < 1 else { throw ConfigurationError(file: file, "\"alignment.linkage\" must be between 0 and 1") }
                    config.conflictLinkage = d
                default: config.conflictThreshold = d
                }
            }
        }
        if let value = root["aliases"] {
            guard let aliases = value as? [String: Any] else { throw ConfigurationError(file: file, "\"aliases\" must be an object of name → entity key (got \(describe(value)))") }
            for (name, key) in aliases {
                guard let key = key as? String, !key.isEmpty else {
                    throw ConfigurationError(file: file, "\"aliases.\(name)\" must be a non-empty string (got \(describe(key)))")
                }
                config.aliases[name] = key
            }
        }
        if let value = root["severities"] {
            guard let severities = value as? [String: Any] else { throw ConfigurationError(file: file, "\"severities\" must be an object of verdict → severity (got \(describe(value)))") }
            for (name, level) in severities {
                guard let verdict = Verdict(rawValue: name) else {
                    throw ConfigurationError(file: file, "unknown key \"severities.\(name)\" (verdicts: \(Verdict.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                guard let text = level as? String, let severity = Severity(rawValue: text) else {
                    throw ConfigurationError(file: file, "\"severities.\(name)\" must be error, warning or note (got \(describe(level)))")
                }
                config.severities[verdict] = severity
            }
        }
        if let value = root["tolerance"] {
            guard let d = number(value), d >= 0 else { throw ConfigurationError(file: file, "\"tolerance\" must be a number ≥ 0, a fraction: 0.02 is 2% (got \(describe(value)))") }
            config.tolerance = d
        }
        if let value = root["ignore"] {
            guard let list = value as? [Any], let paths = list as? [String] else {
                throw ConfigurationError(file: file, "\"ignore\" must be an array of paths or globs (got \(describe(value)))")
            }
            config.ignore = paths
        }
        if let value = root["failOn"] {
            guard let text = value as? String, let threshold = FailThreshold(rawValue: text) else {
                throw ConfigurationError(file: file, "\"failOn\" must be conflict, changed or never (got \(describe(value)))")
            }
            config.failOn = threshold
        }
        return config
    }

    static func isBoolean(_ v: Any) -> Bool { JSONInput.isBoolean(v) }

    static func number(_ v: Any) -> Double? {
        guard !isBoolean(v), let n = v as? NSNumber, n.doubleValue.isFinite else { return nil }
        return n.doubleValue
    }

    static func integer(_ v: Any) -> Int? {
        // Int(d) traps beyond Int's range ("version": 1e300); no setting needs a larger whole number.
        guard let d = number(v), d == d.rounded(), Swift.abs(d) < 1e15 else { return nil }
        return Int(d)
    }

    static func boolean(_ v: Any) -> Bool? {
        guard isBoolean(v), let n = v as? NSNumber else { return nil }
        return n.boolValue
    }

    static func describe(_ v: Any) -> String {
        if let s = v as? String { return "\"\(s)\"" }
        if v is NSNumber, !isBoolean(v) { return "\(v)" }
        return JSONInput.typeName(v)
    }
}

/// Paths and globs as `ignore` uses them: a path equal to the pattern, a folder prefix ending in
/// `/`, or a glob where `*` and `?` match any characters (including `/`).
public enum PathPattern {
    public static func matches(_ path: String, pattern: String) -> Bool {
        var p = pattern
        while p.hasPrefix("./") { p.removeFirst(2) }
        if p.hasSuffix("/") { return path.hasPrefix(p) }
        if !p.contains("*") && !p.contains("?") { return path == p || path.hasPrefix(p + "/") }
        return glob(Array(path), Array(p))
    }

    static func glob(_ s: [Character], _ p: [Character]) -> Bool {
        var si = 0, pi = 0, star = -1, mark = 0
        while si < s.count {
            if pi < p.count, p[pi] == s[si] || p[pi] == "?" { si += 1; pi += 1 }
            else if pi < p.count, p[pi] == "*" { star = pi; mark = si; pi += 1 }
            else if star >= 0 { pi = star + 1; mark += 1; si = mark }
            else { return false }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
