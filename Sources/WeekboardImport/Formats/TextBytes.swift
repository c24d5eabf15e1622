/// Whether bytes are already what `CSVTable.decode` would accept unchanged: UTF-8 (a BOM allowed) with no
/// control characters but tab and line breaks. Such a file is read in place, without the copy decoding
/// makes (a million-row export is 300-500 MB); anything else is decoded first, as before.
enum TextBytes {
    static func isCleanUTF8(_ b: UnsafeRawBufferPointer) -> Bool {
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D) || c == 0x7F { return false }
                i += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, low) = (3, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: (length, high) = (3, 0x9F)
            case 0xF0: (length, low) = (4, 0x90)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, high) = (4, 0x8F)
            default: return false
            }
            guard i + length <= n, (low...high).contains(b[i + 1]) else { return false }
            for k in 2..<length where b[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return n > 0
    }
}
