import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs programs for the end-to-end tests with `posix_spawnp` and `waitpid`
/// (Foundation's `Process` hangs when the child leaves a tmux server behind).
enum Spawn {
    /// The built `tagih` binary, beside the test bundle.
    static var tagih: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("tagih").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return "tagih"
    }

    /// Starts a program with stdout and stderr sent to `outputPath`; returns its pid.
    static func start(_ args: [String], environment: [String: String] = [:], outputPath: String = "/dev/null") -> pid_t {
        var fa = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fa)
        defer { posix_spawn_file_actions_destroy(&fa) }
        posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&fa, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&fa, 1, 2)
        markDescriptorsCloseOnExec()
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        // Test threads block signals; the child must see SIGWINCH and friends.
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &empty)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        let argv = args.map { strdup($0) } + [nil]
        defer { (envp + argv).forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, args[0], &fa, &attr, argv, envp)
        precondition(rc == 0, "cannot start \(args[0]): \(String(cString: strerror(rc)))")
        return pid
    }

    /// No descriptor of the test process (e.g. one Foundation holds) leaks
    /// into a child, where a tmux server would keep it open forever.
    static func markDescriptorsCloseOnExec() {
        let fds = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for name in fds {
            guard let fd = Int32(name), fd > 2 else { continue }
            let flags = fcntl(fd, F_GETFD)
            if flags >= 0 { _ = fcntl(fd, F_SETFD, flags | FD_CLOEXEC) }
        }
    }

    /// Waits for a child; returns its exit status, or 128+signal if killed.
    @discardableResult
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        if status & 0x7F == 0 { return (status >> 8) & 0xFF }
        return 128 + (status & 0x7F)
    }

    /// Runs to completion and returns (status, combined output).
    static func run(_ args: [String], environment: [String: String] = [:]) -> (status: Int32, output: String) {
        let out = NSTemporaryDirectory() + "tagih-spawn-\(UUID().uuidString)"
        defer { unlink(out) }
        let status = wait(start(args, environment: environment, outputPath: out))
        let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        return (status, text)
    }
}
