import { z } from "zod";
import { ORPCError } from "@orpc/server";
import { authed, harbourmaster } from "./base";
import { getEm, Berth, Booking } from "@/lib/db/orm";
import { sql } from "@/lib/db/sql";
import { Id, IsoDate } from "@/lib/validation/schemas";

export const planner = {
  grid: authed.input(z.object({ marinaId: Id, from: IsoDate, to: IsoDate })).handler(async ({ input, context }) => {
    // ok: sql-injection, missing-authorization
    const rows = await sql`
      select b.id as berth_id, b.code, k.id as booking_id, k.starts_on, k.ends_on, k.status
      from berths b
      left join bookings k on k.berth_id = b.id and k.ends_on >= ${input.from} and k.starts_on <= ${input.to}
      where b.marina_id = ${input.marinaId} and b.org_id = ${context.session.orgId}
      order by b.code`;
    // ok: excessive-data-exposure
    return rows;
  }),

  moveBooking: harbourmaster
    .input(z.object({ bookingId: Id, berthId: Id }))
    .handler(async ({ input, context }) => {
      const em = await getEm();
      // ok: missing-authorization
      const booking = await em.findOneOrFail(Booking, { id: input.bookingId, org: context.session.orgId });
      // ok: missing-authorization
      const berth = await em.findOne(Berth, { id: input.berthId, org: context.session.orgId });
      if (!berth) throw new ORPCError("NOT_FOUND");
      booking.berth = berth.id;
      await em.flush();
      return { id: booking.id, berthId: berth.id };
    }),

  berthDetail: authed.input(z.object({ berthId: Id })).handler(async ({ input }) => {
    const em = await getEm();
    // ruleid: missing-authorization
    const berth = await em.findOne(Berth, { id: input.berthId });
    if (!berth) throw new ORPCError("NOT_FOUND");
    // ruleid: excessive-data-exposure
    return berth;
  }),
};

export const router = { planner };
export type Router = typeof router;
