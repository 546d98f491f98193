//===----------------------------------------------------------------------===//
// The introduction plan and the suggestions as CSV, and both as FormattedResults
//===----------------------------------------------------------------------===//

import Foundation

extension IntroductionPlanReport: FormattedResult {
    /// The table is the plan in words (`text()`), JSON is `json()`, CSV one row per ask under the
    /// header `step,goal,action,ask,ask_name,target,target_name,path,reliability,value,score,text,draft_language,draft`
    /// (`path`: the ids from you to the target, `;`-separated; `ask` empty when you reach out
    /// yourself; `draft` the request to the introducer, `en` or `ru`, empty when you reach out).
    public func formatted(_ format: ResultFormat) -> String {
        switch format {
        case .table: return text()
        case .json: return json().serialized(pretty: true) + "\n"
        case .csv:
            let ws = workspace
            var w = CSVWriter()
            w.row(["step", "goal", "action", "ask", "ask_name", "target", "target_name", "path", "reliability", "value",
                   "score", "text", "draft_language", "draft"])
            for (k, ask) in plan.asks.enumerated() {
                w.number(k + 1); w.text(plan.goals[ask.goal].goal.name); w.text(ask.action.rawValue)
                if ask.action == .askIntroduction {
                    w.text(ws.contacts[ask.path.nodes[1]].id); w.text(ws.contacts[ask.path.nodes[1]].name)
                } else {
                    w.empty(); w.empty()
                }
                w.text(ws.contacts[ask.target].id); w.text(ws.contacts[ask.target].name)
                w.text(ask.path.nodes.map { ws.contacts[$0].id }.joined(separator: ";"))
                w.number(ask.path.reliability); w.number(ask.value); w.number(ask.score); w.text(sentence(ask))
                if let d = draft(ask) { w.text(d.language.rawValue); w.text(d.text) } else { w.empty(); w.empty() }
                w.endRow()
            }
            return w.output
        }
    }
}

extension Suggestions {
    /// The table is the suggestions in words (`text(in:)`), JSON is `json(in:)`, CSV one row per
    /// suggestion under the header
    /// `list,contact,contact_name,other,other_name,score,strength,past,value,last_touch,detail,draft_language,draft`:
    /// `list` is introduction, revive, fading or bridge_at_risk; `other` is the second person of an
    /// introduction; `detail` the complement of an introduction, the class of a bridge at risk
    /// (its betweenness and unique reach are in the JSON); `draft` your offer to the first person of
    /// an introduction (`en` or `ru`), empty on the other lists.
    public func formatted(_ format: ResultFormat, in ws: Workspace) -> String {
        switch format {
        case .table: return text(in: ws)
        case .json: return json(in: ws).serialized(pretty: true) + "\n"
        case .csv:
            var w = CSVWriter()
            w.row(["list", "contact", "contact_name", "other", "other_name", "score", "strength", "past", "value",
                   "last_touch", "detail", "draft_language", "draft"])
            func person(_ i: Int) { w.text(ws.contacts[i].id); w.text(ws.contacts[i].name) }
            for s in introductions {
                w.text("introduction"); person(s.a); person(s.b); w.number(s.score)
                w.empty(); w.empty(); w.empty(); w.empty(); w.text(s.complement ?? "")
                let d = draft(s, in: ws); w.text(d.language.rawValue); w.text(d.text); w.endRow()
            }
            for r in revive {
                w.text("revive"); person(r.contact); w.empty(); w.empty(); w.empty()
                w.number(r.strength); w.number(r.peak); w.number(r.value)
                if let last = r.lastTouch { w.text(ISODate.dayString(last)) } else { w.empty() }
                w.empty(); w.empty(); w.empty(); w.endRow()
            }
            for f in fading {
                w.text("fading"); person(f.contact); w.empty(); w.empty(); w.empty()
                w.number(f.strength); w.number(f.past); w.number(f.value); w.empty(); w.empty(); w.empty(); w.empty(); w.endRow()
            }
            for b in bridgesAtRisk {
                w.text("bridge_at_risk"); person(b.contact); w.empty(); w.empty(); w.empty()
                w.number(b.strength); w.number(b.past); w.empty(); w.empty(); w.text(b.tieClass.rawValue); w.empty(); w.empty(); w.endRow()
            }
            return w.output
        }
    }
}
