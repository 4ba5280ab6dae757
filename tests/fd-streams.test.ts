/** The coordinator thread's standard streams: whole chunks, in order, straight to and from a descriptor. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it, expect } from "vitest";
import { FdReadable, FdWritable } from "../src/cli/fd-streams.js";
import { write } from "../src/cli/io.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gisa-fd-"));

describe("FdWritable and FdReadable", () => {
  it("write strings and bytes in order, and read them back to the end", async () => {
    const file = path.join(tmp, "out.txt");
    const fd = fs.openSync(file, "w");
    const out = new FdWritable(fd, false);
    const big = new TextEncoder().encode("기사 ".repeat(50_000)); // more than one stream buffer
    await write(out, "첫 줄\n");
    await write(out, big);
    await write(out, "끝\n");
    out.silenced = true;
    await write(out, "dropped\n");
    fs.closeSync(fd);
    const expected = Buffer.concat([Buffer.from("첫 줄\n"), big, Buffer.from("끝\n")]);
    expect(fs.readFileSync(file).equals(expected)).toBe(true);

    const rfd = fs.openSync(file, "r");
    const chunks: Buffer[] = [];
    for await (const c of new FdReadable(rfd)) chunks.push(c as Buffer);
    fs.closeSync(rfd);
    expect(Buffer.concat(chunks).equals(expected)).toBe(true);
  });

  it("silence a lossy stream (standard error) on a write error instead of failing", async () => {
    const fd = fs.openSync(path.join(tmp, "ro2.txt"), "w");
    fs.closeSync(fd);
    const rfd = fs.openSync(path.join(tmp, "ro2.txt"), "r"); // not open for writing: EBADF
    const err = new FdWritable(rfd, false, true);
    await write(err, "x");
    expect(err.silenced).toBe(true);
    fs.closeSync(rfd);
  });

  it("pass a write error to the caller", async () => {
    const fd = fs.openSync(path.join(tmp, "ro.txt"), "w");
    fs.closeSync(fd);
    const rfd = fs.openSync(path.join(tmp, "ro.txt"), "r"); // not open for writing: EBADF
    const out = new FdWritable(rfd, false);
    out.on("error", () => {});
    await expect(write(out, "x")).rejects.toMatchObject({ code: "EBADF" });
    fs.closeSync(rfd);
  });
});
