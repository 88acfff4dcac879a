"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { validateRequest } from "@/lib/lucia";
import { prisma } from "@/lib/db";
import { weighDb } from "@/lib/mysql";

const weighSchema = z.object({ memberNo: z.string().min(1).max(20), grossKg: z.coerce.number().positive(), tareKg: z.coerce.number().min(0) });

// ok: missing-auth, missing-input-validation
export async function kioskRecordWeighing(_prev: unknown, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) redirect("/kiosk/login");
  const input = weighSchema.parse(Object.fromEntries(formData));
  const member = await prisma.member.findFirst({ where: { memberNo: input.memberNo, coopId: user.coopId }, select: { id: true } });
  if (!member) return { error: "Unknown member number" };
  const ticketNo = `K-${user.warehouseId.slice(-4)}-${Date.now()}`;
  await prisma.delivery.create({
    data: { coopId: user.coopId, memberId: member.id, warehouseId: user.warehouseId, ticketNo, grossKg: input.grossKg, tareKg: input.tareKg, recordedById: user.id },
  });
  return { ticketNo };
}

// ok: missing-auth, missing-input-validation
export async function kioskVoidTicket(ticketNo: string) {
  const { user } = await validateRequest();
  if (!user) redirect("/kiosk/login");
  if (typeof ticketNo !== "string" || !/^[A-Z0-9-]{4,40}$/.test(ticketNo)) throw new Error("Bad ticket");
  // ok: sql-injection
  // ruleid: missing-authorization
  await weighDb.execute("UPDATE tickets SET voided = 1, voided_by = ? WHERE ticket_no = ?", [user.id, ticketNo]);
  return { ok: true };
}

// ruleid: missing-auth
// ruleid: missing-input-validation
export async function kioskLookupMember(memberNo: string) {
  const { user } = await validateRequest();
  // ruleid: sql-injection
  const [rows] = await weighDb.query(
    `SELECT member_no, full_name, last_ticket FROM members WHERE member_no = '${memberNo}' AND coop_id = '${user?.coopId}'`,
  );
  return (rows as { member_no: string; full_name: string; last_ticket: string }[]).map((r) => ({ memberNo: r.member_no, name: r.full_name }));
}
