//===----------------------------------------------------------------------===//
// LinkedInImporter: Connections.csv from LinkedIn's data export
//===----------------------------------------------------------------------===//

import Foundation

/// Reads LinkedIn's `Connections.csv` (Settings › Data privacy › Get a copy of your data):
///
///     Notes:
///     "When exporting your connection data, you may notice that some of the email addresses are missing. …"
///
///     First Name,Last Name,URL,Email Address,Company,Position,Connected On
///     Anna,Petrova,https://www.linkedin.com/in/anna-petrova,,Acme,CTO,12 Mar 2024
///
/// The preamble (anything before the line naming `First Name` and `Last Name`) is skipped. Each
/// row becomes a person (name = first + last, the profile URL, e-mail, company, position) whose
/// `connectedOn` is the `Connected On` date (`DD Mon YYYY`, English month abbreviations; `YYYY-MM-DD`
/// is accepted too). A bad date is a problem at its cell; a row without a name or URL is skipped.
public enum LinkedInImporter {
    public static func read(path: String) throws -> ImportBatch {
        try read(path: path, bytes: readFileBytes(path))
    }

    public static func read(path: String, bytes: [UInt8]) -> ImportBatch {
        var batch = ImportBatch()
        var problems = [Diagnostic]()
        let header = readExportCSV(path: path, bytes: bytes,
                                   isHeader: { $0.contains("First Name") && $0.contains("Last Name") },
                                   problems: &problems) { row, problems in
            let name = [row["First Name"], row["Last Name"]].filter { !$0.isEmpty }.joined(separator: " ")
            var person = ImportedPerson(name: name, source: row.place)
            if !row["URL"].isEmpty { person.urls = [row["URL"]] }
            if !row["Email Address"].isEmpty { person.emails = [row["Email Address"]] }
            person.organization = row["Company"]
            person.title = row["Position"]
            let connected = row["Connected On"]
            if !connected.isEmpty {
                guard let date = parseDate(connected) else {
                    problems.append(row.diagnostic("Connected On",
                        "bad date '\(shown(connected))' in Connected On: expected a day like 12 Mar 2024"))
                    return
                }
                person.connectedOn = date
            }
            if name.isEmpty && person.urls.isEmpty && person.emails.isEmpty {
                batch.skipped.append(ImportSkip(source: row.place, reason: "no name, profile URL or e-mail"))
                return
            }
            batch.people.append(person)
        }
        if header == nil && problems.isEmpty {
            problems.append(Diagnostic(file: path, line: 1, column: 1,
                message: "no header naming First Name, Last Name, URL, …, Connected On: not a LinkedIn Connections.csv"))
        }
        batch.problems = problems
        return batch
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `12 Mar 2024` (or `12 March 2024`, or ISO `2024-03-12`) → midnight UTC of that day.
    static func parseDate(_ text: String) -> Date? {
        if let iso = ISODate.parse(text) { return iso }
        let parts = text.split(separator: " ")
        guard parts.count == 3, let day = Int(parts[0]), let year = Int(parts[2]), parts[2].count == 4,
              let m = months.firstIndex(of: String(parts[1].prefix(3)).lowercased()),
              day >= 1, day <= ISODate.daysInMonth(year: year, month: m + 1) else { return nil }
        return Date(timeIntervalSince1970: Double(ISODate.daysFromCivil(year: year, month: m + 1, day: day) * 86_400))
    }
}
