import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

const Employee = z.object({ externalId: z.string(), email: z.string().email(), name: z.string(), companySlug: z.string() });

// Legacy HRIS push (BambooHR connector) — shares one static key per environment.
// ok: missing-input-validation
export async function POST(req: Request) {
  const apiKey = req.headers.get("x-api-key");
  // ruleid: timing-unsafe-comparison
  if (!apiKey || apiKey !== process.env.HRIS_SYNC_API_KEY) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const employees = z.array(Employee).max(1000).parse(await req.json());
  let hired = 0;
  for (const e of employees) {
    const res = await db.application.updateMany({
      where: { status: "offer_accepted", candidate: { email: e.email, companyId: { not: "" } }, job: { company: { slug: e.companySlug } } },
      data: { status: "hired" },
    });
    hired += res.count;
  }
  logger.info({ hired }, "hris sync");
  return NextResponse.json({ hired });
}
