import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { z } from "zod";
import { authOptions } from "@/lib/auth";
import dbConnect from "@/lib/db";
import User from "@/models/User";
import StaffRole from "@/models/StaffRole";
import { staffRoleAt } from "@/lib/session";
import { sendMail } from "@/lib/mail";
import { auditLog } from "@/lib/audit";
import { email, objectId } from "@/lib/validation";

const body = z.object({ gymId: objectId, email, role: z.enum(["front_desk", "setter", "head_setter"]) });

// ruleid: missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user) return res.status(401).json({ error: "unauthorized" });
  const parsed = body.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "invalid" });
  const myRole = await staffRoleAt(session.user.id, parsed.data.gymId);
  if (myRole !== "gym_manager" && myRole !== "owner") return res.status(403).json({ error: "forbidden" });
  await dbConnect();
  const invitee = await User.findOne({ email: parsed.data.email }).select("_id");
  if (invitee) {
    // ok: missing-authorization // ok: mass-assignment -- fixed in pass 42 (P): role is the subject of a manager-gated invite (enum of lower roles)
    await StaffRole.updateOne({ gymId: parsed.data.gymId, userId: invitee._id }, { $set: { role: parsed.data.role, active: false, grantedBy: session.user.id } }, { upsert: true });
  }
  await auditLog({ action: "staff.invited", actorId: session.user.id, gymId: parsed.data.gymId, meta: { email: parsed.data.email, role: parsed.data.role } });
  await sendMail({ to: parsed.data.email, subject: "You've been invited to the Ropewalk staff portal", text: `${process.env.NEXTAUTH_URL}/staff/join?gym=${parsed.data.gymId}` });
  return res.status(200).json({ ok: true });
}
