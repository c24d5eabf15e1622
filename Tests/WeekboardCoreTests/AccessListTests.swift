import Foundation
import Testing
@testable import WeekboardCore

@Suite("Access list: key checks, grants and the authorized_keys block")
struct AccessListTests {
    // Real keys made by ssh-keygen (public halves only); the FIDO one built to the same format.
    static let ed25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK8FRl1RV6BO3JxtWtaq4f3XEQC88Wq23u/0m98X4FWx priya@laptop"
    static let ed25519b = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGoaoQnUEroXo36uWr+IS/NX/4t6vhZBivQVTw8apVnN"
    static let ecdsa =
        """
        ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEW28+eCkZjCCrwBt3Cp/UxQdhqQX7+A5Ak8\
        FCGEqNcxgzjangHZHDe6kRiTRkidXJA/VDGpatMDztopgM1k1II= sam
        """
    static let sk =
        """
        sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAINub3UG/94GtMOq08CXWNnIPUviB3S4buz0z\
        Z+zfHv5wAAAABHNzaDo= jo@yubikey
        """

    @Test("keys of every type OpenSSH takes are accepted and kept as given")
    func keys() throws {
        let k = try SSHPublicKey(parsing: Self.ed25519 + "\n")
        #expect(k.type == "ssh-ed25519")
        #expect(k.comment == "priya@laptop")
        #expect(k.line == Self.ed25519)
        #expect(try SSHPublicKey(parsing: Self.ecdsa).type == "ecdsa-sha2-nistp256")
        #expect(try SSHPublicKey(parsing: Self.sk).type == "sk-ssh-ed25519@openssh.com")
        #expect(try SSHPublicKey(parsing: Self.ed25519b).comment == "")
    }

    @Test("options, bad base64, a mismatched type and more than one line are refused")
    func badKeys() {
        func message(_ raw: String) -> String {
            do {
                _ = try SSHPublicKey(parsing: raw)
                return "accepted"
            } catch let e as InputError { return e.message } catch { return "\(error)" }
        }
        #expect(message("command=\"/bin/sh\" " + Self.ed25519).contains("starts with options"))
        #expect(message("restrict,pty " + Self.ed25519).contains("starts with options"))
        #expect(message("ssh-ed25519 not*base64") == "the ssh-ed25519 key's data is not valid base64")
        #expect(message("ssh-rsa " + Self.ed25519.split(separator: " ")[1]).contains("do not match"))
        #expect(message(Self.ed25519 + "\n" + Self.ed25519b).contains("more than one line"))
        #expect(message("ssh-ed25519") == "the ssh-ed25519 key has no key data after its type")
        #expect(message("ssh-dss AAAA").contains("DSA"))
        #expect(message("").contains("empty"))
        #expect(message("hello world").contains("is not an SSH public key type"))
    }

    @Test("names, duplicate keys, roles and removal")
    func grants() throws {
        var list = AccessList()
        #expect(
            try list.add(name: "priya", key: SSHPublicKey(parsing: Self.ed25519), role: .editor, person: nil)
                == "Granted priya editor access (ssh-ed25519).")
        #expect(
            try list.add(name: "sam", key: SSHPublicKey(parsing: Self.ecdsa), role: .viewer, person: "sam.k")
                == "Granted sam as sam.k viewer access (ecdsa-sha2-nistp256).")
        #expect(throws: InputError("that key is already granted to 'priya'")) {
            try list.add(
                name: "jo", key: SSHPublicKey(parsing: Self.ed25519 + " other comment"), role: .viewer, person: nil)
        }
        #expect(throws: InputError.self) {
            try list.add(name: "Bad Name", key: SSHPublicKey(parsing: Self.ed25519b), role: .viewer, person: nil)
        }
        #expect(throws: InputError.self) {
            try list.add(name: "priya", key: SSHPublicKey(parsing: Self.ed25519b), role: .viewer, person: nil)
        }
        #expect(list.entries.map(\.name) == ["priya", "sam"])
        #expect(try list.setRole(name: "sam", .editor) == "sam is now an editor.")
        #expect(try list.remove(name: "priya") == "Removed priya's access.")
        #expect(throws: InputError("no access named 'priya' (names: sam)")) { try list.remove(name: "priya") }
        // Round trip; a hand-edited entry with options in its key is refused on read.
        let data = try JSONCoding.encode(list)
        #expect(try JSONCoding.decode(AccessList.self, from: data, file: "access.json") == list)
        let tampered = String(decoding: data, as: UTF8.self).replacingOccurrences(
            of: "\"key\" : \"ecdsa", with: "\"key\" : \"command=\\\"sh\\\" ecdsa")
        #expect(throws: StoreError.self) {
            try JSONCoding.decode(AccessList.self, from: Data(tampered.utf8), file: "a")
        }
    }

    func block() throws -> [String] {
        var list = AccessList()
        _ = try list.add(name: "priya", key: SSHPublicKey(parsing: Self.ed25519), role: .editor, person: nil)
        return try AuthorizedKeys.block(list.entries, executable: "/usr/local/bin/weekboard", store: "/srv/wb store")
    }

    @Test("each line forces the gate with restrict and pty, paths single-quoted")
    func lines() throws {
        let b = try block()
        #expect(b.first == "# weekboard: begin")
        #expect(b.last == "# weekboard: end")
        #expect(
            b[2] == "command=\"'/usr/local/bin/weekboard' --store '/srv/wb store' gate --as priya\",restrict,pty "
                + Self.ed25519)
        for bad in ["/srv/it's", "/srv/\"x", "/srv/a\nb", "/srv/a\\b", "relative/store"] {
            #expect(throws: InputError.self, "\(bad)") {
                try AuthorizedKeys.block([], executable: "/usr/bin/weekboard", store: bad)
            }
        }
    }

    @Test("lines outside the block are kept byte for byte; the block is replaced or added")
    func merge() throws {
        let b = try block()
        let outside = Data([0x73, 0x73, 0x68, 0x2D, 0xFF, 0x20, 0x61, 0x0D, 0x0A, 0x23, 0x20, 0x6D, 0x69, 0x6E, 0x65])
        // No block yet: added after the existing lines (a missing final newline is supplied).
        let first = try AuthorizedKeys.merge(outside, block: b, file: "ak")
        #expect(first.prefix(outside.count) == outside)
        #expect(first[outside.count] == 0x0A)
        // Replaced in place, with lines before and after kept.
        var around = Data("before\r\n".utf8) + first + Data("after\n".utf8)
        let again = try AuthorizedKeys.merge(around, block: ["# weekboard: begin", "# weekboard: end"], file: "ak")
        #expect(
            again == Data("before\r\n".utf8) + outside + Data("\n# weekboard: begin\n# weekboard: end\nafter\n".utf8))
        #expect(try AuthorizedKeys.merge(nil, block: b, file: "ak") == Data(b.map { $0 + "\n" }.joined().utf8))
        around.append(Data("# weekboard: begin\n".utf8))
        #expect(throws: InputError.self) { try AuthorizedKeys.merge(around, block: b, file: "ak") }
    }
}
