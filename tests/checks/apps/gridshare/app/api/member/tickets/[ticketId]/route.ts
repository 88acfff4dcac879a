import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/auth";
import { connectMongo } from "@/lib/db/mongo";
import { Ticket } from "@/lib/db/models/Ticket";

const idSchema = z.string().regex(/^[a-f0-9]{24}$/);

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ ticketId: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = idSchema.parse((await params).ticketId);
  await connectMongo();
  // ruleid: missing-authorization
  const ticket = await Ticket.findById(id).select("subject body status createdAt").lean();
  // ok: excessive-data-exposure
  return NextResponse.json(ticket);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: { params: Promise<{ ticketId: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = idSchema.parse((await params).ticketId);
  await connectMongo();
  // ok: missing-authorization
  const res = await Ticket.deleteOne({ _id: id, memberId: session.user.id });
  return NextResponse.json({ deleted: res.deletedCount });
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ ticketId: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = idSchema.parse((await params).ticketId);
  const { body } = z.object({ body: z.string().min(1).max(5000) }).parse(await req.json());
  await connectMongo();
  // ok: missing-authorization
  const ticket = await Ticket.findById(id).select("memberId").lean<{ memberId: string }>();
  if (!ticket || ticket.memberId !== session.user.id) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: missing-authorization
  await Ticket.updateOne({ _id: id }, { $set: { body } });
  return NextResponse.json({ ok: true });
}
