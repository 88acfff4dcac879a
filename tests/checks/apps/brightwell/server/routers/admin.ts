import { z } from "zod";
import { TRPCError } from "@trpc/server";
import { router, superAdminProcedure, publicProcedure } from "@/lib/trpc/init";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { secureCompare } from "@/lib/secure-compare";
import { audit } from "@/lib/audit";

export const adminRouter = router({
  suspendSchool: superAdminProcedure.input(z.object({ schoolId: z.string().cuid() })).mutation(async ({ ctx, input }) => {
    await db.school.update({ where: { id: input.schoolId }, data: { suspended: true } });
    await audit.record({ actorId: ctx.user.id, action: "district.school_suspended", target: input.schoolId });
    return { ok: true };
  }),

  // District SIS integration pulls rosters with a static key.
  rosterSync: publicProcedure.input(z.object({ apiKey: z.string(), schoolSlug: z.string() })).query(async ({ input }) => {
    // ruleid: timing-unsafe-comparison
    if (input.apiKey !== env.districtApiKey) throw new TRPCError({ code: "UNAUTHORIZED" });
    return db.school.findUnique({ where: { slug: input.schoolSlug }, select: { id: true, name: true } });
  }),

  rosterSyncV2: publicProcedure.input(z.object({ apiKey: z.string(), schoolSlug: z.string() })).query(async ({ input }) => {
    // ok: timing-unsafe-comparison
    if (!secureCompare(input.apiKey, env.districtApiKey)) throw new TRPCError({ code: "UNAUTHORIZED" });
    return db.school.findUnique({ where: { slug: input.schoolSlug }, select: { id: true, name: true } });
  }),
});
