import Dispatch

/// Fixed slots that parallel workers fill, each slot by one worker only, and
/// that are read after all of them have finished (`DispatchQueue.concurrentPerform`).
public final class ParallelSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T>

    public init(count: Int, initial: T) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: initial)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    public subscript(i: Int) -> T {
        get { slots[i] }
        set { slots[i] = newValue }
    }

    /// The slots in order, once every worker is done.
    public var values: [T] { Array(slots) }

    /// Runs `body(chunk, range)` for `chunks` consecutive parts of `0..<count`
    /// at the same time (one part when `count` is below `threshold`).
    public static func forEachChunk(of count: Int, threshold: Int, _ body: @Sendable (Int, Range<Int>) -> Void) -> Int {
        let chunks = count < threshold ? 1 : 4
        let spoken = Catalog.language
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            Catalog.with(language: spoken) { body(c, count * c / chunks..<count * (c + 1) / chunks) }
        }
        return chunks
    }
}
