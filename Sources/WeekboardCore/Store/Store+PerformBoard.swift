#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension Store {
    /// Changes to the board. A rename or removal reaches the project's archived history too
    /// (`board-history/<year>.json` keeps updates by project name), in the same change.
    static func applyBoard(_ action: BoardAction, _ ctx: ActionContext, _ tx: inout Transaction) throws -> String {
        var board = try tx.read(StoreFiles.board)
        let m: String
        switch action {
        case .addProject(let draft): m = try board.add(draft, today: ctx.today, by: ctx.source.author)
        case .setProjectStatus(let name, let status, let note, let done, let next):
            m = try board.setStatus(
                name: name, status, note: note, today: ctx.today, by: ctx.source.author, backdated: ctx.backdated,
                done: done, next: next)
        case .setProjectNote(let name, let note): m = try board.setNote(name: name, note)
        case .amendProjectStatus(let name, let status, let note):
            m = try board.amendStatus(name: name, status, note: note, by: ctx.source.author)
        case .withdrawProjectStatus(let name): m = try board.withdrawStatus(name: name)
        case .editProject(let name, var edit):
            var said: [String] = []
            var current = name
            if let newName = edit.name, newName != board.projects[try board.find(name)].name {
                let r = try board.rename(name, to: newName)
                try tx.renameBoardHistory(r.from, to: r.to)
                said.append(r.message)
                current = r.to
            }
            edit.name = nil
            // Dimension ratings and tolerances are dated versions of their own (`Board.rate`).
            let (ratings, tolerance) = (edit.ratings, edit.tolerance)
            (edit.ratings, edit.tolerance) = ([:], nil)
            if !ratings.isEmpty || tolerance != nil {
                said.append(
                    try board.rate(current, ratings, tolerance: tolerance, today: ctx.today, by: ctx.source.author))
            }
            if edit != ProjectEdit() || said.isEmpty {
                let fields = try board.edit(name: current, edit)
                if said.isEmpty || !fields.hasSuffix(" unchanged.") { said.append(fields) }
            }
            m = said.joined(separator: " ")
        case .renameProject(let name, let to):
            let r = try board.rename(name, to: to)
            try tx.renameBoardHistory(r.from, to: r.to)
            m = r.message
        case .archiveProject(let name): m = try board.archive(name, today: ctx.today)
        case .restoreProject(let name): m = try board.restore(name)
        case .removeProject(let name):
            let gone = board.projects[try board.find(name, archived: nil)].name
            m = try board.remove(name)
            try tx.renameBoardHistory(gone, to: nil)
        case .renameProgramme(let name, let to): m = try board.renameProgramme(name, to: to)
        case .archiveProgramme(let name): m = try board.archiveProgramme(name, today: ctx.today)
        }
        try tx.writeBoard(board, today: ctx.today)
        return m
    }
}
