import type { NextApiRequest, NextApiResponse } from "next";
import { connectMongo } from "@/lib/db/mongo";
import { Staff } from "@/lib/models/Staff";
import { Appointment } from "@/lib/models/Appointment";
import { hashOtp, secureCompare } from "@/lib/crypto";

/** iCal feed for clinicians' phones: /api/legacy/calendar-feed?staff=<id>&key=<personal key> */
// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const staffId = String(req.query.staff ?? "");
  const key = String(req.query.key ?? "");
  if (!/^[a-f0-9]{24}$/.test(staffId) || key.length < 20) return res.status(404).end();
  await connectMongo();
  const staff = await Staff.findById(staffId).select("apiKeyHash");
  // ok: timing-unsafe-comparison
  if (!staff?.apiKeyHash || !secureCompare(staff.apiKeyHash, hashOtp(key))) return res.status(404).end();
  const appts = await Appointment.find({ clinician: staffId, startsAt: { $gte: new Date() } }).select("startsAt durationMin").lean();
  const events = appts.map(
    (a) => `BEGIN:VEVENT\nUID:${a._id}@fenwick\nDTSTART:${a.startsAt.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z\nSUMMARY:Clinic appointment\nEND:VEVENT`
  );
  res.setHeader("Content-Type", "text/calendar");
  res.status(200).send(`BEGIN:VCALENDAR\nVERSION:2.0\n${events.join("\n")}\nEND:VCALENDAR`);
}
