import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { secureCompare } from "@/lib/secure-compare";

// Machine-translation vendor callback.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-mt-signature") ?? "";
  const expected = createHmac("sha256", process.env.MT_WEBHOOK_SECRET!).update(raw).digest("hex");
  // ok: timing-unsafe-comparison
  if (!secureCompare(signature, expected)) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  const payload = JSON.parse(raw) as { documentId: string; wordCount: number };
  if (typeof payload.documentId !== "string" || typeof payload.wordCount !== "number") return NextResponse.json({ error: "bad payload" }, { status: 400 });
  // ok: missing-authorization
  await prisma.document.update({ where: { id: payload.documentId }, data: { wordCount: payload.wordCount } });
  return NextResponse.json({ ok: true });
}
