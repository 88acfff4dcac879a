import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { hmacHex, secureCompare } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const sig = req.headers.get("x-checkr-signature") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(sig, hmacHex(process.env.CHECKR_SECRET!, raw))) return NextResponse.json({ error: "invalid" }, { status: 401 });
  const evt = JSON.parse(raw) as { type: string; data: { object: { id: string; status: string } } };
  if (typeof evt?.data?.object?.id !== "string") return NextResponse.json({ error: "bad payload" }, { status: 400 });
  await prisma.applicant.updateMany({ where: { backgroundCheckId: evt.data.object.id }, data: { backgroundStatus: evt.data.object.status } });
  return NextResponse.json({ ok: true });
}

// Ops debugging endpoint, left in.
// ruleid: missing-auth
// todoruleid: missing-input-validation -- route and search parameters into an ORM call are exempt (policy kept in pass 21: the literal reading found 17 labelled rows and flagged 51 ok or unlabelled ones across eight blind apps)
export async function GET(req: Request) {
  const id = new URL(req.url).searchParams.get("applicant") ?? "";
  const a = await prisma.applicant.findFirst({ where: { backgroundCheckId: id } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(a);
}
