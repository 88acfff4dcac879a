import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { connectMongo } from "@/lib/db/mongo";
import { Wristband } from "@/models/Wristband";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth
// todoruleid: missing-input-validation -- a route param into an ORM filter: exempt by the pass-21 policy, kept as a known gap (cause 7)
export async function GET(_req: Request, { params }: Ctx) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Sign in" }, { status: 401 });
  const { id } = await params;
  await connectMongo();
  // ruleid: missing-authorization
  const band = await Wristband.findById(id).select("balanceCents frozen").lean<{ balanceCents: number; frozen: boolean }>();
  // ok: excessive-data-exposure
  return NextResponse.json({ balanceCents: band?.balanceCents ?? 0, frozen: band?.frozen ?? false });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Sign in" }, { status: 401 });
  const { id } = await params;
  const body = await req.json();
  await connectMongo();
  // ruleid: mass-assignment
  await Wristband.updateOne({ _id: id, holderUserId: userId }, { $set: body });
  return NextResponse.json({ ok: true });
}
