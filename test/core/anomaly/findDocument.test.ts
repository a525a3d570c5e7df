import { findDocument } from "@airr/core";
import { describe, expect, it } from "vitest";

describe("findDocument", () => {
  it("starts the document after a tag in any script, at the tag's end", () => {
    const cyrillic = "какой выход из этого кода: <код>импортная математика</код>";
    const table = "сумма населения: <таблица><tr><td>1</td></tr></таблица>";
    const spanish = "resume este <código>print(1)</código>";

    expect(findDocument(cyrillic)).toBe(cyrillic.indexOf("<код>") + "<код".length);
    expect(findDocument(table)).toBe(table.indexOf("<таблица>") + "<таблица".length);
    expect(findDocument(spanish)).toBe(spanish.indexOf("<código>") + "<código".length);
  });

  it("does not take a longer word that begins like a tag for the tag", () => {
    expect(findDocument("see <кодекс> and <tablets> and <imgur2>")).toBe(-1);
  });
});
