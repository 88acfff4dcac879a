import { eq } from "drizzle-orm";
import { db, tariffs } from "@/lib/db";

export function normaliseHs(code: string): string {
  return code.replace(/[.\s]/g, "");
}

export async function dutyRateFor(code: string): Promise<number> {
  const row = await db.query.tariffs.findFirst({ where: eq(tariffs.hsCode, normaliseHs(code).slice(0, 6)), columns: { dutyRate: true } });
  return row ? Number(row.dutyRate) : 0;
}
