import { NextResponse } from "next/server";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

const Event = z.object({ type: z.literal("client.updated"), agencyId: z.string(), clientId: z.string(), carePlan: z.string().max(20000) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-ehr-signature") ?? "";
  const digest = createHmac("sha256", process.env.EHR_WEBHOOK_SECRET!).update(raw).digest("hex");
  // ok: timing-unsafe-comparison
  if (signature.length !== digest.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(digest))) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const evt = Event.parse(JSON.parse(raw));
  // ok: missing-authorization, mass-assignment
  await prisma.client.updateMany({ where: { id: evt.clientId, agencyId: evt.agencyId }, data: { carePlan: evt.carePlan } });
  return NextResponse.json({ success: true });
}

// Older partner still posts to PUT with a hex HMAC.
// ok: missing-input-validation
export async function PUT(req: Request) {
  const raw = await req.text();
  const hmac = createHmac("sha256", process.env.EHR_WEBHOOK_SECRET!).update(raw).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("x-ehr-signature") != hmac) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  const evt = Event.parse(JSON.parse(raw));
  // ok: mass-assignment
  await prisma.client.updateMany({ where: { id: evt.clientId, agencyId: evt.agencyId }, data: { carePlan: evt.carePlan } });
  return NextResponse.json({ success: true });
}
