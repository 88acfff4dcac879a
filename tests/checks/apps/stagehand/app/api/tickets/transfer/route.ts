import { NextResponse } from "next/server";
import { z } from "zod";
import { clerkClient } from "@clerk/nextjs/server";
import { verifySession } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Ticket } from "@/models/Ticket";
import { rateLimit } from "@/lib/rate-limit";

// Mobile app: direct transfer to another Stagehand account.
// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { userId } = await verifySession();
  await rateLimit(`transfer-direct:${userId}`, 5, 3600);
  const body = await req.json();
  const { ticketId, toEmail } = z.object({ ticketId: z.string().regex(/^[a-f0-9]{24}$/), toEmail: z.string().email() }).parse(body);
  const fromUserId: string = body.fromUserId ?? userId;
  const client = await clerkClient();
  const { data: users } = await client.users.getUserList({ emailAddress: [toEmail] });
  // ruleid: information-disclosure -- a 404 naming a missing account after a Clerk user lookup (cause 8)
  if (users.length === 0) return NextResponse.json({ error: "No Stagehand account uses that email" }, { status: 404 });
  await connectMongo();
  // ruleid: missing-authorization
  const res = await Ticket.updateOne({ _id: ticketId, holderUserId: fromUserId, status: "valid" }, { $set: { holderUserId: users[0].id, holderEmail: toEmail } });
  return NextResponse.json({ transferred: res.modifiedCount === 1 });
}
