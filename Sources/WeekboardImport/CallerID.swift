#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// A caller in canonical form, held only in memory on the way to being hashed.
///
/// Its descriptions are redacted on purpose: interpolating one into an error, a log line or
/// `dump` shows the kind of caller, never the value.
package enum CallerID: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// E.164, e.g. `+447700900123`.
    case phone(String)
    /// Trimmed and lower-cased.
    case email(String)
    /// Withheld, anonymous or blank: the contact counts, but cannot be a repeat caller.
    case withheld

    package var description: String {
        switch self {
        case .phone: return "phone caller"
        case .email: return "e-mail caller"
        case .withheld: return "withheld caller"
        }
    }

    package var debugDescription: String { description }
    package var customMirror: Mirror { Mirror(self, children: []) }

    /// The canonical text that is hashed; never to be printed or stored.
    var canonical: String {
        switch self {
        case .phone(let p): return "tel:" + p
        case .email(let e): return "mailto:" + e
        case .withheld: return "withheld"
        }
    }

    /// Why a caller value was refused. Deliberately carries no part of the value.
    package struct Invalid: Error, Equatable, Sendable {
        package let reason: String
    }

    static let withheldWords: Set<String> = [
        "", "withheld", "anonymous", "unknown", "private", "restricted",
        "unavailable", "n/a", "na", "none", "-", "number withheld",
    ]

    /// Normalises a phone number (UK numbers to E.164) or an e-mail address.
    package static func normalise(_ raw: String) throws(Invalid) -> CallerID {
        let t = raw.trimmed(TrimSet.whitespacesAndNewlines.union(.characters("\u{00A0}")))
        // A number (a digit or + first) is neither a withheld word nor an address: skip both tests.
        if let first = t.utf8.first, first == UInt8(ascii: "+") || (0x30...0x39).contains(first) {
            if !t.utf8.contains(UInt8(ascii: "@")) { return try normalisePhone(t) }
        }
        if withheldWords.contains(t.lowercased()) { return .withheld }
        if t.contains("@") { return try normaliseEmail(t) }
        return try normalisePhone(t)
    }

    static func normaliseEmail(_ text: String) throws(Invalid) -> CallerID {
        var t = text
        // `Name <a@b.uk>` as some mail systems export it.
        if let open = t.lastIndex(of: "<"), let close = t.lastIndex(of: ">"), open < close {
            t = String(t[t.index(after: open)..<close])
        }
        t = t.trimmed(.whitespaces).lowercased()
        if t.hasPrefix("mailto:") { t = String(t.dropFirst(7)) }
        let parts = t.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."),
            !t.unicodeScalars.contains(where: { TrimSet.whitespacesAndNewlines.contains($0) || $0.value < 0x20 })
        else {
            throw Invalid(reason: "caller looks like an e-mail address but is not a valid one")
        }
        return .email(t)
    }

    static func normalisePhone(_ text: String) throws(Invalid) -> CallerID {
        var t = Substring(text)
        if t.utf8.count >= 4, t.prefix(4).lowercased() == "tel:" { t = t.dropFirst(4) }
        // Scalar by scalar into ASCII bytes: this runs for every row of an import.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        var plus = false
        for u in t.unicodeScalars {
            switch u {
            case "0"..."9": bytes.append(UInt8(u.value))
            case "+" where bytes.isEmpty && !plus: plus = true
            case " ", "-", ".", "(", ")", "/", "\u{00A0}", "\t": continue
            default: throw Invalid(reason: "caller is not a phone number or an e-mail address")
            }
        }
        var digits = String(decoding: bytes, as: UTF8.self)
        if !plus {
            if digits.hasPrefix("00") {
                digits.removeFirst(2)
            } else if digits.hasPrefix("0") {
                digits = "44" + digits.dropFirst()
            } else if !(digits.hasPrefix("44") && (11...12).contains(digits.count)) {
                throw Invalid(reason: "caller number has no country code and is not a UK number starting with 0")
            }
        }
        // `+44 (0)7700 …`: the UK trunk 0 is not part of the international number.
        if digits.hasPrefix("440") { digits.remove(at: digits.index(digits.startIndex, offsetBy: 2)) }
        if digits.hasPrefix("44") {
            guard (11...12).contains(digits.count) else {
                throw Invalid(reason: "caller is not a UK phone number of the right length")
            }
        } else {
            guard (8...15).contains(digits.count), !digits.hasPrefix("0") else {
                throw Invalid(reason: "caller is not a phone number of the right length")
            }
        }
        return .phone("+" + digits)
    }
}
