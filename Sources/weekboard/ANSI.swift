#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import WeekboardCore

/// Colour for `status` on a terminal: a fixed, readable mapping of roles to basic SGR codes
/// (the dashboard uses themes; a one-shot summary needs only to be legible).
enum ANSI {
    static func wantsColor(_ choice: ColorChoice, environment env: [String: String]) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            if let nc = env["NO_COLOR"], !nc.isEmpty { return false }
            if env["TERM"] == "dumb" { return false }
            return isatty(STDOUT_FILENO) == 1
        }
    }

    static func localeIsUTF8(_ env: [String: String]) -> Bool {
        let value =
            env["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? env["LC_CTYPE"].flatMap { $0.isEmpty ? nil : $0 } ?? env[
                "LANG"] ?? ""
        if value.isEmpty { return true }  // unset locale: modern terminals are UTF-8; --plain forces ASCII
        let v = value.lowercased()
        return v.contains("utf-8") || v.contains("utf8")
    }

    static func code(_ role: Role) -> String? {
        switch role {
        case .title, .header: return "1"
        case .muted, .border: return "2"
        case .statusRed, .error, .trendDown, .deltaUp: return "31"
        case .statusAmber, .badge: return "33"
        case .statusGreen, .goalDone, .trendUp, .success: return "32"
        case .statusBlue, .deltaDown: return "34"
        case .selection: return "7"
        case .keyHint, .borderFocus: return "36"
        case .text: return nil
        }
    }

    static func render(_ line: StyledLine, color: Bool) -> String {
        guard color else { return line.plain }
        return line.map { span in
            guard let c = code(span.role) else { return span.text }
            return "\u{1B}[\(c)m\(span.text)\u{1B}[0m"
        }.joined()
    }
}
