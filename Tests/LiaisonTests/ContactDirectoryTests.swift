import Testing
@testable import Liaison

@Suite struct ContactDirectoryTests {
    let directory = ContactDirectory(
        ids: ["anna-petrova", "anna-smith", "ivan", "boris", "olga-1", "olga-2"],
        names: ["Анна Петрова", "Anna Smith", "Иван Ёжиков", "Boris Ivanov", "Olga Sokolova", "Olga Sokolova"])

    @Test func idsResolveFirstThenUniqueNames() throws {
        #expect(try directory.resolve("boris", option: "--ego") == 3)
        // Names compare without case and diacritics: "анна петрова" is Анна Петрова.
        #expect(try directory.resolve("анна петрова", option: "--ego") == 0)
        #expect(try directory.resolve("ANNA SMITH", option: "--ego") == 1)
    }

    @Test func aSharedNameIsAmbiguousAndListsTheIds() {
        #expect {
            try directory.resolve("Olga Sokolova", option: "--ego")
        } throws: { error in
            guard let e = error as? UnknownContact else { return false }
            return e.ambiguous && e.suggestions == ["olga-1 (Olga Sokolova)", "olga-2 (Olga Sokolova)"]
                && e.description.hasPrefix("--ego Olga Sokolova: several contacts have this name; give the id")
        }
    }

    @Test func aMissSuggestsTheNearestIds() {
        #expect {
            try directory.resolve("boriss", option: "--to")
        } throws: { error in
            guard let e = error as? UnknownContact else { return false }
            return !e.ambiguous && e.suggestions.first == "boris (Boris Ivanov)"
                && e.description == "--to boriss: no contact has this id or name (did you mean boris (Boris Ivanov))"
        }
        #expect {
            try directory.resolve("zzzzzzzzzz", option: "--to")
        } throws: { error in (error as? UnknownContact)?.suggestions.isEmpty == true }
    }

    /// Levenshtein by hand: kitten → sitting is k→s, e→i, +g = 3; flaw → lawn is −f, +n = 2.
    @Test func editDistanceByHand() {
        func d(_ a: String, _ b: String, _ limit: Int = 10) -> Int {
            ContactDirectory.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
        }
        #expect(d("kitten", "sitting") == 3)
        #expect(d("flaw", "lawn") == 2)
        #expect(d("", "abc") == 3)
        #expect(d("same", "same") == 0)
        #expect(d("kitten", "sitting", 1) == 2)  // cut off above the limit
    }

    @Test func hostileReferencesAreShownInert() {
        #expect {
            try directory.resolve("x\u{1B}]0;pwned\u{07}", option: "--ego")
        } throws: { error in
            !((error as? UnknownContact)?.description.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 } ?? true)
        }
    }
}
