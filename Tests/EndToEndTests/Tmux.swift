import Foundation
import XCTest

/// A private tmux server running one program, for tests that drive the real
/// binary as a person would: send keys, read the screen.
final class Tmux {
    let socket: String

    init(command: String, width: Int = 100, height: Int = 30) {
        socket = "tagih-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        let r = Spawn.run(["tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", command])
        precondition(r.status == 0, "tmux failed: \(r.output)")
    }

    deinit { _ = Spawn.run(["tmux", "-L", socket, "kill-server"]) }

    static var isAvailable: Bool { Spawn.run(["tmux", "-V"]).status == 0 }

    /// The visible screen as text; with `escapes`, including colour and attribute sequences.
    func screen(escapes: Bool = false) -> String {
        Spawn.run(["tmux", "-L", socket, "capture-pane", "-p"] + (escapes ? ["-e"] : [])).output
    }

    func send(_ keys: String...) {
        _ = Spawn.run(["tmux", "-L", socket, "send-keys"] + keys)
    }

    /// Types text literally (no key names), e.g. accented and wide characters.
    func type(_ text: String) {
        _ = Spawn.run(["tmux", "-L", socket, "send-keys", "-l", text])
    }

    /// The pid of the program in the pane.
    var panePid: pid_t? {
        pid_t(Spawn.run(["tmux", "-L", socket, "list-panes", "-F", "#{pane_pid}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines))
    }

    func resize(_ width: Int, _ height: Int) {
        _ = Spawn.run(["tmux", "-L", socket, "resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    var isRunning: Bool { Spawn.run(["tmux", "-L", socket, "has-session"]).status == 0 }

    /// Polls the screen every 20 ms until `predicate` holds; fails after `timeout` seconds.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 10, escapes: Bool = false, file: StaticString = #filePath,
                 line: UInt = #line, _ predicate: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen(escapes: escapes)
            if predicate(last) { return last }
            usleep(20_000)
        }
        XCTFail("timed out waiting for \(what); screen was:\n\(last)", file: file, line: line)
        return last
    }

    func waitFor(text: String, timeout: Double = 10, file: StaticString = #filePath, line: UInt = #line) {
        waitFor("\"\(text)\"", timeout: timeout, file: file, line: line) { $0.contains(text) }
    }

    func waitUntilExited(timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !isRunning { return true }
            usleep(20_000)
        }
        return false
    }
}
