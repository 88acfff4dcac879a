import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { authenticateApiKey } from "@/lib/api-keys";
import { getEm, Booking, Berth } from "@/lib/db/orm";
import { sql } from "@/lib/db/sql";
import { validateDto, PartnerBookingDto } from "@/lib/validation/dto";

type Env = { Variables: { orgId: string; scopes: string[]; keyId: string } };

/** Partner API (booking platforms, harbour authorities). Mounted at app/api/partner/[[...route]]. */
export const partnerApp = new Hono<Env>().basePath("/api/partner");

partnerApp.use("*", async (c, next) => {
  const key = await authenticateApiKey(c.req.raw);
  if (!key) throw new HTTPException(401, { message: "invalid api key" });
  c.set("orgId", key.orgId);
  c.set("scopes", key.scopes);
  c.set("keyId", key.keyId);
  await next();
});

partnerApp.onError((err, c) => {
  if (err instanceof HTTPException) {
    // ok: information-disclosure
    return c.json({ error: err.message }, err.status);
  }
  // ruleid: information-disclosure
  return c.json({ error: "internal_error", detail: err.message, stack: err.stack }, 500);
});

partnerApp.get("/berths", async (c) => {
  // ok: sql-injection
  const rows = await sql`
    select id, code, length_m, beam_m, draft_m, daily_rate_cents, status
    from berths where org_id = ${c.get("orgId")} order by code`;
  // ok: excessive-data-exposure
  return c.json({ data: rows });
});

partnerApp.get("/berths/search", async (c) => {
  const q = c.req.query("q") ?? "";
  const minLength = Number(c.req.query("minLength") ?? 0);
  // ruleid: sql-injection
  const rows = await sql.unsafe(
    `select id, code, length_m from berths where org_id = $1 and status = 'available'
       and code ilike '%${q}%' and length_m >= ${minLength} order by code limit 50`,
    [c.get("orgId")],
  );
  return c.json({ data: rows });
});

partnerApp.get("/bookings/:id", async (c) => {
  const em = await getEm();
  // todoruleid: missing-authorization
  const booking = await em.findOne(Booking, { id: c.req.param("id") });
  if (!booking) return c.json({ error: "not_found" }, 404);
  // todoruleid: excessive-data-exposure
  return c.json(booking);
});

partnerApp.post("/bookings", async (c) => {
  const parsed = await validateDto(PartnerBookingDto, await c.req.json());
  if (!parsed.ok) return c.json({ error: "invalid_body", details: parsed.errors.map((e) => e.property) }, 422);
  const em = await getEm();
  const orgId = c.get("orgId");
  // ok: missing-authorization
  const berth = await em.findOne(Berth, { id: parsed.value.berthId, org: orgId }, { fields: ["id", "dailyRateCents"] });
  if (!berth) return c.json({ error: "unknown_berth" }, 422);
  const nights = Math.max(1, (Date.parse(parsed.value.endsOn) - Date.parse(parsed.value.startsOn)) / 86_400_000);
  const booking = em.create(Booking, {
    // ok: mass-assignment
    ...parsed.value,
    org: orgId,
    berth: berth.id,
    totalCents: Math.round(nights * berth.dailyRateCents),
    source: "partner",
  });
  await em.flush();
  // ok: excessive-data-exposure
  return c.json({ id: booking.id, status: booking.status, totalCents: booking.totalCents }, 201);
});

partnerApp.patch("/bookings/:id", async (c) => {
  const body = await c.req.json();
  const em = await getEm();
  // ok: missing-authorization
  const updated = await em.nativeUpdate(Booking, { id: c.req.param("id"), org: c.get("orgId") },
    // todoruleid: mass-assignment
    body,
  );
  if (updated === 0) return c.json({ error: "not_found" }, 404);
  return c.json({ ok: true });
});
