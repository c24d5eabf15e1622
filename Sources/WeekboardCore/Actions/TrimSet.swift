/// The characters `trimmed` takes off the ends of a string: Foundation's `CharacterSet`s that
/// weekboard uses, as tests on Unicode scalars (FoundationEssentials has no `CharacterSet`).
package struct TrimSet: Sendable {
    package let contains: @Sendable (Unicode.Scalar) -> Bool

    package init(_ contains: @escaping @Sendable (Unicode.Scalar) -> Bool) { self.contains = contains }

    /// `CharacterSet.whitespaces`: tab and the space separators (Zs), U+200B included as Foundation has it.
    package static let whitespaces = TrimSet { s in
        if s.isASCII { return s == " " || s == "\t" }
        return s.value == 0x200B || s.properties.generalCategory == .spaceSeparator
    }

    /// `CharacterSet.whitespacesAndNewlines`: the Unicode White_Space property, and U+200B.
    package static let whitespacesAndNewlines = TrimSet { s in
        if s.isASCII { return s == " " || (0x09...0x0D).contains(s.value) }
        return s.value == 0x200B || s.properties.isWhitespace
    }

    /// Exactly the scalars of `characters`.
    package static func characters(_ characters: String) -> TrimSet {
        let set = Set(characters.unicodeScalars)
        return TrimSet { set.contains($0) }
    }

    package func union(_ other: TrimSet) -> TrimSet {
        let a = contains, b = other.contains
        return TrimSet { a($0) || b($0) }
    }
}
