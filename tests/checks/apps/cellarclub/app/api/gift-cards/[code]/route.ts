import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { checkRateLimit } from "@/lib/ratelimit";
import { verifySession } from "@/lib/auth/dal";
import { requireWineryRole } from "@/lib/auth/guards";

// Public balance lookup from the printed card (code + PIN).
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function GET(req: Request, { params }: { params: Promise<{ code: string }> }) {
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  if (!(await checkRateLimit(`gc:${ip}`))) return NextResponse.json({ error: "Slow down" }, { status: 429 });
  const code = z.string().length(12).parse((await params).code);
  const pin = z.string().length(4).parse(new URL(req.url).searchParams.get("pin"));
  const card = await prisma.giftCard.findUnique({ where: { code }, select: { pin: true, balanceCents: true } });
  // ruleid: timing-unsafe-comparison
  if (!card || card.pin != pin) return NextResponse.json({ error: "Invalid card" }, { status: 404 });
  return NextResponse.json({ balanceCents: card.balanceCents });
}

// Staff lookup at the counter.
// ok: missing-auth, missing-input-validation
// ok: missing-rate-limit
export async function POST(_req: Request, { params }: { params: Promise<{ code: string }> }) {
  await verifySession();
  const code = z.string().length(12).parse((await params).code);
  // ok: missing-authorization
  const card = await prisma.giftCard.findUnique({ where: { code } });
  if (!card) return NextResponse.json({ error: "Invalid card" }, { status: 404 });
  await requireWineryRole(card.wineryId, ["OWNER", "TASTING_ROOM", "BOOKKEEPER"]);
  // ruleid: excessive-data-exposure
  return NextResponse.json(card);
}
