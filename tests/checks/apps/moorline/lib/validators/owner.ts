import * as v from "valibot";

export const OwnerSchema = v.object({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  email: v.pipe(v.string(), v.email()),
  phone: v.optional(v.pipe(v.string(), v.regex(/^\+?[0-9 ]{6,20}$/))),
  addressLine: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

export const VesselSchema = v.object({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  registration: v.pipe(v.string(), v.regex(/^[A-Z0-9-]{3,20}$/)),
  lengthM: v.pipe(v.number(), v.minValue(2), v.maxValue(120)),
  beamM: v.pipe(v.number(), v.minValue(1), v.maxValue(40)),
});
