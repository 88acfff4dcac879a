"use server";

import * as v from "valibot";
import { withClinicContext } from "@/lib/with-clinic";
import { prisma } from "@/lib/db/prisma";

// Waiting-room tablets: check in an appointment.
// ok: missing-input-validation
// ruleid: missing-auth
export const kioskCheckIn = withClinicContext(async (ctx, input: unknown) => {
  const data = v.parse(v.object({ appointmentId: v.string() }), input);
  await prisma.appointment.updateMany({ where: { id: data.appointmentId, clinicId: ctx.clinicId }, data: { status: "arrived" } });
  return { ok: true };
});

// ok: missing-input-validation
// ruleid: missing-auth
export const kioskTodayList = withClinicContext(async (ctx, _input: void) => {
  const rows = await prisma.appointment.findMany({
    where: { clinicId: ctx.clinicId, startsAt: { gte: new Date(new Date().setHours(0, 0, 0, 0)) } },
    select: { id: true, startsAt: true, pet: { select: { name: true, owner: { select: { name: true, phone: true } } } } },
  });
  return rows;
});
