import WeekboardCore

/// A frame as a golden file: its text, then the role of every cell as one letter in the same
/// grid, with a legend of the letters used. Aligned column for column, so a wrong colour or
/// role shows in a diff next to the text it paints.
package enum GoldenFrame {
    /// One letter per role; `.` for plain text so the others stand out.
    package static func letter(_ role: Role) -> Character {
        switch role {
        case .text: return "."
        case .muted: return "m"
        case .title: return "T"
        case .header: return "H"
        case .border: return "b"
        case .borderFocus: return "B"
        case .selection: return "S"
        case .keyHint: return "k"
        case .badge: return "X"
        case .statusRed: return "R"
        case .statusAmber: return "A"
        case .statusGreen: return "G"
        case .statusBlue: return "C"
        case .trendUp: return "u"
        case .trendDown: return "d"
        case .deltaUp: return "+"
        case .deltaDown: return "-"
        case .goalDone: return "D"
        case .error: return "E"
        case .success: return "s"
        }
    }

    package static func render(_ frame: Frame) -> String {
        var roles: [String] = []
        var used = Set<Role>()
        for y in 0..<frame.height {
            var row = ""
            for x in 0..<frame.width {
                let role = frame[x, y].role
                used.insert(role)
                row.append(letter(role))
            }
            roles.append(row)
        }
        let legend = Role.allCases.filter(used.contains).map { "\(letter($0)) \($0.rawValue)" }.joined(separator: ", ")
        return frame.text + "\n-- roles: " + legend + "\n" + roles.joined(separator: "\n") + "\n"
    }
}
