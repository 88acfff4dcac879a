import { NextResponse } from "next/server";
import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { Message } from "@/models/Message";
import { requireOrg } from "@/lib/auth/clerk";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const ctx = await requireOrg();
  const threadId = z.string().min(1).parse(new URL(req.url).searchParams.get("thread"));
  await connectMongo();
  // ok: missing-authorization
  const msgs = await Message.find({ threadId, agencyId: ctx.agencyId }).select({ body: 1, senderId: 1, createdAt: 1 }).lean();
  // ok: excessive-data-exposure
  return NextResponse.json(msgs);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request) {
  const ctx = await requireOrg();
  const { id } = z.object({ id: z.string().length(24) }).parse(await req.json());
  await connectMongo();
  // ruleid: missing-authorization
  await Message.findByIdAndDelete(id);
  return NextResponse.json({ ok: true });
}
