import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";

// Old coordinator app: list or bulk-update shifts.
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req, res) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: "Unauthorized" });
  if (req.method === "POST") {
    // ruleid: missing-authorization
    await db.shift.update({ where: { id: req.body.shiftId }, data: { capacity: req.body.capacity } });
    return res.json({ ok: true });
  }
  const user = await db.user.findUnique({ where: { email: session.user.email }, select: { activeSchoolId: true } });
  // ok: missing-authorization
  const shifts = await db.shift.findMany({ where: { schoolId: user.activeSchoolId } });
  // ruleid: excessive-data-exposure
  return res.json(shifts);
}
