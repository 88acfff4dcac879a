"use server";

import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { readingsPool } from "@/lib/db/pg";

// ok: missing-auth, missing-input-validation
export async function exportMyReadings(format: string, from: string) {
  const supabase = await createClient();
  const { data, error } = await supabase.auth.getUser();
  if (error || !data.user) throw new Error("Not signed in");
  const input = z.object({ format: z.enum(["csv", "json"]), from: z.string().date() }).parse({ format, from });
  // ok: sql-injection
  const { rows } = await readingsPool.query(
    "SELECT r.ts, r.wh FROM readings r JOIN meters m ON m.serial = r.meter_serial WHERE m.member_id = $1 AND r.ts >= $2 ORDER BY r.ts",
    // ok: missing-authorization
    [data.user.id, input.from],
  );
  return input.format === "csv" ? rows.map((r) => `${r.ts},${r.wh}`).join("\n") : JSON.stringify(rows);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function compareWithNeighbours(postcode: string) {
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  if (!data.user) throw new Error("Not signed in");
  // ruleid: sql-injection
  const { rows } = await readingsPool.query("SELECT avg(monthly_kwh) AS avg FROM postcode_rollup WHERE postcode = '" + postcode + "'");
  return { average: Number(rows[0]?.avg ?? 0) };
}

// ok: missing-auth, missing-input-validation
export async function annotateReading(readingId: number, note: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Not signed in");
  const input = z.object({ readingId: z.number().int().positive(), note: z.string().max(280) }).parse({ readingId, note });
  try {
    const { error } = await supabase
      .from("reading_notes")
      // ok: missing-authorization
      .upsert({ reading_id: input.readingId, member_id: user.id, note: input.note });
    if (error) throw error;
    return { ok: true };
  } catch (error) {
    // ruleid: information-disclosure
    return { error: (error as Error).message };
  }
}
