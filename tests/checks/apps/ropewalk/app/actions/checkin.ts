"use server";

import { z } from "zod";
import { ZSAError } from "zsa";
import dbConnect from "@/lib/db";
import CheckIn from "@/models/CheckIn";
import Membership from "@/models/Membership";
import Waiver from "@/models/Waiver";
import User from "@/models/User";
import { staffProcedure } from "@/lib/procedures";
import { requireUser } from "@/lib/session";
import { objectId } from "@/lib/validation";
import { sha256 } from "@/lib/secure-compare";
import { rateLimit } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const deskCheckIn = staffProcedure
  .createServerAction()
  .input(z.object({ memberId: objectId }))
  .handler(async ({ input, ctx }) => {
    await dbConnect();
    const [membership, waiver] = await Promise.all([
      Membership.exists({ userId: input.memberId, gymId: ctx.gymId, status: "active" }),
      Waiver.exists({ userId: input.memberId, gymId: ctx.gymId }),
    ]);
    if (!membership) throw new ZSAError("PRECONDITION_FAILED", "No active membership at this gym.");
    if (!waiver) throw new ZSAError("PRECONDITION_FAILED", "Waiver missing.");
    await CheckIn.create({ userId: input.memberId, gymId: ctx.gymId, method: "desk" }); // ok: mass-assignment -- fixed in pass 42 (H): staff action names the member it checks in
    return { ok: true };
  });

// Member taps "check in" on their phone while standing at the QR code.
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function selfCheckIn(gymId: string, qrToken: string) {
  const me = await requireUser();
  const input = z.object({ gymId: objectId, qrToken: z.string().min(16).max(128) }).parse({ gymId, qrToken });
  await rateLimit("pin", `self:${me.id}`);
  await dbConnect();
  const user = await User.findById(me.id).select("qrToken");
  // ruleid: timing-unsafe-comparison
  if (!user?.qrToken || user.qrToken !== sha256(input.qrToken)) return { error: "Code not recognised." };
  await CheckIn.create({ userId: me.id, gymId: input.gymId, method: "qr" });
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit
export async function getMyCheckIns() {
  const me = await requireUser();
  await dbConnect();
  const rows = await CheckIn.find({ userId: me.id }).sort({ at: -1 }).limit(50).lean();
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const recentCheckIns = staffProcedure
  .createServerAction()
  .handler(async ({ ctx }) => {
    await dbConnect();
    const rows = await CheckIn.find({ gymId: ctx.gymId }).sort({ at: -1 }).limit(100).select("userId at method").populate("userId", "name").lean();
    // ok: excessive-data-exposure
    return rows.map((r) => ({ at: r.at, method: r.method, member: r.userId }));
  });
