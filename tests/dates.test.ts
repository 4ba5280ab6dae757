import { describe, it, expect } from "vitest";
import { parseKoreanDate, daumIdToIso, epochToKst } from "../src/pipeline/dates.js";

describe("parseKoreanDate", () => {
  it.each([
    ["2020. 05. 22. 09:39", "2020-05-22T09:39:00+09:00"],
    ["2026. 3. 21. 21:43", "2026-03-21T21:43:00+09:00"],
    ["입력 : 2016.09.17 18:59".replace("입력 : ", ""), "2016-09-17T18:59:00+09:00"],
    ["2026.01.06. 08:15", "2026-01-06T08:15:00+09:00"],
    ["2016-09-26 09:57:01", "2016-09-26T09:57:01+09:00"],
    ["2017.04.20. 오후 3:53", "2017-04-20T15:53:00+09:00"],
    ["2017.05.12. 오전 12:09", "2017-05-12T00:09:00+09:00"],
    ["2016/09/17 11:35", "2016-09-17T11:35:00+09:00"],
    ["20260321214325", "2026-03-21T21:43:25+09:00"],
    ["1774097005975", "2026-03-21T21:43:25+09:00"],
    ["2026-01-05T23:15:00Z", "2026-01-06T08:15:00+09:00"],
    ["2016-09-17T14:26:51+09:00", "2016-09-17T14:26:51+09:00"],
    ["2016-12-29T17:44:27+0900", "2016-12-29T17:44:27+09:00"],
    ["2016년 9월 17일 14시 26분", "2016-09-17T14:26:00+09:00"],
  ])("%s", (text, iso) => {
    expect(parseKoreanDate(text)?.iso).toBe(iso);
  });

  it.each(["", "12-10", "2016.13.40 10:00", "no date here", "2023.02.30 10:00"])("rejects %j", (text) => {
    expect(parseKoreanDate(text)).toBeNull();
  });
});

describe("Daum ids and epochs", () => {
  it("reads the 17-digit article id", () => {
    expect(daumIdToIso("20251210104450961")).toBe("2025-12-10T10:44:50+09:00");
    expect(daumIdToIso("2025121010445096")).toBeNull();
  });
  it("renders epoch milliseconds in KST", () => {
    expect(epochToKst(0)).toBeNull(); // 1970 is outside the plausible range
    expect(epochToKst(Date.UTC(2025, 11, 9, 15, 30))).toBe("2025-12-10T00:30:00+09:00");
  });
});
