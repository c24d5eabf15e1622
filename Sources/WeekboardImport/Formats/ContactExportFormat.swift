/// One known export's rules, ready for a file whose header (or shape) it recognised: which columns
/// hold what, and what one record means. One type per format.
protocol ContactExportFormat {
    var format: CallsFormat { get }
    /// For `--explain`: what each header column is used for (nil: not used).
    func meaning(ofColumn index: Int) -> String?
    /// For `--explain`: what counts as one contact, in sentences.
    var rules: [String] { get }
    /// Reads one record (`value(i)` is its field `i`, as the header numbered them).
    mutating func read(line: Int, _ value: (Int) -> String) -> RecordOutcome
}
