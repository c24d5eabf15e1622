import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

extension RAGStatus: ExpressibleByArgument {
    package init?(argument: String) { self.init(parsing: argument) }
    package static var allValueStrings: [String] { ["red", "amber", "green", "blue", "amber-red", "amber-green"] }
}

struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "The programme board: projects with a RAG status, owner, milestone and history.",
        discussion: """
            A project is named ignoring case, or by the start of its name when only one project starts so \
            ("project status void green").
            """,
        subcommands: [
            Add.self, Status.self, Edit.self, Rename.self, Archive.self, Restore.self, Remove.self, List.self,
        ]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a project to a programme.",
            discussion: """
                Examples:
                  weekboard project add Kitchens --programme Housing --owner "Priya Shah"
                  weekboard project add "Damp and mould" --programme Housing \\
                    --status amber --milestone "Contractor starts" --due +2w
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project's name.", completion: StoreCompletion.projects) var name: String
        @Option(help: "The programme it belongs to.", completion: StoreCompletion.programmes) var programme: String
        @Option(help: "Who owns it.") var owner: String?
        @Option(help: "red, amber, green or blue (complete); amber-red and amber-green also work.") var status:
            RAGStatus = .green
        @Option(help: "A short note on where it stands.") var note: String?
        @Option(help: "The next milestone (with --due).") var milestone: String?
        @Option(
            help: ArgumentHelp(
                "When the milestone is due: 2026-12-04, 04/12/2026, fri, next fri or +2w.", valueName: "date")) var due:
            String?
        @OptionGroup(title: "Back-dating") var week: DatedWeekOption

        func validate() throws {
            if due != nil && milestone == nil { throw ValidationError("--due needs --milestone") }
        }

        func run() throws {
            try global.perform(week: week.option, dated: true) { e in
                var dueDay: CalendarDay?
                if let due {
                    do { dueDay = try DateSpec.parse(due, today: e.today) } catch let error as DateSpec.Invalid {
                        throw InputError("--due: \(error)")
                    }
                }
                return .board(
                    .addProject(
                        ProjectDraft(
                            name: name, programme: programme, owner: owner, status: status, note: note,
                            milestone: milestone.map { Milestone(text: $0, due: dueDay) })))
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Record a status update (kept in the project's history), or correct the latest one.",
            discussion: """
                Without --note the update clears the note shown on the board (the old note stays in the \
                history). --amend corrects the latest update in place (its status, its note or both); \
                --withdraw takes the latest update back.
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(
            help: "The project's name (case-insensitive, or the start of it).", completion: StoreCompletion.projects)
        var name: String
        @Argument(help: "red, amber, green or blue (complete); amber-red and amber-green also work.") var status:
            RAGStatus?
        @Option(help: "What changed, e.g. \"contractor back on site\".") var note: String?
        @Option(help: "This period: what was done (repeat for more lines).") var done: [String] = []
        @Option(help: "Next period: what is planned (repeat for more lines).") var next: [String] = []
        @Flag(help: "Correct the latest update instead of adding one.") var amend = false
        @Flag(help: "Take back the latest update.") var withdraw = false
        @OptionGroup(title: "Back-dating") var week: DatedWeekOption

        func validate() throws {
            if withdraw && (amend || status != nil || note != nil) {
                throw ValidationError("--withdraw takes no status, --note or --amend")
            }
            if !withdraw && !amend && status == nil {
                throw ValidationError("missing the status (red, amber, green…)")
            }
            if (amend || withdraw) && !(done.isEmpty && next.isEmpty) {
                throw ValidationError("--done and --next go with a new update, not --amend or --withdraw")
            }
            if (amend || withdraw) && week.week != nil {
                throw ValidationError("--amend and --withdraw change the latest update, whatever its week: no --week")
            }
        }

        func run() throws {
            if withdraw { return try global.perform(.board(.withdrawProjectStatus(name: name))) }
            if amend { return try global.perform(.board(.amendProjectStatus(name: name, status: status, note: note))) }
            try global.perform(
                .board(.setProjectStatus(name: name, status: status!, note: note, done: done, next: next)),
                week: week.option,
                dated: true)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract:
                "Change a project's owner, milestone, due date, programme, note, dimension ratings or tolerances.",
            discussion: """
                --time, --cost, --scope, --quality and --benefits rate the project on each dimension with the \
                same scale as its status; a dimension rated red is shown as forecast outside tolerance. \
                --tolerance says what the tolerances are ("±2 weeks, ±10% budget").
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(
            help: "The project's name (case-insensitive, or the start of it).", completion: StoreCompletion.projects)
        var name: String
        @Option(help: "Who owns it (\"\" clears it).") var owner: String?
        @Option(help: "The next milestone.") var milestone: String?
        @Option(help: ArgumentHelp("When the milestone is due (\"none\" clears it).", valueName: "date")) var due:
            String?
        @Option(help: "The programme it belongs to.") var programme: String?
        @Option(help: "The note shown on the board.") var note: String?
        @Option(help: "Time: red, amber-red, amber, amber-green, green or blue.") var time: RAGStatus?
        @Option(help: "Cost, on the same scale.") var cost: RAGStatus?
        @Option(help: "Scope, on the same scale.") var scope: RAGStatus?
        @Option(help: "Quality, on the same scale.") var quality: RAGStatus?
        @Option(help: "Benefits, on the same scale.") var benefits: RAGStatus?
        @Option(help: "The tolerances, as text (\"±2 weeks, ±10% budget\"; \"\" clears them).") var tolerance: String?

        func run() throws {
            let clear = due?.lowercased() == "none"
            var ratings: [Dimension: RAGStatus] = [:]
            for (d, s) in [
                (Dimension.time, time), (.cost, cost), (.scope, scope), (.quality, quality), (.benefits, benefits),
            ] {
                if let s { ratings[d] = s }
            }
            try global.perform { e in
                let edit = ProjectEdit(
                    owner: owner, milestone: milestone,
                    due: clear ? nil : try due.map { try parseDue($0, today: e.today) },
                    clearDue: clear, programme: programme, note: note, ratings: ratings, tolerance: tolerance)
                return .board(.editProject(name: name, edit))
            }
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename", abstract: "Rename a project (its history goes with it).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project's name now.", completion: StoreCompletion.projects) var name: String
        @Argument(help: "The new name.") var newName: String

        func run() throws { try global.perform(.board(.renameProject(name: name, to: newName))) }
    }

    struct Archive: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "archive",
            abstract: "Take a project off the board and out of roll-ups; its history is kept ('project restore').")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project's name.", completion: StoreCompletion.projects) var name: String
        @OptionGroup(title: "Back-dating") var week: DatedWeekOption

        func run() throws { try global.perform(.board(.archiveProject(name: name)), week: week.option, dated: true) }
    }

    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "restore", abstract: "Put an archived project back on the board.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The archived project's name ('project list --archived').") var name: String

        func run() throws { try global.perform(.board(.restoreProject(name: name))) }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Delete a project created by mistake, with its history (archive keeps it instead).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project's name.", completion: StoreCompletion.projects) var name: String
        @Flag(help: "Yes, delete it and its status history ('weekboard undo' brings it back).") var yes = false

        func run() throws {
            guard yes else {
                throw InputError(
                    "removing a project deletes its status history: add --yes, or keep it with 'project archive'")
            }
            try global.perform(.board(.removeProject(name: name)))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List projects by programme, worst first.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Print JSON (the board section of 'status --json', with each project's history).") var json = false
        @Flag(help: "ASCII only.") var plain = false
        @Flag(help: "The archived projects instead.") var archived = false
        @Flag(help: "Keep complete projects however long ago they finished.") var showComplete = false

        func run() throws {
            let e = try CommandEnvironment(global)
            try e.requireStore()
            // The JSON listing carries each project's whole history; the text one only the last two updates.
            var board = try e.store.reading { json ? try $0.fullBoard() : try $0.read(StoreFiles.board) }
            if archived {
                board.projects = board.projects.filter(\.isArchived)
                for i in board.projects.indices { board.projects[i].archived = nil }
            }
            let hide = archived || showComplete ? nil : e.today.adding(days: -7 * e.config.completeShownWeeks)
            let programmes = ProgrammeRollUp.make(board, hideCompleteBefore: hide)
            if json {
                writeOut(
                    try JSONCoding.encodeForOutput(ProjectListing(programmes, today: e.today)))
                return
            }
            let unicode = !plain && ANSI.localeIsUTF8(e.env)
            if programmes.isEmpty {
                print(
                    archived
                        ? "No archived projects."
                        : "No projects yet. Add one with: weekboard project add NAME --programme P")
            }
            for p in programmes {
                print("\(Sanitize.text(p.name))  \(p.status.tag(unicode: unicode))")
                for pr in p.projects {
                    let owner = pr.owner.map { "  (\(Sanitize.text($0)))" } ?? ""
                    let stale = pr.isStale(today: e.today) ? "  STALE \(pr.daysSinceUpdate(today: e.today))d" : ""
                    print(
                        """
                          \(pr.status.tag(unicode: unicode)) \(pr.trend.arrow(unicode: unicode)) \
                        \(Sanitize.text(pr.name))\(owner)\(stale)
                        """
                    )
                }
            }
        }
    }
}

/// A `--due` date (`2026-12-04`, `fri`, `+2w`…), or the error naming it.
func parseDue(_ raw: String, today: CalendarDay) throws -> CalendarDay {
    do { return try DateSpec.parse(raw, today: today) } catch let error as DateSpec.Invalid {
        throw InputError("--due: \(error)")
    }
}
