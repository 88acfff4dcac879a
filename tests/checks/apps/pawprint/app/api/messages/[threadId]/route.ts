import { NextResponse } from "next/server";
import { auth } from "@/lib/auth";
import { connectMongo } from "@/lib/db/mongo";
import { Message } from "@/lib/models/message";
import { idSchema } from "@/lib/validation";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ threadId: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const parsed = idSchema.safeParse((await params).threadId);
  if (!parsed.success) return NextResponse.json({ error: "bad id" }, { status: 400 });
  await connectMongo();
  // ok: missing-authorization
  const rows = await Message.find(
    { threadId: parsed.data, $or: [{ senderId: session.user.id }, { recipientId: session.user.id }] },
    { body: 1, senderId: 1, createdAt: 1 },
  ).lean();
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: { params: Promise<{ threadId: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const parsed = idSchema.safeParse((await params).threadId);
  if (!parsed.success) return NextResponse.json({ error: "bad id" }, { status: 400 });
  await connectMongo();
  try {
    // ok: missing-authorization
    const res = await Message.deleteMany({ threadId: parsed.data, senderId: session.user.id });
    return NextResponse.json({ deleted: res.deletedCount });
  } catch (error) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "delete failed", cause: error }, { status: 500 });
  }
}
