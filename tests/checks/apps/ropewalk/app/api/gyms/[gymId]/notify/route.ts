import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import dbConnect from "@/lib/db";
import Membership from "@/models/Membership";
import User from "@/models/User";
import { requireStaff } from "@/lib/session";
import { objectId } from "@/lib/validation";
import { sendMail } from "@/lib/mail";
import { auditLog } from "@/lib/audit";

const body = z.object({ subject: z.string().min(3).max(120), text: z.string().min(3).max(5000) });

// Closure / route-reset announcements to every active member of a gym.
// ruleid: missing-rate-limit
export async function POST(req: NextRequest, { params }: { params: Promise<{ gymId: string }> }) {
  const gymId = objectId.parse((await params).gymId);
  const { user } = await requireStaff(gymId, "gym_manager");
  const msg = body.parse(await req.json());
  await dbConnect();
  const members = await Membership.find({ gymId, status: "active" }).select("userId").lean();
  const users = await User.find({ _id: { $in: members.map((m) => m.userId) } }).select("email").lean();
  for (const u of users) await sendMail({ to: u.email, subject: msg.subject, text: msg.text });
  await auditLog({ action: "gym.announcement", actorId: user.id, gymId, meta: { count: users.length } });
  return NextResponse.json({ sent: users.length });
}
