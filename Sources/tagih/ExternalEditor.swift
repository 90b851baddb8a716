#if canImport(Glibc)
import Glibc
#endif
import Foundation
import TerminalCore

/// Hands text to `$VISUAL` / `$EDITOR` (else `vi`) with the screen suspended,
/// and takes the result back.
enum ExternalEditor {
    @MainActor
    static func edit(_ text: String, directory: String, environment: [String: String], terminal: Terminal) -> String? {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        mkdir(directory, 0o700)
        let path = directory + "/edit-\(getpid()).txt"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        defer { unlink(path) }
        terminal.suspend()
        defer { terminal.resume() }
        let status = run(["/bin/sh", "-c", editor + " \"$1\"", "sh", path])
        guard status == 0, let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs a command attached to this terminal and waits for it.
    private static func run(_ args: [String]) -> Int32 {
        var pid: pid_t = 0
        let argv = args.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, args[0], nil, nil, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
    }
}
