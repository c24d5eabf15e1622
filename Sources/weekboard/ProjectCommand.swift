import ArgumentParser
import Foundation
import WeekboardCore

extension RAGStatus: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
    public static var allValueStrings: [String] { ["red", "amber", "green", "blue", "amber-red", "amber-green"] }
}

struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "The programme board: projects with a RAG status, owner, milestone and history.",
        subcommands: [Add.self, Status.self, List.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a project to a programme.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project's name.") var name: String
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

        func validate() throws {
            if due != nil && milestone == nil { throw ValidationError("--due needs --milestone") }
        }

        func run() throws {
            try global.perform { e in
                var dueDay: CalendarDay?
                if let due {
                    do { dueDay = try DateSpec.parse(due, today: e.today) } catch let error as DateSpec.Invalid {
                        throw InputError("--due: \(error)")
                    }
                }
                return .addProject(
                    ProjectDraft(
                        name: name, programme: programme, owner: owner, status: status, note: note,
                        milestone: milestone.map { Milestone(text: $0, due: dueDay) }))
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status", abstract: "Record a status update (kept in the project's history).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project's name (case-insensitive).", completion: StoreCompletion.projects) var name: String
        @Argument(help: "red, amber, green or blue (complete); amber-red and amber-green also work.") var status:
            RAGStatus
        @Option(help: "What changed, e.g. \"contractor back on site\".") var note: String?

        func run() throws {
            try global.perform(.setProjectStatus(name: name, status: status, note: note))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List projects by programme, worst first.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Print JSON (the board section of 'status --json', with each project's history).") var json = false
        @Flag(help: "ASCII only.") var plain = false

        func run() throws {
            let e = try CommandEnvironment(global)
            try e.requireStore()
            // The JSON listing carries each project's whole history; the text one only the last two updates.
            let board = try e.store.reading { json ? try $0.fullBoard() : try $0.read(StoreFiles.board) }
            let programmes = ProgrammeRollUp.make(board)
            if json {
                FileHandle.standardOutput.write(
                    try JSONCoding.encodeForOutput(ProjectListing(programmes, today: e.today)))
                return
            }
            let unicode = !plain && ANSI.localeIsUTF8(e.env)
            if programmes.isEmpty { print("No projects yet. Add one with: weekboard project add NAME --programme P") }
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

/// `project list --json`: programmes, projects and their full history.
struct ProjectListing: Encodable {
    struct Item: Encodable {
        let name: String
        let programme: String
        let status: RAGStatus
        let trend: String
        let owner: String?
        let note: String?
        let milestone: Milestone?
        let stale: Bool
        let daysSinceUpdate: Int
        let history: [StatusUpdate]
    }
    struct Programme: Encodable {
        let name: String
        let status: RAGStatus
        let projects: [Item]
    }
    let programmes: [Programme]

    init(_ rollups: [ProgrammeRollUp], today: CalendarDay) {
        programmes = rollups.map { p in
            Programme(
                name: p.name, status: p.status,
                projects: p.projects.map {
                    Item(
                        name: $0.name, programme: $0.programme, status: $0.status, trend: $0.trend.word,
                        owner: $0.owner,
                        note: $0.note, milestone: $0.milestone, stale: $0.isStale(today: today),
                        daysSinceUpdate: $0.daysSinceUpdate(today: today), history: $0.history)
                })
        }
    }
}
