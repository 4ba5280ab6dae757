/** The site registry, in detection order. */
import type { SiteSpec } from "./types.js";
import { daum } from "./daum.js";
import { chosun } from "./chosun.js";
import { naver } from "./naver.js";
import { board } from "./board.js";
import { khan, hani, donga, hankyung, yonhap } from "./korean-outlets.js";
import { generic } from "./generic.js";

/** Board re-posts come first: their text prefix is more specific than the Daum markup they embed. */
export const SITES: readonly SiteSpec[] = [board, daum, chosun, naver, khan, hani, donga, hankyung, yonhap];
export const GENERIC: SiteSpec = generic;
export const ALL_SITES: readonly SiteSpec[] = [...SITES, generic];

export type { SiteSpec } from "./types.js";
