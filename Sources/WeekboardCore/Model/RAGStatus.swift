#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Delivery confidence of a project. Blue means complete.
///
/// The 5-point IPA scale is kept: `amber-green` and `amber-red` sit between their neighbours.
/// Severity orders them for roll-ups and trends (higher is worse; blue is best).
package enum RAGStatus: String, Codable, Sendable, CaseIterable {
    case red
    case amberRed = "amber-red"
    case amber
    case amberGreen = "amber-green"
    case green
    case blue

    /// 0 (blue, complete) … 5 (red).
    package var severity: Int {
        switch self {
        case .blue: return 0
        case .green: return 1
        case .amberGreen: return 2
        case .amber: return 3
        case .amberRed: return 4
        case .red: return 5
        }
    }

    package var isComplete: Bool { self == .blue }

    /// Accepts `red`, `r`, `amber-green`, `ag`, `Amber/Green` and similar, case-insensitively.
    package init?(parsing raw: String) {
        let t = raw.lowercased().trimmed(.whitespaces)
            .replacing("/", with: "-").replacing(" ", with: "-")
            .replacing("_", with: "-")
        switch t {
        case "red", "r": self = .red
        case "amber-red", "ar": self = .amberRed
        case "amber", "a": self = .amber
        case "amber-green", "ag": self = .amberGreen
        case "green", "g": self = .green
        case "blue", "b", "complete", "done": self = .blue
        default: return nil
        }
    }

    /// `Red`, `Amber/Green`…
    package var name: String {
        switch self {
        case .red: return "Red"
        case .amberRed: return "Amber/Red"
        case .amber: return "Amber"
        case .amberGreen: return "Amber/Green"
        case .green: return "Green"
        case .blue: return "Blue"
        }
    }

    package var letter: String {
        switch self {
        case .red: return "R"
        case .amberRed: return "AR"
        case .amber: return "A"
        case .amberGreen: return "AG"
        case .green: return "G"
        case .blue: return "B"
        }
    }

    /// What the status means in words, so colour is never the only signal.
    package var word: String {
        switch self {
        case .red: return "Off track"
        case .amberRed: return "At risk"
        case .amber: return "At risk"
        case .amberGreen: return "Minor risk"
        case .green: return "On track"
        case .blue: return "Complete"
        }
    }

    /// ASCII marks each mean one thing across weekboard's plain output (README, "RAG that everyone can
    /// read"): `@` is On track, never a goal (`o` is an open one).
    package func shape(unicode: Bool) -> String {
        switch self {
        case .red: return unicode ? "■" : "#"
        case .amberRed, .amber: return unicode ? "▲" : "^"
        case .amberGreen, .green: return unicode ? "●" : "@"
        case .blue: return unicode ? "✓" : "v"
        }
    }

    /// `■ R Off track`
    package func tag(unicode: Bool) -> String { "\(shape(unicode: unicode)) \(letter) \(word)" }
}

extension RAGStatus: JSONReadable {
    init(json: JSONNode) throws { self = try json.oneOf(RAGStatus.self) }
}
