"use server";

import { z } from "zod";
import { timerProcedure, openProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";
import { stagingDb, READS_TABLE } from "@/lib/db/sqlite";
import { parseChipCsv, stageReads, readsForRace } from "@/lib/timing/staging";

// ok: missing-auth, missing-input-validation
export const importChipReads = timerProcedure
  .createServerAction()
  .input(z.object({ raceId: z.string().cuid(), csv: z.string().max(5_000_000) }))
  .handler(async ({ input }) => {
    const reads = parseChipCsv(input.csv, input.raceId);
    stageReads(reads);
    return { staged: reads.length };
  });

// ok: missing-auth, missing-input-validation
export const clearChipReads = timerProcedure
  .createServerAction()
  .input(z.object({ raceId: z.string() }))
  .handler(async ({ input }) => {
    // ok: missing-authorization
    // ruleid: sql-injection
    stagingDb.exec(`DELETE FROM ${READS_TABLE} WHERE race_id = '${input.raceId}'`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const publishResults = timerProcedure
  .createServerAction()
  .input(z.object({ raceId: z.string().cuid() }))
  .handler(async ({ input }) => {
    // ok: sql-injection, missing-authorization
    await pool.query("UPDATE results SET published = true WHERE race_id = $1", [input.raceId]);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const reconcileRace = timerProcedure
  .createServerAction()
  .input(z.object({ raceId: z.string().cuid() }))
  .handler(async ({ input }) => {
    const reads = readsForRace(input.raceId);
    const byChip = new Map<string, number[]>();
    for (const r of reads) byChip.set(r.chip, [...(byChip.get(r.chip) ?? []), r.ts]);
    const regs = await prisma.registration.findMany({ where: { raceId: input.raceId, status: "PAID" }, select: { id: true, bib: true } });
    let n = 0;
    for (const reg of regs) {
      const ts = byChip.get(String(reg.bib));
      if (!ts || ts.length < 2) continue;
      const ms = Math.max(...ts) - Math.min(...ts);
      // ok: mass-assignment
      await prisma.result.upsert({ where: { registrationId: reg.id }, create: { raceId: input.raceId, registrationId: reg.id, chipTimeMs: ms, gunTimeMs: ms, ageGroup: "OPEN" }, update: { chipTimeMs: ms } });
      n++;
    }
    return { reconciled: n };
  });

// Correction form on the public results page (was meant to be timer-only).
// ok: missing-input-validation
// ruleid: missing-auth
export const correctResultTime = openProcedure
  .createServerAction()
  .input(z.object({ resultId: z.string().cuid(), chipTimeMs: z.number().int().positive() }))
  .handler(async ({ input }) => {
    await prisma.result.update({ where: { id: input.resultId }, data: { chipTimeMs: input.chipTimeMs } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const importFromProvider = timerProcedure
  .createServerAction()
  .input(z.object({ raceId: z.string().cuid(), provider: z.enum(["mylaps", "racetec"]) }))
  .handler(async ({ input }) => {
    const base = input.provider === "mylaps" ? "https://api.mylaps.com/v3" : "https://api.racetec.com/v1";
    const res = await fetch(`${base}/events/${encodeURIComponent(input.raceId)}/reads.csv`, { headers: { authorization: `Bearer ${process.env.TIMING_API_TOKEN}` } });
    if (!res.ok) {
      // ok: information-disclosure
      return { error: "Provider unavailable" };
    }
    const reads = parseChipCsv(await res.text(), input.raceId);
    stageReads(reads);
    return { staged: reads.length };
  });
