import { NextResponse } from "next/server";
import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { Ticket } from "@/lib/db/models/Ticket";
import { requireSupportAgent } from "@/lib/auth/support-session";

const idSchema = z.string().regex(/^[a-f0-9]{24}$/);

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ ticketId: string }> }) {
  await requireSupportAgent();
  const id = idSchema.parse((await params).ticketId);
  await connectMongo();
  // todook: missing-authorization
  const ticket = await Ticket.findById(id);
  // ruleid: excessive-data-exposure
  return NextResponse.json(ticket);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ ticketId: string }> }) {
  await requireSupportAgent();
  const id = idSchema.parse((await params).ticketId);
  const body = await req.json();
  await connectMongo();
  // ruleid: mass-assignment
  // todook: missing-authorization
  await Ticket.findByIdAndUpdate(id, body);
  return NextResponse.json({ ok: true });
}
