import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { pool } from "@/lib/db/drizzle";
import { prisma } from "@/lib/db/prisma";
import { authenticateApiKey } from "@/lib/api-keys";

// ok: missing-auth
export async function GET(req: NextRequest) {
  const key = await authenticateApiKey(req, "leases:read");
  if (!key) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  // ok: sql-injection
  const { rows } = await pool.query("SELECT * FROM renters WHERE agency_id = $1 LIMIT 500", [key.agencyId]);
  // ruleid: excessive-data-exposure
  return NextResponse.json({ data: rows });
}

const renterSchema = z.object({
  email: z.string().email(),
  fullName: z.string().min(1),
  phone: z.string().optional(),
  credits: z.number().int().optional(),
});

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const key = await authenticateApiKey(req, "leases:write");
  if (!key) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const parsed = renterSchema.parse(await req.json());
  const renter = await prisma.renter.create({
    data: {
      // ruleid: mass-assignment
      ...parsed,
      agencyId: key.agencyId,
      referralCode: crypto.randomUUID().slice(0, 8),
    },
    select: { id: true },
  });
  return NextResponse.json(renter, { status: 201 });
}
