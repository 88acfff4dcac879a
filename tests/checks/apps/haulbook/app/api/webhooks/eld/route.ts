import { NextResponse } from "next/server";
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { hmacHex } from "@/lib/secure-compare";

const PingBatch = z.array(z.object({ deviceId: z.string(), loadId: z.string(), lat: z.number(), lng: z.number(), at: z.coerce.date() })).max(500);

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const given = Buffer.from(req.headers.get("x-eld-signature") ?? "", "hex");
  const want = Buffer.from(hmacHex(process.env.ELD_WEBHOOK_SECRET!, raw), "hex");
  // ok: timing-unsafe-comparison
  if (given.length !== want.length || !timingSafeEqual(given, want)) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const pings = PingBatch.parse(JSON.parse(raw));
  await prisma.ping.createMany({ data: pings });
  return NextResponse.json({ stored: pings.length });
}
