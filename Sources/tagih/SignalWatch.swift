#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Turns SIGTERM and SIGHUP into a clean exit: the run loop notices the flag,
/// leaves ncurses and restores the terminal.
enum SignalWatch {
    private static let flag = Atomic<Bool>(false)

    static var terminationRequested: Bool { flag.load(ordering: .relaxed) }

    static func install() {
        let handler: @convention(c) (Int32) -> Void = { _ in SignalWatch.flag.store(true, ordering: .relaxed) }
        signal(SIGTERM, handler)
        signal(SIGHUP, handler)
    }
}
