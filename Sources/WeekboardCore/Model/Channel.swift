#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Contact channels a telephony or CRM export may break counts into.
package enum Channel: String, Codable, Sendable, CaseIterable, CodingKeyRepresentable {
    case phone, email, web
    case inPerson = "in-person"

    package init?(parsing raw: String) {
        if let exact = Channel(rawValue: raw) {
            self = exact
            return
        }
        switch String(raw.lowercased().trimmed(.whitespaces).map { $0 == " " || $0 == "_" ? "-" : $0 }) {
        case "phone", "telephone", "tel", "call", "calls", "phone-call", "phonecall", "voice", "telephony":
            self = .phone
        case "email", "e-mail", "mail", "emails": self = .email
        case "web", "online", "webform", "web-form", "online-form", "chat", "webchat", "web-chat", "live-chat",
            "livechat", "website":
            self = .web
        case "in-person", "inperson", "face-to-face", "facetoface", "f2f", "visit", "walk-in", "walkin",
            "counter", "reception":
            self = .inPerson
        default: return nil
        }
    }
}
