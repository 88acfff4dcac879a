import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { hmacHex, secureCompare } from "@/lib/crypto";

const payload = z.object({ ein: z.string().regex(/^\d{9}$/), status: z.enum(["active", "revoked", "suspended"]) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-registry-signature") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(signature, hmacHex(process.env.REGISTRY_WEBHOOK_SECRET!, raw))) {
    return NextResponse.json({ error: "invalid signature" }, { status: 401 });
  }
  const evt = payload.parse(JSON.parse(raw));
  await prisma.organization.updateMany({ where: { ein: evt.ein }, data: { vettingStatus: evt.status === "active" ? "verified" : "flagged" } });
  // ok: information-disclosure
  return NextResponse.json({ ok: true });
}
