import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { verifyParksSignatureV2 } from "@/lib/webhooks/verify";

/** City parks office pushes water-supply outages per garden. */
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  if (!verifyParksSignatureV2(raw, req.headers.get("x-parks-signature"))) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const event = JSON.parse(raw) as { gardenSlug?: unknown; outage?: unknown };
  if (typeof event.gardenSlug !== "string" || typeof event.outage !== "boolean") return NextResponse.json({ error: "bad payload" }, { status: 400 });
  // ok: missing-authorization
  await prisma.plot.updateMany({ where: { garden: { slug: event.gardenSlug } }, data: { status: event.outage ? "fallow" : "active" } });
  return NextResponse.json({ ok: true });
}
