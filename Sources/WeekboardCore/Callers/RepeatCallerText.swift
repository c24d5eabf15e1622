#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

package extension RepeatCallerStats {
    /// `3 repeat callers made 24% of 120 contacts: a3f09c ×7, 19be40 ×5, 7d2c11 ×3` — one line
    /// for `status` and the contact panel. `unicode: false` writes `x` for `×`.
    func sentence(unicode: Bool = true) -> String {
        guard repeatCallers > 0 else {
            return
                "No repeat callers (\(RepeatCallers.threshold)+ contacts) among \(Marks.thousands(contacts)) contacts"
        }
        let who = repeatCallers == 1 ? "1 repeat caller" : "\(Marks.thousands(repeatCallers)) repeat callers"
        let percent = Int((share * 100).rounded())
        let refs = top.map { "\($0.ref) \(unicode ? "×" : "x")\($0.contacts)" }.joined(separator: ", ")
        return "\(who) made \(percent)% of \(Marks.thousands(contacts)) contacts: \(refs)"
    }
}
