/// What every view lets the user choose.
public struct ViewOptions: Sendable {
    /// Labels on the top N nodes by the size measure (emphasised nodes are always labelled).
    public var labels: Int
    /// Draw every node even above ``summaryThreshold``.
    public var full: Bool
    /// Above this many nodes a view draws a summary unless ``full`` is set.
    public var summaryThreshold: Int
    /// How many nodes a summary keeps individually.
    public var summaryTop: Int
    /// How many collapsed groups a summary draws before lumping the rest together.
    public var summaryGroups: Int
    /// The network view places each group in a region of its own (``RegionLayout``); off = one
    /// layout of the whole network, groups by colour only.
    public var regions: Bool = true
    /// The ego view shows at most this many contacts beyond the first ring (the most important per
    /// contact of the first ring, the rest as one "+N more" marker each), unless ``full``.
    public var outerRingLimit: Int = 60

    public init(labels: Int = 30, full: Bool = false, summaryThreshold: Int = 500, summaryTop: Int = 120,
                summaryGroups: Int = 12) {
        precondition(labels >= 0 && summaryThreshold >= 1 && summaryTop >= 1 && summaryGroups >= 1,
                     "ViewOptions: counts must be positive")
        self.labels = labels
        self.full = full
        self.summaryThreshold = summaryThreshold
        self.summaryTop = summaryTop
        self.summaryGroups = summaryGroups
    }
}
