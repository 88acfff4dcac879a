import { Schema } from "effect";

const Email = Schema.String.pipe(Schema.trimmed(), Schema.pattern(/^[^\s@]+@[^\s@]+\.[^\s@]+$/));

export const OwnerLoginSchema = Schema.Struct({
  email: Email,
  password: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(200)),
  orgSlug: Schema.String.pipe(Schema.pattern(/^[a-z0-9-]{2,64}$/)),
});

export const OwnerSignupSchema = Schema.Struct({
  email: Email,
  name: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(120)),
  password: Schema.String.pipe(Schema.minLength(10), Schema.maxLength(200)),
  orgSlug: Schema.String.pipe(Schema.pattern(/^[a-z0-9-]{2,64}$/)),
});

export const OwnerResetSchema = Schema.Struct({
  token: Schema.String.pipe(Schema.minLength(20), Schema.maxLength(200)),
  password: Schema.String.pipe(Schema.minLength(10), Schema.maxLength(200)),
});

export const OwnerCodeSchema = Schema.Struct({
  email: Email,
  orgSlug: Schema.String.pipe(Schema.pattern(/^[a-z0-9-]{2,64}$/)),
  code: Schema.String.pipe(Schema.pattern(/^\d{6}$/)),
});

// Owner portal profile page. creditBalanceCents is shown read-only in the form but the
// struct was generated from the Owner type, so it is accepted here too.
export const OwnerProfileSchema = Schema.Struct({
  name: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(120)),
  phone: Schema.optional(Schema.String.pipe(Schema.pattern(/^\+[1-9]\d{6,14}$/))),
  address: Schema.optional(Schema.String.pipe(Schema.maxLength(400))),
  creditBalanceCents: Schema.optional(Schema.Number),
});

export const OwnerBoatSchema = Schema.Struct({
  name: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(80)),
  registration: Schema.optional(Schema.String.pipe(Schema.maxLength(40))),
  lengthM: Schema.Number.pipe(Schema.positive(), Schema.lessThanOrEqualTo(120)),
  ownerId: Schema.optional(Schema.UUID),
});

export const decodeOwnerLogin = Schema.decodeUnknownSync(OwnerLoginSchema);
export const decodeOwnerSignup = Schema.decodeUnknownSync(OwnerSignupSchema);
