import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { hashToken, secureCompare } from "@/lib/secure-compare";
import { checkRateLimit } from "@/lib/ratelimit";

// Share a pet's vaccination record with a kennel/groomer: link token + 4-digit PIN.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!/^[A-Za-z0-9_-]{32,64}$/.test(token)) return NextResponse.json({ error: "Link expired" }, { status: 404 });
  await checkRateLimit(`share:${token}`, 5);
  const { pin } = (await req.json()) as { pin?: unknown };
  if (typeof pin !== "string" || !/^\d{4}$/.test(pin)) return NextResponse.json({ error: "PIN required" }, { status: 400 });
  // ok: timing-unsafe-comparison
  const link = await prisma.reminder.findFirst({ where: { body: hashToken(token), channel: "share" }, select: { petId: true, ownerId: true, dueAt: true } });
  if (!link || link.dueAt < new Date()) return NextResponse.json({ error: "Link expired" }, { status: 404 });
  const owner = await prisma.owner.findUnique({ where: { id: link.ownerId }, select: { resetTokenHash: true } });
  // ok: timing-unsafe-comparison
  if (!owner?.resetTokenHash || !secureCompare(owner.resetTokenHash, hashToken(pin))) return NextResponse.json({ error: "Wrong PIN" }, { status: 403 });
  const pet = await prisma.pet.findUnique({ where: { id: link.petId }, select: { name: true, species: true, appointments: { where: { reason: { contains: "vaccin" } }, select: { startsAt: true } } } });
  // ok: excessive-data-exposure
  return NextResponse.json(pet);
}

// Older clients send the PIN in the query string.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit -- (todoruleid until pass 37) a PIN compared with an env value
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!/^[A-Za-z0-9_-]{32,64}$/.test(token)) return NextResponse.json({ error: "Link expired" }, { status: 404 });
  const pin = new URL(req.url).searchParams.get("pin");
  const link = await prisma.reminder.findFirst({ where: { body: hashToken(token), channel: "share" }, select: { petId: true, sentAt: true } });
  if (!link || typeof pin !== "string") return NextResponse.json({ error: "Link expired" }, { status: 404 });
  const sharePin = process.env.LEGACY_SHARE_PIN;
  // ruleid: timing-unsafe-comparison
  if (pin !== sharePin) return NextResponse.json({ error: "Wrong PIN" }, { status: 403 });
  const pet = await prisma.pet.findUnique({ where: { id: link.petId }, select: { name: true, species: true } });
  return NextResponse.json(pet);
}
