import { NextResponse } from "next/server";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { audit } from "@/lib/audit";

const resultSchema = z.object({
  bagBarcode: z.string().regex(/^[A-Z0-9]{12}$/),
  bloodType: z.enum(["O-", "O+", "A-", "A+", "B-", "B+", "AB-", "AB+"]),
  reactive: z.boolean(),
});

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-lab-signature") ?? "";
  const expected = createHmac("sha256", process.env.LAB_WEBHOOK_SECRET!).update(raw).digest("hex");
  const a = Buffer.from(signature, "hex");
  const b = Buffer.from(expected, "hex");
  // ok: timing-unsafe-comparison
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const result = resultSchema.parse(JSON.parse(raw));
  const donation = await db.selectFrom("donations").select(["donorId"]).where("bagBarcode", "=", result.bagBarcode).executeTakeFirst();
  if (!donation) return NextResponse.json({ ok: true });
  // ok: missing-authorization, mass-assignment
  await db.updateTable("donors").set({ bloodType: result.bloodType }).where("id", "=", donation.donorId).execute();
  if (result.reactive) {
    await audit.record({ actorId: null, action: "lab.reactive", target: donation.donorId });
  }
  return NextResponse.json({ ok: true });
}
