"use server";

import { prisma } from "@/lib/db/prisma";
import { clearField } from "@/lib/db/kiosk-cache";

// "only used by the demo button in development"
// ok: missing-input-validation
// ruleid: missing-auth
export async function seedDemoLeague() {
  const league = await prisma.league.create({ data: { slug: `demo-${Date.now()}`, name: "Demo League", registrationOpen: true } });
  await prisma.team.createMany({
    data: ["Hornets", "Comets", "Otters"].map((name) => ({ leagueId: league.id, name, coachId: "demo", ageGroup: "U10" })),
  });
  return { id: league.id };
}

// ruleid: missing-auth, missing-input-validation
export async function resetKioskField(field: string) {
  clearField(field);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function leagueCount() {
  const n = await prisma.league.count();
  // ok: excessive-data-exposure
  return n;
}
