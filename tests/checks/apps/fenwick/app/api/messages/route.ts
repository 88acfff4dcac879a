import { NextResponse } from "next/server";
import { getSession } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Message } from "@/lib/models/Message";

// Polled by the mobile app every 30s.
// ruleid: missing-auth
export async function GET() {
  // ok: floating-auth-check
  const session = await getSession();
  await connectMongo();
  const messages = await Message.find({ patient: session.userId, archived: false })
    .select("body fromPatient readAt createdAt")
    .sort({ createdAt: -1 })
    .limit(20)
    .lean();
  // ok: excessive-data-exposure
  return NextResponse.json(messages);
}
