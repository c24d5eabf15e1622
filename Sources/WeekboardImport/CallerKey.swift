import Crypto
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// The per-store secret that turns callers into tokens. Without it a token cannot be linked
/// back to a number by trying candidates; with it, it can — so it lives in its own 0600 file
/// and is never printed.
package struct CallerKey: Sendable {
    /// Raw bytes (a `SymmetricKey` is not `Sendable`); made into a key for each hash.
    let bytes: Data

    /// Bytes of each token and contact key kept: 128 bits of HMAC-SHA256 (truncation as RFC 2104
    /// allows) — collisions are out of reach at any contact-centre's volume, and files stay small.
    static let keptBytes = 16

    /// The HMAC with the key already absorbed: copied for each hash, rather than set up from the key
    /// twice for every row of an import.
    private let prepared: PreparedMAC

    init(bytes: Data) {
        self.bytes = bytes
        self.prepared = PreparedMAC(HMAC<SHA256>(key: SymmetricKey(data: bytes)))
    }

    /// A fresh random 256-bit key.
    package static func generate() -> CallerKey {
        SymmetricKey(size: .bits256).withUnsafeBytes { CallerKey(bytes: Data($0)) }
    }

    /// Names the key without revealing it, so files made under another key are recognised.
    package var id: String { mac("weekboard-key-id", keep: 8) }

    /// The caller's token: the same caller gives the same token under one key, whatever format
    /// the number or address came in; another key gives an unrelated token.
    package func token(_ caller: CallerID) -> String { mac("caller\u{0}" + caller.canonical) }

    /// The de-duplication key of one contact: (time, service, caller), hashed.
    /// How imports before contact identity keyed a contact (time, service, caller): still recognised,
    /// so re-importing a file imported then never double counts.
    package func contactKey(timestamp: String, service: String, caller: CallerID) -> String {
        mac("contact\u{0}\(timestamp)\u{0}\(service.lowercased())\u{0}\(caller.canonical)")
    }

    /// A contact's identity: the export's own id when it has one; otherwise time, service, channel
    /// and caller with the row's occurrence among identical rows of the file (0 for the first), so two
    /// contacts in one minute both count and the same file imported again matches row for row.
    package func contactKey(
        timestamp: String, service: String, channel: Channel, caller: CallerID, occurrence: Int, id: String?
    ) -> String {
        if let id { return mac("contact-id\u{0}\(service.lowercased())\u{0}\(id)") }
        return mac(
            "contact2\u{0}\(timestamp)\u{0}\(service.lowercased())\u{0}\(channel.rawValue)\u{0}\(caller.canonical)"
                + "\u{0}\(occurrence)")
    }

    /// A contact of a known export, by that system's own identity of it (`teams:<Call ID>`,
    /// `cxone:<Master_Contact_ID>`…): nothing else, so its queue, time or caller cannot make it two.
    package func contactKey(source: String) -> String { mac("contact-source\u{0}" + source) }

    private func mac(_ message: String, keep: Int = keptBytes) -> String {
        var h = prepared.mac
        h.update(data: Data(message.utf8))
        let code = h.finalize()
        // Hex by table: an import hashes every row twice, and String(format:) per byte dominated it.
        var hex = [UInt8]()
        hex.reserveCapacity(keep * 2)
        for b in code.prefix(keep) {
            hex.append(CallerKey.hexDigits[Int(b >> 4)])
            hex.append(CallerKey.hexDigits[Int(b & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}

/// An HMAC state holding the key, never changed once made (each use works on a copy), so sharing it is safe.
private final class PreparedMAC: @unchecked Sendable {
    let mac: HMAC<SHA256>
    init(_ mac: HMAC<SHA256>) { self.mac = mac }
}

extension CallerKeyFile {
    init(_ k: CallerKey, createdAt: Date) {
        self.init(key: k.bytes.base64EncodedString(), createdAt: createdAt)
    }

    /// The key, or nil when there is none yet; a damaged file is an error, never silently replaced
    /// (a new key would let every earlier contact be counted again).
    func callerKey(path: String) throws -> CallerKey? {
        if key.isEmpty { return nil }
        guard let data = Data(base64Encoded: key), data.count == 32 else {
            throw StoreError.malformed(
                file: path, location: "field key",
                reason:
                    """
                    is not a 32-byte base64 key; restore the file from a backup, or see docs/privacy.md to start \
                    a new key
                    """
            )
        }
        return CallerKey(bytes: data)
    }
}

package extension CallerKey {
    /// The store's key, if it has one (read without the lock: for dry runs).
    static func existing(in store: Store) throws -> CallerKey? {
        try store.read(CallerKeyFile.file).callerKey(path: store.url(CallerKeyFile.file.path).path)
    }

    /// Replaces the store's key with a new random one, in one transaction. Tokens and contact keys
    /// made earlier no longer match: repeat-caller counts start again, and weeks already imported
    /// refuse further per-contact rows (they could not be checked for duplicates).
    /// With `forgetCallers`, every week's caller tokens and contact keys are emptied too (for a key
    /// that may have leaked: old tokens could be tested against guessed numbers); weekly counts stay.
    /// Returns how many weeks' caller files were emptied.
    @discardableResult
    static func rotate(
        in store: Store, forgetCallers: Bool = false, source: ChangeSource,
        now: Date = Date()
    ) throws -> Int {
        guard store.exists else { throw StoreError.notAStore(path: store.root.path) }
        // Not undoable: the old key is gone for good (that is the point), and the journal never holds keys.
        return try store.apply(
            StoreChange<Int>(source: source, undoable: false, at: now) { tx in
                try tx.write(CallerKeyFile.file, CallerKeyFile(generate(), createdAt: now))
                guard forgetCallers else { return ("Rotated the caller key", 0) }
                let weeks = store.callerWeeks()
                for w in weeks { try tx.write(CallerWeek(week: w)) }
                // Follow-ups name callers by their tokens: they go with them.
                if store.has(StoreFiles.followUps) { try tx.write(StoreFiles.followUps, FollowUps()) }
                // So do the imports' fields kept beside their journal entries (tokens and contact keys).
                _ = try tx.forgetJournalFields()
                return ("Rotated the caller key and forgot the callers of \(weeks.count) weeks", weeks.count)
            }
        ).value
    }
}

extension Transaction {
    /// The key, created (and staged for writing with this transaction) on first use.
    func callerKey() throws -> (key: CallerKey, created: CallerKey?) {
        let path = StoreLayout.secretKey
        if let k = try read(CallerKeyFile.file).callerKey(path: path) { return (k, nil) }
        let k = CallerKey.generate()
        return (k, k)
    }
}
