/// The aging buckets of receivables: current, then ranges of days past due.
public struct AgingBuckets: Sendable, Equatable {
    /// Upper edges of the past-due ranges, ascending: `[30, 60, 90, 120]` gives
    /// current, 1–30, 31–60, 61–90, 91–120, 120+.
    public let edges: [Int]

    public static let standard = AgingBuckets(edges: [30, 60, 90, 120])

    public init(edges: [Int]) { self.edges = edges }

    /// Number of buckets including "current" and the open-ended last one.
    public var count: Int { edges.count + 2 }

    /// The bucket index for a number of days past due: 0 is current (not yet
    /// late), the last index is past the last edge.
    public func index(daysLate: Int) -> Int {
        if daysLate <= 0 { return 0 }
        for (i, e) in edges.enumerated() where daysLate <= e { return i + 1 }
        return edges.count + 1
    }

    /// A short label: `current`, `1-30`, ..., `120+`.
    public func label(_ index: Int) -> String {
        if index == 0 { return "current" }
        if index == edges.count + 1 { return "\(edges.last ?? 0)+" }
        let lo = index == 1 ? 1 : edges[index - 2] + 1
        return "\(lo)-\(edges[index - 1])"
    }

    public var labels: [String] { (0..<count).map(label) }

    /// A bucket's name for people, in the process's language (`label` is
    /// the name in files and exports).
    public func displayLabel(_ index: Int) -> String { index == 0 ? tr("current") : label(index) }

    /// Every bucket's name for people.
    public var displayLabels: [String] { (0..<count).map(displayLabel) }
}
