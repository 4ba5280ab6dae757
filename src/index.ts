export * from "./schema/record.js";
