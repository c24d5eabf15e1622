/// The environment `weekboard gate` runs a command with, built from nothing: sshd passes the client's
/// `TERM` (and whatever its `AcceptEnv` lets through), and none of it is trusted. Only a sane `TERM`, a
/// locale reduced to UTF-8 or not, and what the gate itself decides (who is acting, read-only) go through.
package enum GateEnvironment {
    /// A terminal type as terminfo names them (`xterm-256color`, `screen.xterm`, `rxvt-unicode`).
    package static func terminalName(_ raw: String?) -> String? {
        guard let raw, (1...64).contains(raw.utf8.count), raw.utf8.first.map(isAlphanumeric) == true,
            raw.utf8.allSatisfy({ isAlphanumeric($0) || $0 == 0x2E || $0 == 0x5F || $0 == 0x2B || $0 == 0x2D })
        else { return nil }
        return raw
    }

    private static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// The child's whole environment. `client` is the gate's own (sshd's plus the client's); `home` and
    /// `user` come from the account's passwd entry, never from it.
    package static func make(
        client: [String: String], access: AccessEntry, terminal: Bool, home: String, user: String
    ) -> [String: String] {
        var env = [
            "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": home, "USER": user, "LOGNAME": user,
            "WEEKBOARD_ACCESS": access.name,
            // A crash must never send the client Swift's report (registers, memory, load addresses, paths).
            "SWIFT_BACKTRACE": "enable=no",
        ]
        // The client's locale only says whether its terminal takes UTF-8; the server may not have its locale.
        let locale =
            client["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? client["LC_CTYPE"].flatMap {
                $0.isEmpty ? nil : $0
            } ?? client["LANG"]
        let utf8 = locale.map { $0.lowercased().contains("utf-8") || $0.lowercased().contains("utf8") } ?? true
        env["LANG"] = utf8 ? "C.UTF-8" : "C"
        if terminal, let term = terminalName(client["TERM"]) { env["TERM"] = term }
        if access.role == .viewer { env["WEEKBOARD_READ_ONLY"] = "1" }
        return env
    }
}
