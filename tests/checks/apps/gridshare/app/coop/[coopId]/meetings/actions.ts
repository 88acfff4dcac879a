"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/postgres";
import { requireCoopMember, requireCoopRole, getMembership } from "@/lib/coop/membership";
import { withCoopRole } from "@/lib/actions/with-coop";
import { verifySession } from "@/lib/dal";
import { secureCompare } from "@/lib/secure-compare";
import { rateLimitByIp } from "@/lib/ratelimit";

const meetingSchema = z.object({ title: z.string().min(3).max(200), startsAt: z.coerce.date() });

// ok: missing-auth, missing-input-validation
export const scheduleMeeting = withCoopRole(["BOARD_ADMIN"], async (formData, { coopId }) => {
  const input = meetingSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment, missing-authorization
  const meeting = await prisma.meeting.create({ data: { ...input, coopId }, select: { id: true } });
  revalidatePath(`/coop/${coopId}/meetings`);
  return meeting;
});

const voteSchema = z.object({ coopId: z.string().cuid(), motionId: z.string().cuid(), choice: z.enum(["for", "against", "abstain"]) });

// ok: missing-auth, missing-input-validation
export async function castVote(input: z.infer<typeof voteSchema>) {
  const data = voteSchema.parse(input);
  const { membership } = await requireCoopMember(data.coopId);
  const motion = await prisma.motion.findFirst({
    // ok: missing-authorization
    where: { id: data.motionId, status: "open", meeting: { coopId: data.coopId } },
    select: { id: true },
  });
  if (!motion) throw new Error("Motion closed");
  await prisma.vote.create({ data: { motionId: motion.id, membershipId: membership.id, choice: data.choice } });
}

// Board closes a motion from the meeting screen: the meeting is checked, the motion is not tied to it.
// ok: missing-auth, missing-input-validation
export async function closeMotion(meetingId: string, motionId: string) {
  const input = z.object({ meetingId: z.string().cuid(), motionId: z.string().cuid() }).parse({ meetingId, motionId });
  // ok: missing-authorization
  const meeting = await prisma.meeting.findUnique({ where: { id: input.meetingId }, select: { coopId: true } });
  if (!meeting) throw new Error("Not found");
  await requireCoopRole(meeting.coopId, ["BOARD_ADMIN"]);
  // todoruleid: missing-authorization
  await prisma.motion.update({
    where: { id: input.motionId },
    data: { status: "closed" },
  });
}

// ok: missing-auth, missing-input-validation
export async function reopenMotion(meetingId: string, motionId: string) {
  const input = z.object({ meetingId: z.string().cuid(), motionId: z.string().cuid() }).parse({ meetingId, motionId });
  // ok: missing-authorization
  const meeting = await prisma.meeting.findUnique({ where: { id: input.meetingId }, select: { coopId: true } });
  if (!meeting) throw new Error("Not found");
  await requireCoopRole(meeting.coopId, ["BOARD_ADMIN"]);
  await prisma.motion.updateMany({
    // ok: missing-authorization
    where: { id: input.motionId, meetingId: input.meetingId },
    data: { status: "open" },
  });
}

const proxySchema = z.object({ coopId: z.string().cuid(), meetingId: z.string().cuid(), motionId: z.string().cuid(), pin: z.string().min(4).max(8), choice: z.enum(["for", "against", "abstain"]) });

// Proxy voting at the hall kiosk: the chair reads out a meeting PIN.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function castProxyVote(input: z.infer<typeof proxySchema>) {
  const data = proxySchema.parse(input);
  const { membership } = await requireCoopMember(data.coopId);
  await rateLimitByIp(`proxy-pin:${membership.id}`, 5);
  const meeting = await prisma.meeting.findFirst({ where: { id: data.meetingId, coopId: data.coopId }, select: { proxyPin: true } });
  // ruleid: timing-unsafe-comparison
  if (!meeting?.proxyPin || meeting.proxyPin !== data.pin) throw new Error("Wrong PIN");
  const motion = await prisma.motion.findFirst({ where: { id: data.motionId, meetingId: data.meetingId, status: "open" }, select: { id: true } });
  if (!motion) throw new Error("Motion closed");
  await prisma.vote.create({ data: { motionId: motion.id, membershipId: membership.id, choice: data.choice } });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function checkInAtMeeting(input: { coopId: string; meetingId: string; pin: string }) {
  const data = proxySchema.pick({ coopId: true, meetingId: true, pin: true }).parse(input);
  const { membership } = await requireCoopMember(data.coopId);
  await rateLimitByIp(`checkin-pin:${membership.id}`, 5);
  const meeting = await prisma.meeting.findFirst({ where: { id: data.meetingId, coopId: data.coopId }, select: { proxyPin: true } });
  // ok: timing-unsafe-comparison
  if (!meeting?.proxyPin || !secureCompare(meeting.proxyPin, data.pin)) throw new Error("Wrong PIN");
  await sql`INSERT INTO attendance (meeting_id, membership_id) VALUES (${data.meetingId}, ${membership.id}) ON CONFLICT DO NOTHING`;
}

// ok: missing-auth, missing-input-validation
export async function tallyMotion(coopId: string, motionId: string) {
  const user = await verifySession();
  const input = z.object({ coopId: z.string().cuid(), motionId: z.string().cuid() }).parse({ coopId, motionId });
  const membership = await getMembership(user.id, input.coopId);
  if (!membership) throw new Error("Forbidden");
  // ok: sql-injection, missing-authorization
  const rows = await sql`SELECT v.choice, count(*)::int AS n FROM votes v JOIN motions m ON m.id = v.motion_id JOIN meetings g ON g.id = m.meeting_id WHERE m.id = ${input.motionId} AND g.coop_id = ${input.coopId} GROUP BY v.choice`;
  // ok: excessive-data-exposure
  return rows.map((r) => ({ choice: r.choice as string, n: r.n as number }));
}
