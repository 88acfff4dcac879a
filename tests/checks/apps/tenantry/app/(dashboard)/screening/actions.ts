"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/drizzle";
import { managerActionClient, authActionClient } from "@/lib/safe-action";
import { runCreditCheck } from "@/services";

const screeningSchema = z.object({
  renterId: z.string().cuid(),
  dateOfBirth: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  postcode: z.string().min(5).max(8),
});

// ok: missing-auth, missing-input-validation
export const requestScreening = managerActionClient
  .metadata({ actionName: "requestScreening" })
  .inputSchema(screeningSchema)
  .action(async ({ parsedInput, ctx }) => {
    const renter = await prisma.renter.findFirst({
      where: { id: parsedInput.renterId, agencyId: ctx.agencyId },
      select: { id: true, fullName: true },
    });
    if (!renter) throw new Error("Unknown renter");
    const result = await runCreditCheck({ ...parsedInput, agencyId: ctx.agencyId, fullName: renter.fullName });
    // ok: excessive-data-exposure
    return { screeningId: result.id, score: result.score };
  });

// ok: missing-auth, missing-input-validation
export const getScreeningReport = managerActionClient
  .metadata({ actionName: "getScreeningReport" })
  .inputSchema(z.object({ screeningId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const screening = await prisma.screening.findFirst({ where: { id: parsedInput.screeningId, agencyId: ctx.agencyId } });
    // ruleid: excessive-data-exposure
    return screening;
  });

// ok: missing-auth, missing-input-validation
export const getScreeningScore = authActionClient
  .metadata({ actionName: "getScreeningScore" })
  .inputSchema(z.object({ screeningId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    const screening = await prisma.screening.findUnique({ where: { id: parsedInput.screeningId }, select: { score: true, createdAt: true } });
    // ok: excessive-data-exposure
    return screening;
  });

// ok: missing-auth, missing-input-validation
export const screeningsForRenter = managerActionClient
  .metadata({ actionName: "screeningsForRenter" })
  .inputSchema(z.object({ renterId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: sql-injection
    const { rows } = await pool.query("SELECT * FROM screenings WHERE renter_id = $1 AND agency_id = $2 ORDER BY created_at DESC", [parsedInput.renterId, ctx.agencyId]);
    // ruleid: excessive-data-exposure
    return rows;
  });
