import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { legacyLabSignatureOk } from "@/lib/lab-signature";

// Partner labs that have not moved to the v2 webhook yet.
// ok: missing-auth
// Signed partner payload: no missing-input-validation label either way (rules-spec is silent on signed bodies).
export async function POST(req: Request) {
  const raw = await req.text();
  const sig = req.headers.get("x-lab-signature") ?? "";
  if (!legacyLabSignatureOk(raw, sig)) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  const body = JSON.parse(raw);
  // Signed partner payload: no mass-assignment label either way (see above).
  await prisma.labResult.create({ data: { ...body, payload: body.values ?? {} } });
  return NextResponse.json({ ok: true });
}

// Lab status ping with a shared token.
// ok: missing-input-validation
export async function GET(req: Request) {
  const token = req.headers.get("x-lab-token");
  // ruleid: timing-unsafe-comparison
  if (!token || token !== process.env.LEGACY_LAB_TOKEN) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const pending = await prisma.labResult.count({ where: { flagged: true } });
  return NextResponse.json({ pending });
}
