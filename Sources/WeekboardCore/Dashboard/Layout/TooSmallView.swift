/// Below the minimum size: say so plainly, and how to get out.
enum TooSmallView {
    static func draw(_ frame: inout Frame) {
        let lines = [
            "Terminal too small", "make it larger or press q",
            "(\(frame.width)x\(frame.height); needs \(DashboardLayout.minWidth)x\(DashboardLayout.minHeight))",
        ]
        let top = max(0, (frame.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < frame.height {
            let w = min(frame.width, TextWidth.of(line))
            frame.put(line, x: max(0, (frame.width - w) / 2), y: top + i, role: i == 0 ? .error : .text)
        }
    }
}
