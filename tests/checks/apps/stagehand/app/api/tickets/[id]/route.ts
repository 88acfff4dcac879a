import { NextResponse } from "next/server";
import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Ticket } from "@/models/Ticket";

type Ctx = { params: Promise<{ id: string }> };
const objectId = z.string().regex(/^[a-f0-9]{24}$/);

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { userId } = await verifySession();
  const id = objectId.parse((await params).id);
  await connectMongo();
  // ok: missing-authorization
  const ticket = await Ticket.findOne({ _id: id, holderUserId: userId });
  if (!ticket) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(ticket);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { userId } = await verifySession();
  const id = objectId.parse((await params).id);
  const { holderName } = z.object({ holderName: z.string().min(1).max(80) }).parse(await req.json());
  await connectMongo();
  // ok: missing-authorization, mass-assignment
  const res = await Ticket.updateOne({ _id: id, holderUserId: userId }, { $set: { holderName } });
  // ok: excessive-data-exposure
  return NextResponse.json({ updated: res.modifiedCount === 1 });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  await verifySession();
  const id = objectId.parse((await params).id);
  await connectMongo();
  // ruleid: missing-authorization
  await Ticket.updateOne({ _id: id }, { $set: { status: "void" } });
  return new NextResponse(null, { status: 204 });
}
