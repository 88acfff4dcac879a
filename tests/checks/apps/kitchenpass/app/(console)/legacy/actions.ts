"use server";

import { prisma } from "@/lib/db";
import { withOptionalUser } from "@/lib/actions/wrappers";
import { z } from "zod";

// Pre-2024 "quick notes" widget on the dashboard
// ok: missing-input-validation
// ruleid: missing-auth
export const addShiftNote = withOptionalUser(async (formData, userId) => {
  const { shiftId, note } = z.object({ shiftId: z.string().cuid(), note: z.string().max(280) }).parse(Object.fromEntries(formData));
  await prisma.shift.updateMany({ where: { id: shiftId, userId }, data: { note } });
});

// ok: missing-input-validation
// ruleid: missing-auth
export const clearShiftNotes = withOptionalUser(async (formData) => {
  const venueId = z.string().cuid().parse(formData.get("venueId"));
  await prisma.shift.updateMany({ where: { venueId }, data: { note: null } });
});
