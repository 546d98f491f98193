import Testing
@testable import LiaisonRender

@Test func controlCharactersBecomeVisiblePictures() {
    #expect(DrawingText.inert("a\u{0}b\u{1}c\u{1F}d\u{7F}") == "a\u{2400}b\u{2401}c\u{241F}d\u{2421}")
    #expect(DrawingText.inert("line\nbreak\ttab\rcr") == "line break tab cr")
    #expect(DrawingText.inert("c1\u{85}\u{9F}") == "c1\u{FFFD}\u{FFFD}")
    #expect(DrawingText.inert("non\u{FFFE}\u{FFFF}") == "non\u{FFFD}\u{FFFD}")
}

@Test func bidiControlsAreNeutralisedButScriptsStay() {
    #expect(DrawingText.inert("a\u{202E}b\u{202C}\u{2066}c\u{2069}\u{200F}") == "a\u{FFFD}b\u{FFFD}\u{FFFD}c\u{FFFD}\u{FFFD}")
    for name in ["Анна Петрова", "王小明", "🤝 Zoë Ünal", "שלום", "مرحبا"] {
        #expect(DrawingText.inert(name) == name)
        #expect(DrawingText.label(name) == name)
    }
}

@Test func labelsDoubleBackslashesAndTooltipsAddAWordJoiner() {
    #expect(DrawingText.label("x\\N") == "x\\\\N")
    #expect(DrawingText.tooltip("x\\N") == "x\\\\\u{2060}N")
    #expect(DrawingText.label("<b>&\"") == "<b>&\"")   // Graphviz escapes these itself
}

@Test func longTextIsCutWithAnEllipsis() {
    let long = String(repeating: "я", count: 10_000)
    let label = DrawingText.label(long, limit: 40)
    #expect(label.count == 40 && label.hasSuffix("…"))
    #expect(DrawingText.tooltip(long).count == 2_000)
    #expect(DrawingText.truncated("short", 40) == "short")
    #expect(DrawingText.truncated("👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦", 2) == "👩‍👩‍👧‍👦…")
}
