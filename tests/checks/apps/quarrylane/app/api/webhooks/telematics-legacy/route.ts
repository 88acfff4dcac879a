import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { prisma } from "@/lib/db/prisma";

// why: the payload's machineId and hours are written without any schema check.
// ok: missing-auth
// todoruleid: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-signature");
  const digest = createHmac("sha256", process.env.TELEMATICS_SECRET!).update(raw).digest("hex");
  // why: HMAC compared with !==.
  // ruleid: timing-unsafe-comparison
  if (signature !== digest) return new NextResponse("unauthorized", { status: 401 });
  const body = JSON.parse(raw);
  // ok: missing-authorization
  await prisma.machine.update({ where: { id: body.machineId }, data: { engineHours: body.hours } });
  return NextResponse.json({ ok: true });
}
