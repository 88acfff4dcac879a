import { NextResponse } from "next/server";
import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { Message, Thread } from "@/lib/models/message";
import { requireUser } from "@/lib/auth/session";
import { getMembership } from "@/lib/auth/org";

type Ctx = { params: Promise<{ threadId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const user = await requireUser();
  const { threadId } = z.object({ threadId: z.string().regex(/^[a-f0-9]{24}$/) }).parse(await params);
  await connectMongo();
  const thread = await Thread.findById(threadId, { orgId: 1 }).lean<{ orgId: string }>();
  if (!thread) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const membership = await getMembership(thread.orgId, user.id);
  if (!membership) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  const messages = await Message.find({ threadId }).select("body senderId createdAt").lean();
  // ok: excessive-data-exposure
  return NextResponse.json(messages);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const user = await requireUser();
  const { threadId } = z.object({ threadId: z.string().regex(/^[a-f0-9]{24}$/) }).parse(await params);
  const { body } = z.object({ body: z.string().min(1).max(5000) }).parse(await req.json());
  await connectMongo();
  // ruleid: missing-authorization
  const thread = await Thread.findById(threadId, { orgId: 1 }).lean<{ orgId: string }>();
  if (!thread) return NextResponse.json({ error: "Not found" }, { status: 404 });
  await getMembership(thread.orgId, user.id);
  await Message.create({ threadId, orgId: thread.orgId, senderId: user.id, body });
  return NextResponse.json({ ok: true }, { status: 201 });
}
