//===----------------------------------------------------------------------===//
// A team's network: each owner's view of the workspace
//===----------------------------------------------------------------------===//

import Foundation

/// A team workspace names several owners (`team = ["me", "olga"]` in liaison.toml) and says whose
/// each touch was (the `owner` column of interactions.csv, the ego when empty). Each owner has
/// their own view of the workspace — `ownerView(_:)` — and every analysis of one owner is the
/// single-owner analysis of that view, with the owner as the ego:
///
/// - the owner's interactions only (the touches they had, logged from their mailbox or calendar);
/// - the declared ties of ties.csv (what is known of who knows whom, shared by the team);
/// - introductions: the ego's view keeps them all (introductions.csv is the ego's log); another
///   owner's view keeps those the owner took part in (as introducer, introduced or introduced to);
/// - deals: in the ego's view only (deals.csv credits the business, that is its ego, with the
///   client: `PairEventBuilder.addExchanges`), so a colleague's ties are not lifted by every deal.
///
/// In a single-owner workspace (no `team`) the ego's view is the workspace itself, unchanged.
/// The team as a whole is the workspace with every owner's touches (what a single-owner analysis
/// of the same files computes).
extension Workspace {
    /// The owners: the team (ego first), or just the ego; empty without an ego.
    public var owners: [ContactIndex] { team.isEmpty ? (me.map { [$0] } ?? []) : team }

    /// The owners when the workspace is a team's, else nil (what commands pass to mean "the team").
    public var teamOwners: [ContactIndex]? { team.isEmpty ? nil : team }

    /// Whose touch an interaction was.
    @inline(__always)
    public func owner(of interaction: Interaction) -> ContactIndex? { interaction.owner ?? me }

    /// The workspace as `owner` sees it (see the type's documentation), with `owner` as its ego.
    public func ownerView(_ owner: ContactIndex) -> Workspace {
        if team.isEmpty && owner == me { return self }
        var view = self
        view.me = owner
        view.team = []
        view.interactions = interactions.filter { ($0.owner ?? me) == owner }
        if owner != me {
            view.deals = []
            view.introductions = introductions.filter { $0.introducer == owner || $0.from == owner || $0.to == owner }
        }
        return view
    }

    /// Tie strength per owner: each owner's ties from their view alone (`ownerView(_:)`), as of
    /// `asOf`. O(owners × the tie model on each view).
    public func tieStrengthsPerOwner(asOf date: Date? = nil, model: TieStrengthModel) -> [(owner: ContactIndex, ties: TieStrengths)] {
        owners.map { ($0, ownerView($0).tieStrengths(asOf: date ?? asOf, model: model)) }
    }
}

extension Workspace {
    /// For each contact, the owner with the strongest tie to it in their own view, nil when no
    /// owner is tied to it (an owner is their own closest). Ties in the owner order. O(owners × tie model).
    public func closestOwners(of listed: [ContactIndex], owners: [ContactIndex]? = nil, asOf date: Date? = nil)
        -> [(owner: ContactIndex, strength: Double)?] {
        let views = tieStrengthsPerOwner(asOf: date, model: config.tieStrength).filter { (owners ?? self.owners).contains($0.owner) }
        return listed.map { c in
            var best: (owner: ContactIndex, strength: Double)?
            for (o, ties) in views {
                let s = o == c ? 1 : ties.tie(o, c)?.strength ?? 0
                if s > 0, s > (best?.strength ?? 0) { best = (o, s) }
            }
            return best
        }
    }
}
