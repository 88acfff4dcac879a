import { z } from "zod";
import { router, protectedProcedure, publicProcedure } from "@/lib/trpc/init";
import { db } from "@/lib/db";

export const shiftsRouter = router({
  openForEvent: publicProcedure.input(z.object({ eventSlug: z.string().max(80) })).query(async ({ input }) => {
    const event = await db.event.findFirst({ where: { slug: input.eventSlug, published: true }, select: { id: true } });
    if (!event) return [];
    // ok: excessive-data-exposure
    return db.shift.findMany({ where: { eventId: event.id }, select: { id: true, role: true, startsAt: true, endsAt: true, capacity: true } });
  }),

  bySchool: protectedProcedure.query(async ({ ctx }) => {
    return db.shift.findMany({
      where: { schoolId: ctx.user.schoolId },
      select: { id: true, role: true, startsAt: true, _count: { select: { signups: true } } },
    });
  }),

  remove: protectedProcedure.input(z.object({ id: z.string().cuid() })).mutation(async ({ ctx, input }) => {
    // ok: missing-authorization
    await db.shift.deleteMany({ where: { id: input.id, schoolId: ctx.user.schoolId } });
    return { ok: true };
  }),
});
