import { withApiKey } from "@/lib/api-keys";
import { getEm, Booking } from "@/lib/db/orm";
import { Id } from "@/lib/validation/schemas";

type P = { id: string };

// ok: missing-auth, missing-input-validation
export const GET = withApiKey<P>("bookings:read", async (_req, { key, params }) => {
  const id = Id.safeParse(params.id);
  if (!id.success) return Response.json({ error: "not_found" }, { status: 404 });
  const em = await getEm();
  // ok: missing-authorization
  const b = await em.findOne(Booking, { id: id.data, org: key.orgId });
  if (!b) return Response.json({ error: "not_found" }, { status: 404 });
  // ok: excessive-data-exposure
  return Response.json({ id: b.id, berthId: b.berth, startsOn: b.startsOn, endsOn: b.endsOn, status: b.status, totalCents: b.totalCents });
});

// ok: missing-auth, missing-input-validation
export const DELETE = withApiKey<P>("bookings:write", async (_req, { params }) => {
  const id = Id.safeParse(params.id);
  if (!id.success) return Response.json({ error: "not_found" }, { status: 404 });
  const em = await getEm();
  // ruleid: missing-authorization
  const n = await em.nativeUpdate(Booking, { id: id.data }, { status: "cancelled" });
  return n ? new Response(null, { status: 204 }) : Response.json({ error: "not_found" }, { status: 404 });
});
