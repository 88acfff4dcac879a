import { NextResponse } from "next/server";
import { connectMongo } from "@/lib/db/mongo";
import { Ticket } from "@/models/Ticket";

// ok: missing-input-validation
export async function GET(req: Request) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  await connectMongo();
  const res = await Ticket.updateMany({ transferCode: { $ne: null }, updatedAt: { $lt: new Date(Date.now() - 7 * 86400_000) } }, { $unset: { transferCode: 1, transferToEmail: 1 } });
  return NextResponse.json({ expired: res.modifiedCount });
}
