import ArgumentParser
import WeekboardCore

/// `weekboard sync resolve`: a person picks the value to keep where a sync found a conflict.
struct SyncResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Pick the value to keep where two machines changed the same field differently.",
        discussion: """
            When a sync finds a field changed differently on two machines, the later change shows and the \
            other is kept as a conflict, with who made each and when. Without an ID this lists them. \
            Keeping 'shown' closes the conflict as it is; 'other' puts the replaced value back (a project \
            removed on one machine comes back); a person's name (or 'mine') keeps the value they set. \
            Picking is an ordinary change: 'weekboard undo' takes it back.

            Examples:
              weekboard sync resolve            (lists them, each with its id)
              weekboard sync resolve 3f9a2c1e --keep other
              weekboard sync resolve 3f9a2c1e --keep priya
            """)
    @OptionGroup var global: GlobalOptions
    @OptionGroup var widthOption: WidthOption
    @Argument(help: "The conflict's id (or its start), as listed.") var id: String?
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The value to keep: shown (what the store shows now), other (the value it replaced), mine, or a "
                + "person's name.", valueName: "shown|other|mine|person"))
    var keep: String?

    func run() throws {
        guard let id else {
            let e = try CommandEnvironment(global)
            try e.requireStore()
            let open = try e.store.openConflicts()
            // Each on three lines, so both values and who set each show at 80 columns.
            print(
                open.isEmpty
                    ? ConflictText.none
                    : (ConflictText.blocks(open, width: widthOption.columns) + ["", ConflictText.howToPick])
                        .joined(separator: "\n"))
            return
        }
        guard let keep else {
            throw InputError("say which value to keep: --keep shown, --keep other, --keep mine or --keep PERSON")
        }
        try global.perform { e in
            // `mine` is who acts: the SSH access name, or the person acting for `--person`.
            let me = e.access ?? e.actingPerson ?? e.person
            return .sync(.resolveConflict(id: id, keep: ConflictPick(keep, actingPerson: me)))
        }
    }
}
