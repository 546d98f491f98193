import Foundation

//===----------------------------------------------------------------------===//
// Why a goal's matching contact is not planned, in words (single-owner and team plans)
//===----------------------------------------------------------------------===//

extension GoalTarget {
    /// Why this target is not in the plan, one phrase per `TargetStatus` ("" for `planned`).
    /// `targets` are all of the goal's targets (to name who took the organisation, or whom the
    /// route passes through). With `team`, the route's first node is the member who would act and
    /// is named in the first step ("Sophie Turner asks Alice Thompson"); otherwise it is you.
    public func reason(among targets: [GoalTarget], contacts: [Contact], options: PlanningOptions, asOf: Date,
                       team: Bool = false) -> String {
        func name(_ i: Int) -> String { TextTable.sanitize(contacts[i].name) }
        func fmt(_ x: Double) -> String { IntroductionPlanReport.fmt(x) }
        func firstStep(_ p: IntroductionPath) -> String {
            team ? "; best first step: \(name(p.nodes[0])) asks \(name(p.nodes[1])), or writes to them directly"
                : "; best first step: ask \(name(p.nodes[1])), or write to them yourself"
        }
        switch status {
        case .planned: return ""
        case .plannedForOtherGoal: return "planned for another goal"
        case .notNeeded: return "reachable at \(fmt(reliability ?? 0)); not needed for this goal"
        case .overBudget: return "its introducers are already asked \(options.budget) times"
        case .unreachable: return "no route within \(options.maxHops) ties" + (team ? " from anyone on the team" : "")
        case .pending:
            let by = bestRoute.map { name($0.nodes[1]) } ?? "someone"
            let when = askedOn.map { " on \(ISODate.dayString($0)), \(ISODate.calendarDaysBetween($0, asOf)) days ago," } ?? ""
            if team, let m = bestRoute?.nodes.first {
                return "\(name(m)) asked \(by)\(when) for an introduction; no outcome yet: follow up before asking anyone else"
            }
            return "you asked \(by)\(when) to introduce you; no outcome yet: follow up before asking anyone else"
        case .sameOrganization:
            let org = TextTable.sanitize(contacts[contact].organization)
            let mine = ContactFilter.fold(contacts[contact].organization)
            let other = targets.first { ($0.status == .planned || $0.status == .pending) && $0.contact != contact
                && ContactFilter.fold(contacts[$0.contact].organization) == mine }
            return "\(other.map { name($0.contact) } ?? "someone else") at \(org) is already on this goal; one pitch per organisation"
        case .throughOtherTarget:
            let ids = Set(targets.map(\.contact))
            let via = bestRoute.map { $0.nodes.dropFirst().dropLast().filter { ids.contains($0) } } ?? []
            return "reachable only through " + (via.isEmpty ? "another contact of this goal" : via.map(name).joined(separator: " and "))
                + (via.count > 1 ? ", who match this goal: pitch them instead" : ", who matches this goal: pitch them instead")
                // No warm route of its own: still the cold-outreach advice, with the first step.
                + "; no warm route of its own: cold outreach"
                + (bestRoute.map(firstStep) ?? "")
        case .coldOutreach:
            // (Only through another target: no reliability of its own; the route's.)
            return "no warm route: the best is \(fmt(reliability ?? bestRoute?.reliability ?? 0)), under min_reliability "
                + "\(fmt(options.minReliability)); cold outreach" + (bestRoute.map(firstStep) ?? "")
        }
    }
}
