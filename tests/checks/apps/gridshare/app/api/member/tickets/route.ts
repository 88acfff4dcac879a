import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/auth";
import { connectMongo } from "@/lib/db/mongo";
import { Ticket } from "@/lib/db/models/Ticket";
import { getActiveCoop } from "@/lib/coop/active-coop";

const ticketSchema = z.object({ subject: z.string().min(3).max(200), body: z.string().min(10).max(5000) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { user, coopId } = await getActiveCoop();
  const data = ticketSchema.parse(await req.json());
  await connectMongo();
  // ok: mass-assignment
  const t = await Ticket.create({ ...data, memberId: user.id, coopId });
  return NextResponse.json({ id: String(t._id) }, { status: 201 });
}

// ok: missing-auth, missing-input-validation
export async function GET() {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json([], { status: 401 });
  await connectMongo();
  // ok: missing-authorization
  const tickets = await Ticket.find({ memberId: session.user.id }).select("subject status createdAt").lean();
  // ok: excessive-data-exposure
  return NextResponse.json(tickets);
}
