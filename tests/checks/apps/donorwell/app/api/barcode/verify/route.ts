import { NextResponse } from "next/server";
import { z } from "zod";
import { verifyBarcode, signBarcode } from "@/lib/crypto";
import { requireCentreStaff } from "@/lib/dal";
import { db } from "@/lib/db/kysely";

const bodySchema = z.object({ donationId: z.string().uuid(), code: z.string().length(16) });

// ok: missing-auth, missing-input-validation, missing-rate-limit -- fixed in pass 40 (pass 38, K): a 16-character HMAC barcode label checked against the server's own MAC is nothing to guess
export async function POST(req: Request) {
  const staff = await requireCentreStaff();
  const { donationId, code } = bodySchema.parse(await req.json());
  // ok: timing-unsafe-comparison
  if (!verifyBarcode(donationId, code)) return NextResponse.json({ valid: false });
  // ok: missing-authorization
  const row = await db.selectFrom("donations").select(["id", "volumeMl", "collectedAt"]).where("id", "=", donationId).where("centreId", "=", staff.centreId).executeTakeFirst();
  return NextResponse.json({ valid: !!row, donation: row ?? null });
}

// ok: missing-auth, missing-input-validation
export async function PUT(req: Request) {
  const staff = await requireCentreStaff(["nurse", "phlebotomist"]);
  const { donationId, code } = bodySchema.parse(await req.json());
  const expectedHash = signBarcode(donationId);
  // ruleid: timing-unsafe-comparison
  const valid = code === expectedHash;
  // ok: missing-authorization
  const owned = await db.selectFrom("donations").select("id").where("id", "=", donationId).where("centreId", "=", staff.centreId).executeTakeFirst();
  return NextResponse.json({ valid: valid && !!owned });
}
