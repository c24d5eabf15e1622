import Foundation

/// How a dashboard is opened: which store and person, how to tell the time (injectable so tests
/// run on a fixed date), and how to draw.
public struct DashboardOptions: Sendable {
    public var store: Store
    public var person: String
    /// Today's local date; called on every load and tick so the dashboard follows midnight.
    public var today: @Sendable () -> CalendarDay
    /// The instant stamped on changes (goal `changedAt`).
    public var now: @Sendable () -> Date
    public var labelStyle: WeekLabelStyle
    /// Keys that would change data say so and change nothing.
    public var readOnly: Bool
    /// False when the terminal cannot show UTF-8: marks, borders and sparklines fall back to ASCII.
    public var unicode: Bool
    public var baselineYears: Int
    public var mouse: Bool
    /// The week to open on; nil means this week.
    public var week: ISOWeek?
    /// Where a weeknote saved with `w` then `s` goes when its name is not absolute: the
    /// folder the dashboard was started from.
    public var exportFolder: URL

    public init(store: Store, person: String,
                today: @escaping @Sendable () -> CalendarDay = { CalendarDay(Date()) },
                now: @escaping @Sendable () -> Date = { Date() },
                labelStyle: WeekLabelStyle = .dotted, readOnly: Bool = false, unicode: Bool = true,
                baselineYears: Int = 3, mouse: Bool = true, week: ISOWeek? = nil,
                exportFolder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.store = store
        self.person = person
        self.today = today
        self.now = now
        self.labelStyle = labelStyle
        self.readOnly = readOnly
        self.unicode = unicode
        self.baselineYears = baselineYears
        self.mouse = mouse
        self.week = week
        self.exportFolder = exportFolder
    }

    /// What rendering and the reducer need from the options: plain values only.
    public var display: DisplaySettings {
        DisplaySettings(unicode: unicode, labelStyle: labelStyle, readOnly: readOnly, mouse: mouse)
    }
}

/// Drawing and input settings that live in the pure state.
public struct DisplaySettings: Equatable, Sendable {
    public var unicode: Bool
    public var labelStyle: WeekLabelStyle
    public var readOnly: Bool
    public var mouse: Bool

    public init(unicode: Bool = true, labelStyle: WeekLabelStyle = .dotted, readOnly: Bool = false, mouse: Bool = true) {
        self.unicode = unicode
        self.labelStyle = labelStyle
        self.readOnly = readOnly
        self.mouse = mouse
    }
}
