#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension JSONTape {
    /// A string node's text with its escapes resolved; nil where `JSONDecoder` refuses the string
    /// too: bytes that are not UTF-8 (an encoded surrogate, an overlong form: the validator checks
    /// only the shape of each sequence) or a `\u` surrogate not in a high-then-low pair.
    func string(at index: Int) -> String? {
        let node = nodes[index]
        if !node.escaped {
            return bytes.withUnsafeBufferPointer { buffer in
                let raw = UnsafeBufferPointer(rebasing: buffer[node.start..<node.end])
                return node.ascii ? String(decoding: raw, as: UTF8.self) : String(validating: raw, as: UTF8.self)
            }
        }
        let raw = bytes[node.start..<node.end]
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = raw.startIndex
        while i < raw.endIndex {
            let b = raw[i]
            guard b == UInt8(ascii: "\\"), i + 1 < raw.endIndex else {
                out.append(b)
                i += 1
                continue
            }
            let e = raw[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard let high = hex4(raw, at: i) else { return nil }
                i += 4
                var value = high
                if (0xD800..<0xDC00).contains(high) {
                    // A high surrogate counts only with a low one escaped right after it.
                    guard i + 1 < raw.endIndex, raw[i] == UInt8(ascii: "\\"), raw[i + 1] == UInt8(ascii: "u"),
                        let low = hex4(raw, at: i + 2), (0xDC00..<0xE000).contains(low)
                    else { return nil }
                    i += 6
                    value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(value) else { return nil }
                out.append(contentsOf: UTF8.encode(scalar)!)
            default: out.append(e)  // \" \\ \/ (the validator allows no other escape)
            }
        }
        return String(validating: out, as: UTF8.self)
    }

    /// Whether the bytes from `start` are exactly `text`'s UTF-8 (a field name: no String is made).
    func bytes(at start: Int, equal text: String) -> Bool {
        var text = text
        return text.withUTF8 { wanted in
            bytes.withUnsafeBufferPointer { buffer in
                guard start >= 0, start + wanted.count <= buffer.count else { return false }
                for k in 0..<wanted.count where buffer[start + k] != wanted[k] { return false }
                return true
            }
        }
    }

    /// The four hex digits of a `\u` escape at `i`, nil when they are not there.
    private func hex4(_ raw: ArraySlice<UInt8>, at i: Int) -> UInt32? {
        guard i + 4 <= raw.endIndex else { return nil }
        var v: UInt32 = 0
        for b in raw[i..<(i + 4)] {
            let d: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
        }
        return v
    }
}
