import Foundation
import TagihStore

/// This machine's device name, which names its journal file.
///
/// `TAGIH_DEVICE` wins; else a name kept in `$XDG_STATE_HOME/tagih/device`
/// (outside the data directory, so a synced folder never hands two machines
/// the same journal); else one is made from the host name and saved there.
enum DeviceIdentity {
    static func resolve(environment: [String: String]) -> String {
        if let d = environment["TAGIH_DEVICE"], DataDirectory.isValidDevice(d) { return d }
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"] ?? NSTemporaryDirectory()) + "/.local/state")
        let dir = state + "/tagih"
        let file = dir + "/device"
        if let saved = try? String(contentsOfFile: file, encoding: .utf8) {
            let name = saved.trimmingCharacters(in: .whitespacesAndNewlines)
            if DataDirectory.isValidDevice(name) { return name }
        }
        let host = ProcessInfo.processInfo.hostName.lowercased().unicodeScalars
            .map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? Character($0) : "-" }
        var rng = SystemRandomNumberGenerator()
        let suffix = String(rng.next() % 0xFFFFFF, radix: 16)
        let name = String(String(host).prefix(24)) + "-" + suffix
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        if FileManager.default.createFile(atPath: file, contents: Data((name + "\n").utf8),
                                          attributes: [.posixPermissions: 0o600]) {
            return name
        }
        return name
    }
}
