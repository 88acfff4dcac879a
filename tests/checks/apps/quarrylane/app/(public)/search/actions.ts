"use server";

import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { searchMachinesRaw } from "@/lib/dal/reports";
import { kdb } from "@/lib/db/kysely";

const Search = v.object({ category: v.picklist(["excavator", "telehandler", "roller", "generator", "scissor_lift", "dumper"]), limit: v.optional(v.number(), 20) });

// ok: missing-auth, missing-input-validation
export async function searchAvailability(raw: unknown) {
  const { category, limit } = v.parse(Search, raw);
  const rows = await searchMachinesRaw(category, limit);
  // ok: excessive-data-exposure
  return rows.map((r: any) => ({ id: r.id, model: r.model, dailyRate: r.daily_rate }));
}

// ok: missing-input-validation
// ok: missing-auth -- (todook until pass 28: a read by an action of the (public) route group)
export async function publicMachineCard(machineId: string) {
  if (typeof machineId !== "string") return null;
  const m = await prisma.machine.findUnique({ where: { id: machineId } });
  // why: the public card returns the whole Machine row (serialNumber, internalNotes, telematicsDeviceId).
  // ruleid: excessive-data-exposure
  return m;
}

// ok: missing-auth, missing-input-validation
export async function depotOpeningHours(depotId: string) {
  const id = v.parse(v.string(), depotId);
  const rows = await kdb.selectFrom("depot_hours").select(["weekday", "opens", "closes"]).where("depot_id", "=", id).execute();
  // ok: excessive-data-exposure
  return rows;
}
