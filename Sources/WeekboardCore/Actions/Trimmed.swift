import Foundation

extension String {
    /// `trimmingCharacters(in: set)`, without Foundation's NSString round trip when there is nothing
    /// to trim (the first and last characters are ASCII and not blank): an import trims several fields
    /// of every row, and that round trip was a third of a large import's time.
    public func trimmed(_ set: CharacterSet = .whitespacesAndNewlines) -> String {
        let blank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        if let f = unicodeScalars.first, let l = unicodeScalars.last, f.isASCII, l.isASCII, !blank(f), !blank(l) {
            return self
        }
        return trimmingCharacters(in: set)
    }
}
