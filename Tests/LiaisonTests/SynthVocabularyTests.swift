import Foundation
import Testing
@testable import Liaison

@Test func slugsTransliterateCyrillicAndFoldAccents() {
    #expect(SynthVocabulary.slug("Анна Петрова") == "anna-petrova")
    #expect(SynthVocabulary.slug("Фёдор Щукин") == "fedor-shchukin")
    #expect(SynthVocabulary.slug("Tobias Krüger") == "tobias-krueger")
    #expect(SynthVocabulary.slug("James O'Brien") == "james-o-brien")
    #expect(SynthVocabulary.slug("  ") == "contact")
    #expect(SynthVocabulary.feminine("Иванов") == "Иванова")
    #expect(SynthVocabulary.feminine("Вишневский") == "Вишневская")
    #expect(SynthVocabulary.feminine("Шевченко") == "Шевченко")
}
