/// Small pieces of English grammar that messages share, so each is written (and right) once.
enum English {
    /// `Repairs'` and `Sam's`: a name ending in s takes the apostrophe alone.
    static func possessive(_ name: String) -> String {
        name.hasSuffix("s") || name.hasSuffix("S") ? name + "'" : name + "'s"
    }

    /// `today`, `1 day ago`, `16 days ago`.
    static func daysAgo(_ n: Int) -> String {
        switch n {
        case ...0: return "today"
        case 1: return "1 day ago"
        default: return "\(n) days ago"
        }
    }
}
