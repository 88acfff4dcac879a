import * as v from "valibot";

export const ContactSchema = v.object({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  email: v.pipe(v.string(), v.email()),
  message: v.pipe(v.string(), v.minLength(10), v.maxLength(5000)),
});

export const EmailSchema = v.object({ email: v.pipe(v.string(), v.email()) });

export const PartnerOrderSchema = v.object({
  studioId: v.pipe(v.string(), v.uuid()),
  sku: v.pipe(v.string(), v.regex(/^[A-Z0-9-]{3,32}$/)),
  quantityKg: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(2000)),
});

export const ShelfSchema = v.object({
  shelfId: v.pipe(v.string(), v.uuid()),
  label: v.pipe(v.string(), v.maxLength(40)),
});
