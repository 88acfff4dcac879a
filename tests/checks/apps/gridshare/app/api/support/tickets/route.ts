import { NextResponse } from "next/server";
import { connectMongo } from "@/lib/db/mongo";
import { Ticket } from "@/lib/db/models/Ticket";
import { requireSupportAgent } from "@/lib/auth/support-session";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const agent = await requireSupportAgent();
  const status = new URL(req.url).searchParams.get("status") === "closed" ? "closed" : "open";
  await connectMongo();
  const tickets = await Ticket.find({ status, assignee: { $in: [agent.agentId, null] } })
    .select("subject status memberId coopId createdAt")
    .sort({ createdAt: -1 })
    .limit(100)
    .lean();
  // ok: excessive-data-exposure
  return NextResponse.json(tickets);
}
