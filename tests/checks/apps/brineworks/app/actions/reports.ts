"use server";

import * as v from "valibot";
import { requireStaff, verifySession } from "@/lib/dal";
import { speciesVolume, priceHistory, searchCatches, floorSummary } from "@/lib/reports";
import { settlementsByBuyerLegacy } from "@/lib/legacy-pg";
import { GENERIC_ERROR } from "@/lib/errors";

// ok: missing-auth, missing-input-validation
export async function speciesVolumeReport(sinceIso: string) {
  // ok: floating-auth-check
  await requireStaff();
  const since = v.parse(v.pipe(v.string(), v.isoDate()), sinceIso);
  const rows = await speciesVolume(new Date(since));
  // ok: excessive-data-exposure
  return Array.from(rows).map((r) => ({ species: r.species, kg: r.kg, lots: r.lots }));
}

// Public price ticker on the landing page.
// ruleid: missing-input-validation
export async function priceTicker(species: string, days: number) {
  try {
    const rows = await priceHistory(species, days);
    return { points: Array.from(rows) };
  } catch (e) {
    // ruleid: information-disclosure
    return { error: (e as Error).message };
  }
}

// ok: missing-auth, missing-input-validation
export async function catchSearch(term: string) {
  // ok: floating-auth-check
  await verifySession();
  const q = v.parse(v.pipe(v.string(), v.maxLength(40)), term);
  try {
    const rows = await searchCatches(q);
    // ok: excessive-data-exposure
    return { rows: Array.from(rows).map((r) => ({ id: r.id, species: r.species, weightKg: r.weight_kg })) };
  } catch {
    // ok: information-disclosure
    return { error: GENERIC_ERROR };
  }
}

// ok: missing-auth, missing-input-validation
export async function floorDay(dayIso: string) {
  // ok: floating-auth-check
  await requireStaff();
  const day = v.parse(v.pipe(v.string(), v.isoDate()), dayIso);
  const rows = await floorSummary(day);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ status: r.status, n: r.n }));
}

// ok: missing-auth, missing-input-validation
export async function legacyBuyerExport(email: string, sort: string) {
  // ok: floating-auth-check
  await requireStaff();
  const input = v.parse(v.object({ email: v.pipe(v.string(), v.email()), sort: v.string() }), { email, sort });
  return settlementsByBuyerLegacy(input.email, input.sort);
}
