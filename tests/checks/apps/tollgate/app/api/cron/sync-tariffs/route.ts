import { NextResponse } from "next/server";
import { db, tariffs } from "@/lib/db";

type TariffRow = { hsCode: string; description: string; dutyRate: string; chapter: number };

// Pulls the tariff schedule from the customs authority. Anyone can trigger it.
// ok: missing-input-validation
// ruleid: missing-auth
export async function POST() {
  const res = await fetch("https://customs.example.gov/api/tariffs.json", { cache: "no-store" });
  const rows = (await res.json()) as TariffRow[];
  for (const r of rows) {
    await db.insert(tariffs).values(r).onConflictDoUpdate({ target: tariffs.hsCode, set: { description: r.description, dutyRate: r.dutyRate } });
  }
  return NextResponse.json({ synced: rows.length });
}
