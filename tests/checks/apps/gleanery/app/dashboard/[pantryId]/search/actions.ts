"use server";

import { z } from "zod";
import { getPantryMembership } from "@/lib/auth/guards";
import { appointmentsOrdered, clientsByHousehold, searchClients } from "@/lib/data/search";

const searchSchema = z.object({ column: z.string().max(30), term: z.string().max(60) });

// ok: missing-auth, missing-input-validation
export async function findClients(pantryId: string, input: unknown) {
  const res = await getPantryMembership(pantryId);
  if ("error" in res) return { error: res.error };
  const { column, term } = searchSchema.parse(input);
  const rows = await searchClients(pantryId, column, term);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, name: r.full_name }));
}

// ok: missing-auth, missing-input-validation
export async function largeHouseholds(pantryId: string, minSize: string) {
  const res = await getPantryMembership(pantryId);
  if ("error" in res) return { error: res.error };
  if (typeof minSize !== "string" || !/^\d{1,2}$/.test(minSize)) return { error: "Invalid size" };
  return { rows: await clientsByHousehold(pantryId, minSize) };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function appointmentList(pantryId: string, direction: string) {
  const res = await getPantryMembership(pantryId);
  if ("error" in res) return { error: res.error };
  const result = await appointmentsOrdered(pantryId, direction);
  return { rows: result.rows.map((r) => ({ id: String(r.id), slot: String(r.slot), status: String(r.status) })) };
}
