import Foundation
import TagihStore

/// This machine's device name for a data directory, which names its journal.
///
/// `TAGIH_DEVICE` wins. Otherwise each data directory gets a name of its own
/// on each machine, made from the host name and random digits and kept in
/// `$XDG_STATE_HOME/tagih/devices` (outside the data directory, so a synced
/// folder or a copied book never hands two machines the same journal). A
/// book that already holds the journal of the name in the older
/// `$XDG_STATE_HOME/tagih/device` file keeps it. Should two machines still end
/// up with one name (a cloned disk, the same `TAGIH_DEVICE`), `tagih sync`
/// notices before it merges anything.
enum DeviceIdentity {
    static func resolve(environment: [String: String], directory: DataDirectory) -> String {
        if let d = environment["TAGIH_DEVICE"], DataDirectory.isValidDevice(d) { return d }
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"] ?? NSTemporaryDirectory()) + "/.local/state")
        let dir = state + "/tagih"
        let table = dir + "/devices"
        let key = canonical(directory.path)
        var known = read(table)
        if let name = known[key] { return name }
        var name = madeUp()
        if let legacy = try? String(contentsOfFile: dir + "/device", encoding: .utf8) {
            let old = legacy.trimmingCharacters(in: .whitespacesAndNewlines)
            if DataDirectory.isValidDevice(old), FileManager.default.fileExists(atPath: directory.journalPath(device: old)) { name = old }
        }
        known[key] = name
        write(known, to: table, in: dir)
        return name
    }

    /// Keeps `name` as this machine's device name for `directory`.
    static func remember(_ name: String, for directory: DataDirectory, environment: [String: String]) {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"] ?? NSTemporaryDirectory()) + "/.local/state")
        var known = read(state + "/tagih/devices")
        known[canonical(directory.path)] = name
        write(known, to: state + "/tagih/devices", in: state + "/tagih")
    }

    /// The data directory's absolute path with links resolved (the key of the table).
    static func canonical(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// `host-1a2b3c`: the host name (letters and digits) and 24 random bits.
    static func madeUp() -> String {
        let host = ProcessInfo.processInfo.hostName.lowercased().unicodeScalars
            .map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? Character($0) : "-" }
        var rng = SystemRandomNumberGenerator()
        let digits = String(rng.next() & 0xFF_FFFF, radix: 16)
        let base = String(String(host).prefix(24))
        return (base.isEmpty ? "device" : base) + "-" + String(repeating: "0", count: 6 - digits.count) + digits
    }

    /// The table: one `path<TAB>device` per line.
    static func read(_ file: String) -> [String: String] {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return [:] }
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            if parts.count == 2, DataDirectory.isValidDevice(parts[1]) { out[parts[0]] = parts[1] }
        }
        return out
    }

    /// Writes the table whole, privately, replacing the old one atomically.
    static func write(_ table: [String: String], to file: String, in dir: String) {
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let text = table.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)\n" }.joined()
        let temp = file + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temp, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else { return }
        if rename(temp, file) != 0 { unlink(temp) }
    }
}
