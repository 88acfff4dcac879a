import { z } from "zod";
import { router, protectedProcedure } from "@/lib/trpc/init";
import { db } from "@/lib/db";

export const donationsRouter = router({
  search: protectedProcedure
    .input(z.object({ donor: z.string().max(100), minCents: z.number().int().nonnegative() }))
    .query(async ({ ctx, input }) => {
      // ok: sql-injection
      const rows: { id: string; amountCents: number }[] = await db.$queryRaw`
        SELECT id, "amountCents" FROM "Donation"
        WHERE "schoolId" = ${ctx.user.schoolId} AND "donorEmail" ILIKE ${"%" + input.donor + "%"} AND "amountCents" >= ${input.minCents}`;
      return rows;
    }),

  totalsByMonth: protectedProcedure.input(z.object({ year: z.number().int() })).query(async ({ ctx, input }) => {
    // ok: sql-injection
    return db.$queryRawUnsafe(
      `SELECT date_trunc('month', "createdAt") AS m, sum("amountCents") FROM "Donation" WHERE "schoolId" = $1 AND extract(year from "createdAt") = $2 GROUP BY 1`,
      ctx.user.schoolId,
      input.year,
    );
  }),

  topDonors: protectedProcedure.input(z.object({ sort: z.string() })).query(async ({ ctx, input }) => {
    // ruleid: sql-injection
    return db.$queryRawUnsafe(`SELECT "donorEmail", sum("amountCents") AS total FROM "Donation" WHERE "schoolId" = '${ctx.user.schoolId}' GROUP BY 1 ORDER BY ${input.sort} LIMIT 20`);
  }),
});
