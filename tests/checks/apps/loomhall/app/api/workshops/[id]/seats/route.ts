import { NextResponse } from "next/server";
import { auth, currentUser } from "@clerk/nextjs/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { sendMail } from "@/lib/mail";

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function POST(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Sign in first" }, { status: 401 });
  const workshopId = z.string().cuid().parse((await params).id);
  const workshop = await prisma.workshop.findFirst({ where: { id: workshopId, published: true }, select: { id: true, title: true } });
  if (!workshop) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: mass-assignment
  const seat = await prisma.seatReservation.create({ data: { workshopId: workshop.id, customerId: userId }, select: { id: true } });
  const user = await currentUser();
  const email = user?.primaryEmailAddress?.emailAddress;
  if (email) await sendMail(email, `Seat held: ${workshop.title}`, "<p>Complete payment within 30 minutes to keep your seat.</p>");
  return NextResponse.json({ id: seat.id }, { status: 201 });
}
