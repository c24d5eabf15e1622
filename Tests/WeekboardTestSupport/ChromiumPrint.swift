import Foundation

/// A page printed by a real browser: headless Chromium prints it to PDF (A4 through the page's
/// print stylesheet) and `pdftotext` reads the PDF back. Debian packages `chromium` and
/// `poppler-utils`.
package enum ChromiumPrint {
    /// True when both tools are installed; when not, says so on stdout once, so a skipped test is
    /// visible in the test output and not silently green.
    package static let isAvailable: Bool = {
        let ok = ExternalTool.find("chromium") != nil && ExternalTool.find("pdftotext") != nil
        if !ok {
            print(
                "SKIPPED: Chromium or pdftotext is not installed (apt-get install chromium poppler-utils);"
                    + " the HTML report was not printed in a real browser.")
        }
        return ok
    }()

    /// Prints the page at `html` to a PDF in `dir` and returns its text, one string per page, with
    /// runs of whitespace made single spaces (a cell's text wraps across lines).
    package static func pages(of html: URL, in dir: URL) throws -> [String] {
        let pdf = dir.appendingPathComponent("printed.pdf")
        let chrome = try ExternalTool.run(
            "chromium",
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--user-data-dir=\(dir.appendingPathComponent("chromium-profile").path)", "--no-pdf-header-footer",
                "--print-to-pdf=\(pdf.path)", html.absoluteString,
            ], timeout: 120)
        guard FileManager.default.fileExists(atPath: pdf.path) else {
            throw ExternalTool.Failure(description: "chromium printed nothing (exit \(chrome.code)): \(chrome.err)")
        }
        // -raw keeps the content stream's order, which for Chromium is the document's.
        let text = try ExternalTool.run("pdftotext", ["-raw", pdf.path, "-"])
        guard text.code == 0 else { throw ExternalTool.Failure(description: "pdftotext failed: \(text.err)") }
        // pdftotext ends each page with a form feed.
        return text.out.split(separator: "\u{0C}", omittingEmptySubsequences: false).map {
            $0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }
}
