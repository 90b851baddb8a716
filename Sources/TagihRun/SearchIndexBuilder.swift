import Foundation
import Synchronization
import TagihApp
import TagihCore

/// Builds the list filter's search index on another thread (folding every
/// note of a large book takes a moment) and hands it back to the run loop,
/// which delivers it as an action. If the user filters first, the list builds
/// the index itself; the late one is then ignored.
final class SearchIndexBuilder: Sendable {
    init() {}
    private let finished = Mutex<(SearchIndex, Int)?>(nil)
    private let startedFor = Mutex<Int?>(nil)

    /// Starts a build for `job` unless one for the same list version is under way.
    func start(_ job: (rows: [OverdueRow], book: Book, version: Int)?) {
        guard let job else { return }
        let fresh = startedFor.withLock { started -> Bool in
            if started == job.version { return false }
            started = job.version
            return true
        }
        guard fresh else { return }
        Thread.detachNewThread { [self] in
            let index = SearchIndex(rows: job.rows, book: job.book)
            // A build for an older list never replaces one for a newer list.
            finished.withLock { done in if done == nil || done!.1 < job.version { done = (index, job.version) } }
        }
    }

    /// The index built since last asked, if any.
    func take() -> (SearchIndex, Int)? { finished.withLock { done in defer { done = nil }; return done } }
}
