import { NextResponse } from "next/server";
import QRCode from "qrcode";
import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";

// Kiosk printers sign in through Clerk (machine accounts).
// ok: missing-auth
// todoruleid: missing-input-validation
export async function GET(req: Request) {
  const { userId } = await auth.protect();
  const bookingId = new URL(req.url).searchParams.get("booking") ?? "";
  // ok: missing-authorization
  const b = await prisma.booking.findFirst({ where: { id: bookingId, userId }, select: { qrToken: true } });
  if (!b) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const png = await QRCode.toBuffer(b.qrToken);
  return new NextResponse(png, { headers: { "content-type": "image/png" } });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function POST(req: Request) {
  const { userId } = await auth();
  const { bookingId } = z.object({ bookingId: z.string() }).parse(await req.json());
  await prisma.booking.updateMany({ where: { id: bookingId, userId: userId ?? undefined }, data: { status: "printed" } });
  return NextResponse.json({ ok: true });
}
