import { NextResponse } from "next/server";
import { z } from "zod";
import { constants as gc } from "gocardless-nodejs";
import gocardless from "gocardless-nodejs";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

const gcClient = gocardless(process.env.GOCARDLESS_TOKEN!, gc.Environments.Live);

// ok: missing-auth
export async function GET() {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const donor = await prisma.donor.findUnique({ where: { userId: session.user.id }, select: { id: true } });
  if (!donor) return NextResponse.json({ data: [] });
  const gifts = await prisma.recurringGift.findMany({
    where: { donorId: donor.id },
    select: { id: true, amountPence: true, interval: true, status: true, nextChargeAt: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: gifts });
}

const NewMandate = z.object({ amountPence: z.number().int().min(200).max(100_000), interval: z.enum(["monthly", "yearly"]), redirectFlowId: z.string().startsWith("RE") });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const input = NewMandate.parse(await req.json());
  const donor = await prisma.donor.findUnique({ where: { userId: session.user.id }, select: { id: true, charityId: true } });
  if (!donor) return NextResponse.json({ error: "no_donor_profile" }, { status: 409 });
  try {
    const flow = await gcClient.redirectFlows.complete(input.redirectFlowId, { session_token: session.user.id });
    const gift = await prisma.recurringGift.create({
      // ok: mass-assignment
      data: { charityId: donor.charityId, donorId: donor.id, amountPence: input.amountPence, interval: input.interval, mandateId: flow.links?.mandate, status: "active", nextChargeAt: new Date() },
      select: { id: true },
    });
    // ok: excessive-data-exposure
    return NextResponse.json(gift, { status: 201 });
  } catch (err) {
    console.error(err);
    // ok: information-disclosure
    return NextResponse.json({ error: "We couldn't set up your Direct Debit. Please try again." }, { status: 502 });
  }
}
