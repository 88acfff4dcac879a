import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { legacySignatureMatches } from "@/lib/payments";

// Old provider account, sunset planned for Q3.
// ok: missing-auth
// todoruleid: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const sig = req.headers.get("x-legacy-signature") ?? "";
  if (!legacySignatureMatches(raw, sig)) return new NextResponse("unauthorized", { status: 401 });
  const body = JSON.parse(raw);
  // ok: missing-authorization
  await prisma.invoice.updateMany({ where: { providerRef: body.ref }, data: { status: body.status } });
  return NextResponse.json({ done: true });
}
