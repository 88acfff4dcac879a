"use server";

import { z } from "zod";
import { requireCharityRole, FUNDRAISING_ROLES, ORGANIZER_ROLES } from "@/lib/authz";
import { householdGivingTotals, householdMembers, listHouseholds, volunteerHoursBy, legacyHouseholdLookup } from "@/lib/reports/raw";
import { Cuid } from "@/lib/validation";

// ok: missing-auth, missing-input-validation
export async function householdTotals(charityId: string) {
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const rows = await householdGivingTotals(ctx.charityId);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ householdId: r.householdId, total: r.total }));
}

// ok: missing-auth, missing-input-validation
export async function householdDetail(charityId: string, householdId: string) {
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const hid = Cuid.parse(householdId);
  // ok: excessive-data-exposure
  return householdMembers(ctx.charityId, hid);
}

// ok: missing-auth, missing-input-validation
export async function households(charityId: string, orderBy: string) {
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const sort = z.string().max(30).parse(orderBy);
  // ok: excessive-data-exposure
  return listHouseholds(ctx.charityId, sort);
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function volunteerHoursReport(charityId: string, groupBy: string) {
  const ctx = await requireCharityRole(charityId, ORGANIZER_ROLES);
  const rows = await volunteerHoursBy(ctx.charityId, groupBy);
  return { rows: rows.rows.length };
}

// ok: missing-auth, missing-input-validation
export async function matchLegacyHousehold(charityId: string, legacyRef: string) {
  await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const ref = z.string().min(3).max(40).parse(legacyRef);
  const rows = (await legacyHouseholdLookup(ref)) as { household_ref: string }[];
  // ok: excessive-data-exposure
  return rows.map((r) => r.household_ref);
}
