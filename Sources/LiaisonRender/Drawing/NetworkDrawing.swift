//===----------------------------------------------------------------------===//
// NetworkDrawing: what to draw, decided by the views; how it looks is DrawingStyle's business
//===----------------------------------------------------------------------===//

/// How a tie is drawn: strong, medium, weak, or dormant (once at least medium, no touch for a
/// year) — thick, normal, thin and dashed, thin and dotted. The domain's `TieClass` maps onto it
/// (a fading tie is drawn at the level of its current strength).
public enum LineClass: String, Sendable, CaseIterable {
    case strong, medium, weak, dormant

    /// The class of a strength in 0…1 with the default thresholds (≥ 2/3 strong, ≥ 1/3 medium),
    /// for plain graphs whose weights are the only strengths there are.
    public static func of(strength: Double, strongAt: Double = 2.0 / 3.0, mediumAt: Double = 1.0 / 3.0) -> LineClass {
        strength >= strongAt ? .strong : strength >= mediumAt ? .medium : .weak
    }
}

/// A drawing of a network, as plain values: which nodes and edges are drawn, with what emphasis,
/// in which group, with which words. The views (``NetworkView``, ``EgoView``, ``CommunitiesView``,
/// ``PlanView``) build it from analysis results; ``DrawingStyle`` turns it into a ``GraphvizGraph``.
/// It computes nothing itself.
public struct NetworkDrawing: Sendable {
    public enum NodeKind: Sendable, Equatable {
        /// One contact (one node of the network).
        case contact
        /// Several contacts collapsed into one node (a community or component of a large network).
        case summary(memberCount: Int)
    }

    public struct Emphasis: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// The centre of an ego view.
        public static let ego = Emphasis(rawValue: 1)
        /// A goal of an introduction plan.
        public static let target = Emphasis(rawValue: 2)
        /// On a highlighted path.
        public static let highlighted = Emphasis(rawValue: 4)
        /// Context only: drawn pale.
        public static let faded = Emphasis(rawValue: 8)
    }

    public struct Node: Sendable {
        /// Unique within the drawing; it becomes the node's name, so the SVG `<title>` of the node.
        public var id: String
        /// Lines drawn on the node; empty = no label (the tooltip still names it).
        public var label: [String]
        /// Lines of the tooltip: the name and the measures.
        public var tooltip: [String]
        /// Relative size in 0…1 (area grows with it).
        public var size: Double
        /// Index into ``NetworkDrawing/groups``, or nil.
        public var group: Int?
        public var kind: NodeKind
        public var emphasis: Emphasis

        public init(id: String, label: [String] = [], tooltip: [String] = [], size: Double = 0, group: Int? = nil,
                    kind: NodeKind = .contact, emphasis: Emphasis = []) {
            self.id = id
            self.label = label
            self.tooltip = tooltip
            self.size = size
            self.group = group
            self.kind = kind
            self.emphasis = emphasis
        }
    }

    public struct Edge: Sendable {
        /// Indices into ``NetworkDrawing/nodes``.
        public var a: Int
        public var b: Int
        /// Tie strength in 0…1: line width.
        public var strength: Double
        public var tieClass: LineClass
        /// Removing it disconnects its ends (drawn red).
        public var isBridge: Bool
        /// Its ends share no neighbour (drawn orange).
        public var isLocalBridge: Bool
        /// On a highlighted path (plan view).
        public var isHighlighted: Bool
        /// Not a tie yet: an introduction a plan proposes (drawn dashed, highlighted).
        public var isProposed: Bool
        public var isFaded: Bool
        /// Stands for several ties (to or between collapsed groups of a summary).
        public var isAggregate: Bool
        public var tooltip: String?

        public init(a: Int, b: Int, strength: Double = 0.5, tieClass: LineClass = .medium, isBridge: Bool = false,
                    isLocalBridge: Bool = false, isHighlighted: Bool = false, isProposed: Bool = false,
                    isFaded: Bool = false, isAggregate: Bool = false, tooltip: String? = nil) {
            self.a = a
            self.b = b
            self.strength = strength
            self.tieClass = tieClass
            self.isBridge = isBridge
            self.isLocalBridge = isLocalBridge
            self.isHighlighted = isHighlighted
            self.isProposed = isProposed
            self.isFaded = isFaded
            self.isAggregate = isAggregate
            self.tooltip = tooltip
        }
    }

    /// How a view wants its groups placed.
    public enum GroupPlacement: Sendable, Equatable {
        /// Colour only.
        case colourOnly
        /// Visibly together: clusters where the engine honours them and the graph is small, else a
        /// method that scales (docs/graphviz.md: an invisible hub per group under sfdp, short intra-group
        /// edges under neato).
        case together
    }

    public var title: String
    public var isDirected: Bool
    public var nodes: [Node] = []
    public var edges: [Edge] = []
    /// Group names; groups 0…7 get the eight Brewer Set3 colours, later groups grey. Views order
    /// groups biggest first.
    public var groups: [String] = []
    /// What the group colours mean ("connected component", "community", …).
    public var groupMeaning: String = "group"
    /// What node size means ("degree", "betweenness", …).
    public var sizeMeaning: String = ""
    /// Extra legend lines (e.g. "summary of a large network: …").
    public var notes: [String] = []
    public var groupPlacement: GroupPlacement = .colourOnly
    /// The node a radial layout (twopi) puts in the centre.
    public var root: Int?
    /// The engine the view draws best with, for when the user does not choose.
    public var preferredEngine: LayoutEngine = .sfdp
    /// Positions the view computed itself (``RegionLayout``, ``RingLayout``); drawn pinned under
    /// neato, ignored by the other engines (`--layout` chooses one of them).
    public var pinned: PinnedLayout?

    public init(title: String, isDirected: Bool = false) {
        self.title = title
        self.isDirected = isDirected
    }
}

/// A point in Graphviz's coordinates: points (1/72 inch), y up.
public struct DrawingPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }

    public func distance(to other: DrawingPoint) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }
}

/// Node positions a view computed itself, with what goes around them: a pale disc and a name per
/// group region, rings (circles drawn round the centre).
public struct PinnedLayout: Sendable {
    /// A group's region: a pale disc of its colour behind its members, its name above it.
    public struct Region: Sendable {
        public var group: Int
        public var centre: DrawingPoint
        public var radius: Double
        public var label: String
        public init(group: Int, centre: DrawingPoint, radius: Double, label: String) {
            self.group = group
            self.centre = centre
            self.radius = radius
            self.label = label
        }
    }

    /// One per node of the drawing, in points.
    public var positions: [DrawingPoint]
    public var regions: [Region] = []
    /// Radii of guide circles round ``ringCentre`` (the ego view's hop rings).
    public var rings: [Double] = []
    public var ringCentre = DrawingPoint(0, 0)

    public init(positions: [DrawingPoint], regions: [Region] = [], rings: [Double] = [], ringCentre: DrawingPoint = DrawingPoint(0, 0)) {
        self.positions = positions
        self.regions = regions
        self.rings = rings
        self.ringCentre = ringCentre
    }
}
