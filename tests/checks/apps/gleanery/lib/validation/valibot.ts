import * as v from "valibot";

export const AppointmentSchema = v.object({
  clientId: v.pipe(v.string(), v.minLength(1)),
  slot: v.pipe(v.string(), v.isoTimestamp()),
  notes: v.optional(v.pipe(v.string(), v.maxLength(500))),
});

export const ClientSchema = v.object({
  fullName: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  phone: v.optional(v.pipe(v.string(), v.maxLength(20))),
  householdSize: v.pipe(v.number(), v.integer(), v.minValue(1)),
  smsOptIn: v.boolean(),
});

export const PickupSchema = v.object({
  storeId: v.pipe(v.string(), v.minLength(1)),
  pantryId: v.pipe(v.string(), v.minLength(1)),
  weightKg: v.pipe(v.number(), v.minValue(0), v.maxValue(3000)),
  notes: v.optional(v.pipe(v.string(), v.maxLength(300))),
});
