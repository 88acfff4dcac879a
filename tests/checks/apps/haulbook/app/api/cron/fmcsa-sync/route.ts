import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/postgres";

// ok: missing-input-validation
export async function GET(req: Request) {
  const secret = new URL(req.url).searchParams.get("secret");
  // ruleid: timing-unsafe-comparison
  if (secret != process.env.CRON_SECRET) return NextResponse.json({ error: "nope" }, { status: 401 });
  const carriers = await prisma.carrier.findMany({ select: { id: true, dotNumber: true }, take: 200 });
  for (const c of carriers) {
    const res = await fetch(`https://mobile.fmcsa.dot.gov/qc/services/carriers/${c.dotNumber}?webKey=${process.env.FMCSA_KEY}`);
    const j = (await res.json()) as { content?: { carrier?: { safetyRating?: string } } };
    const score = j.content?.carrier?.safetyRating === "S" ? 90 : 60;
    // ok: sql-injection
    await sql`UPDATE "Carrier" SET "safetyScore" = ${score} WHERE id = ${c.id}`;
  }
  return NextResponse.json({ synced: carriers.length });
}
