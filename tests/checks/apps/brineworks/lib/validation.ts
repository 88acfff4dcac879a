import * as v from "valibot";

export const uuid = v.pipe(v.string(), v.uuid());
export const money = v.pipe(v.union([v.string(), v.number()]), v.transform(Number), v.number(), v.minValue(0), v.maxValue(5_000_000));

export const catchSchema = v.object({
  boatId: uuid,
  species: v.pipe(v.string(), v.minLength(2), v.maxLength(60)),
  weightKg: v.pipe(v.union([v.string(), v.number()]), v.transform(Number), v.number(), v.minValue(0.1), v.maxValue(40_000)),
  reservePrice: v.optional(money),
  notes: v.optional(v.pipe(v.string(), v.maxLength(500))),
});

export const bidSchema = v.object({ lotId: uuid, amount: money });

export const lotScheduleSchema = v.object({
  catchId: uuid,
  startPrice: money,
  startsAt: v.pipe(v.string(), v.isoDateTime()),
  minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120)),
});

export const slotSchema = v.object({ slotId: uuid, catchId: uuid });

export const inspectionSchema = v.object({
  catchId: uuid,
  result: v.picklist(["pass", "fail", "hold"]),
  notes: v.optional(v.pipe(v.string(), v.maxLength(2000))),
});

export const feeSchema = v.object({
  id: v.pipe(v.number(), v.integer()),
  percent: v.pipe(v.number(), v.minValue(0), v.maxValue(25)),
  active: v.boolean(),
});

export const profileSchema = v.object({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  bankAccount: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/))),
});

export const registerSchema = v.object({
  email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email()),
  password: v.pipe(v.string(), v.minLength(10), v.maxLength(128)),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
});

export const emailOnly = v.object({ email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email()) });

export const staffRoleSchema = v.object({ userId: uuid, role: v.picklist(["buyer", "skipper", "staff", "inspector"]) });
