import Formats
import Foundation
import Testing

@Suite struct ProductTextMergeTests {
    @Test func setsOnlyTheTranslatedTextsAndKeepsEveryField() throws {
        let input = """
        {"sku": "A-1", "brand": "Acme", "category": "home/x", "count": 2, "attributes": {"small_parts": true}, "texts": {"en": {"description": "Glass"}}, "features": ["bpa-free", {"en": "Keeps cold"}]}
        {"sku": "B-2", "category": "home/y"}
        """
        let updates = [
            ProductTextMerge.Update(sku: "A-1", language: "de", field: .description, text: "Glas"),
            ProductTextMerge.Update(sku: "A-1", language: "de", field: .feature(1), text: "Hält kalt"),
            ProductTextMerge.Update(sku: "A-1", language: "de", field: .feature(0), text: "ein Begriff"),
            ProductTextMerge.Update(sku: "C-3", language: "de", field: .description, text: "?"),
        ]
        let (lines, unplaced) = ProductTextMerge.merge(Data(input.utf8), updates: updates)
        #expect(lines == """
        {"attributes":{"small_parts":true},"brand":"Acme","category":"home/x","count":2,"features":["bpa-free",{"de":"Hält kalt","en":"Keeps cold"}],"sku":"A-1","texts":{"de":{"description":"Glas"},"en":{"description":"Glass"}}}
        {"category":"home/y","sku":"B-2"}

        """)
        #expect(unplaced.map(\.sku) == ["A-1", "C-3"])
    }
}
