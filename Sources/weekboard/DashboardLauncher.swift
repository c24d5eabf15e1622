import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import WeekboardCore
import WeekboardDemo
import WeekboardTUI

/// Decides between the full-screen dashboard and the plain summary, and sets up the store.
struct DashboardLauncher {
    let options: DashboardRequest

    func run() throws {
        var demoRoot: URL?
        if options.demo {
            demoRoot = FileManager.default.temporaryDirectory.appendingPathComponent(
                "weekboard-demo-\(SystemAccess.processID)-\(UInt32.random(in: 0...UInt32.max))")
        }
        defer { if let demoRoot { try? FileManager.default.removeItem(at: demoRoot) } }
        let e = try CommandEnvironment(
            store: options.store, person: options.person, readOnly: options.readOnly, storeOverride: demoRoot)
        if demoRoot != nil {
            try DemoStore.fill(e.store, person: e.person, today: e.today, now: e.now, source: e.source)
        }
        let readOnly = e.readOnly || !e.store.isWritable
        try e.requireStore(upgrade: !readOnly)
        let week = try e.week(parsing: options.week)
        if let programmes = options.meeting {
            // An unknown programme is said before the screen is taken over.
            let agenda = try BoardMeeting.agenda(
                board: try e.store.reading { try $0.read(StoreFiles.board) }, programmes: programmes, today: e.today)
            guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else { return Self.printAgenda(agenda) }
        }
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            // Not a terminal (a pipe, cron, ssh without -t): print the summary instead.
            return try printStatus(e, week, readOnly: readOnly)
        }
        let themeName =
            options.theme ?? e.env["WEEKBOARD_THEME"].flatMap { $0.isEmpty ? nil : $0 } ?? e.config.theme ?? "default"
        let theme: Theme
        do { theme = try Theme.resolve(nameOrPath: themeName) } catch {
            throw InputError("theme '\(themeName)': \(error)")
        }
        let pinned = e.today
        let pinnedToday = e.env["WEEKBOARD_TODAY"].map { !$0.isEmpty } ?? false
        var environment = DashboardEnvironment.live(
            store: e.store, person: e.person, baselineYears: e.config.years, completeWeeks: e.config.completeShownWeeks,
            today: { pinnedToday ? pinned : CalendarDay(Date()) }, access: e.access, actor: e.actingPerson,
            serviceAliases: e.config.aliases, own: e.own)
        // The config's rule for who is calling too often, for the list and for changes made in it.
        let rule = e.config.followUpRule
        environment.loadFollowUps = { try FollowUpList.load(store: e.store, reader: e.store, rule: rule) }
        let perform = environment.perform
        environment.perform = { action, ctx in
            var ctx = ctx
            ctx.followUpRule = rule
            return try perform(action, ctx)
        }
        if e.access != nil {
            // Over SSH nothing is written on the server outside the store: the weeknote and reports
            // come to the colleague's own machine through `export`.
            environment.saveFile = { _, _ in
                throw InputError("not over SSH: use 'ssh … export weeknote > weeknote.md' on your machine")
            }
        }
        // With a remote set, the dashboard syncs in the background (every few minutes and on S).
        if !readOnly, e.access == nil, let exe = SystemAccess.executablePath() {
            let interval = e.env["WEEKBOARD_SYNC_INTERVAL"].flatMap(TimeInterval.init).map { max(5, $0) } ?? 300
            environment.sync = DashboardSync.live(
                store: e.store, executable: exe, environment: e.env, now: { Date() }, interval: interval)
        }
        let opensOnTeam = try readOnly && e.access != nil && !e.store.people().contains(e.person)
        let settings = DisplaySettings(
            unicode: TerminalUI.localeIsUTF8(), labelStyle: e.config.labelStyle,
            readOnly: readOnly, mouse: options.mouse,
            readOnlyBadge: e.access.map { "READ-ONLY · viewing as \($0)" },
            opensOnTeam: opensOnTeam)
        let runtime = DashboardRuntime(week: week, settings: settings, environment: environment)
        // A change to the week is drawn, then written before the next key is read (docs/architecture.md).
        runtime.drawsBeforeWriting = true
        // Fail before the screen is taken over if the store cannot be read (the runtime has
        // loaded the week already; the screen shows that same snapshot, read once).
        if let error = runtime.firstLoadError { throw error }
        if let programmes = options.meeting { runtime.startMeeting(programmes: programmes) }
        let exit: TerminalExit
        do {
            exit = try TerminalUI.run(
                runtime,
                options: TerminalOptions(
                    theme: theme, mouse: options.mouse, noColor: TerminalOptions.noColor(environment: e.env),
                    sessionIdleLimit: e.access == nil ? nil : e.config.sshIdleLimit))
        } catch TerminalError.unknownTerminal(let term) {
            // An editor's shell or a minimal console (TERM=dumb) still gets the glance; the hint
            // comes last, where it is read.
            try printStatus(e, week, readOnly: readOnly)
            let name = term.isEmpty ? "unset" : "'\(Sanitize.text(term))'"
            SystemAccess.printError(
                "weekboard: TERM is \(name), which cannot show the dashboard: the status instead "
                    + "(for the dashboard, try TERM=xterm-256color)\n")
            return
        } catch let error as TerminalError {
            throw InputError(error.description)
        }
        if case .signal(let n) = exit { throw ExitCode(128 + n) }
        if exit == .idle {
            let minutes = e.config.sshIdleMinutes ?? 480
            let span = minutes % 60 == 0 ? "\(minutes / 60) hour\(minutes == 60 ? "" : "s")" : "\(minutes) minutes"
            sayError("session closed after \(span) without a key")
        }
    }

    /// `board meeting` without a terminal: the agenda, an item a line with its owner and what is asked.
    static func printAgenda(_ m: BoardMeeting) {
        say(
            "Board meeting, \(m.day.long): "
                + (m.programmes.isEmpty ? "no programmes" : m.programmes.joined(separator: ", ")))
        if m.items.isEmpty {
            say("Nothing for the board: no exceptions, decisions requested or red and amber projects.")
        }
        for (i, item) in m.items.enumerated() {
            say("\(rightAligned(i + 1, 3)). \(item.title): \(item.project) (owner: \(item.owner ?? "not named"))")
            say("     Asked: \(item.asked)")
        }
    }

    /// The plain summary, as `weekboard status` prints it without colour.
    private func printStatus(_ e: CommandEnvironment, _ week: ISOWeek, readOnly: Bool) throws {
        let snapshot = try e.snapshot(week, upgrade: !readOnly, colleagues: false)
        let text = StatusText(snapshot, labelStyle: e.config.labelStyle, unicode: ANSI.localeIsUTF8(e.env))
        print(text.lines.map { ANSI.render($0, color: false) }.joined(separator: "\n"))
    }
}
