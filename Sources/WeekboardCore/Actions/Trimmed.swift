extension String {
    /// `trimmingCharacters(in:)` as Foundation does it, scalar by scalar from each end, without
    /// Foundation's NSString round trip (an import trims several fields of every row).
    package func trimmed(_ set: TrimSet = .whitespacesAndNewlines) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !set.contains($0) })!
        return String(scalars[first...last])
    }
}
