import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { hmacHex, secureCompare } from "@/lib/crypto";

// ok: missing-auth
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-request-signature-sha-256") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(hmacHex(process.env.DWOLLA_WEBHOOK_SECRET!, raw), signature)) return new NextResponse("bad signature", { status: 401 });
  const event = JSON.parse(raw) as { topic: string; _links: { resource: { href: string } } };
  if (typeof event.topic !== "string") return new NextResponse("bad payload", { status: 400 });
  if (event.topic === "transfer_completed") await prisma.payment.updateMany({ where: { externalId: event._links.resource.href }, data: { status: "paid" } });
  return NextResponse.json({ ok: true });
}
