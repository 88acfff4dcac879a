import { NextResponse } from "next/server";
import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db/prisma";
import { getActiveOrg } from "@/lib/auth/dal";

/** Global search box in the dashboard header (customers + vessels). */
// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request) {
  const org = await getActiveOrg();
  const term = new URL(req.url).searchParams.get("q") ?? "";
  // ruleid: sql-injection
  const customers = await prisma.$queryRawUnsafe<{ id: string; name: string }[]>(`SELECT id, name FROM "BoatOwner" WHERE "orgId" = $1 AND name ILIKE '%${term}%' LIMIT 10`, org.orgId);
  // ok: sql-injection
  const vessels = await prisma.$queryRaw<{ id: string; name: string }[]>(Prisma.sql`SELECT id, name FROM "Vessel" WHERE "orgId" = ${org.orgId} AND name ILIKE ${"%" + term + "%"} LIMIT 10`);
  // ok: excessive-data-exposure
  return NextResponse.json({ customers, vessels });
}
