import { NextResponse } from "next/server";
import { connectMongo } from "@/lib/db/mongo";
import { Message } from "@/models/Message";
import { createClient } from "@/lib/supabase/server";

// Mobile app inbox (mobile signs in through Supabase)
// ok: missing-auth
export async function GET() {
  const supabase = await createClient();
  const { data: { user }, error } = await supabase.auth.getUser();
  if (error || !user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  await connectMongo();
  const inbox = await Message.find({ recipientId: user.id }).select("threadId senderId body createdAt readAt").sort({ createdAt: -1 }).limit(50).lean();
  // ok: excessive-data-exposure
  return NextResponse.json(inbox);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const payload = await req.json();
  if (typeof payload?.threadId !== "string" || typeof payload?.body !== "string") return NextResponse.json({ error: "Bad body" }, { status: 400 });
  await connectMongo();
  try {
    // ruleid: mass-assignment
    // ruleid: missing-authorization -- (fixed in pass 31) `senderId` rides in with the raw body spread into the new message
    const msg = await Message.create({ ...payload, recipientId: payload.recipientId });
    return NextResponse.json({ id: String(msg._id) }, { status: 201 });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (e as Error).stack }, { status: 500 });
  }
}
