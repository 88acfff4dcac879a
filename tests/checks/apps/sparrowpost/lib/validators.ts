import * as v from "valibot";

export const uuid = v.pipe(v.string(), v.uuid());

export const AnnouncementSchema = v.object({
  classId: uuid,
  title: v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(140)),
  body: v.pipe(v.string(), v.minLength(1), v.maxLength(8000)),
  published: v.optional(v.boolean(), false),
});

export const SlipSchema = v.object({
  classId: uuid,
  title: v.pipe(v.string(), v.minLength(3), v.maxLength(140)),
  details: v.optional(v.pipe(v.string(), v.maxLength(4000))),
  dueAt: v.pipe(v.string(), v.isoDateTime()),
  costPence: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50000)), 0),
});

export const SignatureSchema = v.object({
  slipId: uuid,
  pupilId: uuid,
  consent: v.boolean(),
  signedName: v.pipe(v.string(), v.minLength(2), v.maxLength(120)),
});

export const MessageSchema = v.object({
  threadId: uuid,
  body: v.pipe(v.string(), v.minLength(1), v.maxLength(4000)),
});

export const NewThreadSchema = v.object({
  teacherId: uuid,
  pupilId: uuid,
  subject: v.pipe(v.string(), v.maxLength(200)),
  body: v.pipe(v.string(), v.minLength(1), v.maxLength(4000)),
});

export const AbsenceSchema = v.object({
  pupilId: uuid,
  date: v.pipe(v.string(), v.isoDate()),
  reason: v.pipe(v.string(), v.maxLength(500)),
});

export const PupilSchema = v.object({
  firstName: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  lastName: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  dateOfBirth: v.pipe(v.string(), v.isoDate()),
  classId: v.nullable(uuid),
  medicalNotes: v.optional(v.pipe(v.string(), v.maxLength(2000))),
});

// Loose on purpose: the office importer sends whatever columns the MIS export has.
export const PupilImportRow = v.looseObject({
  first_name: v.string(),
  last_name: v.string(),
  date_of_birth: v.string(),
});

export const InviteSchema = v.object({
  email: v.pipe(v.string(), v.email()),
  familyId: uuid,
  pupilId: uuid,
  relationship: v.picklist(["mother", "father", "carer", "grandparent", "other"]),
});

export const ProfileSchema = v.object({
  fullName: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  phone: v.optional(v.pipe(v.string(), v.regex(/^\+?[0-9 ]{7,20}$/))),
});

export const EventSchema = v.object({
  slug: v.pipe(v.string(), v.regex(/^[a-z0-9-]{3,60}$/)),
  title: v.pipe(v.string(), v.maxLength(140)),
  startsAt: v.pipe(v.string(), v.isoDateTime()),
  location: v.optional(v.string()),
  public: v.boolean(),
});

export const EmailSchema = v.object({ email: v.pipe(v.string(), v.email()) });
export const CredentialsSchema = v.object({ email: v.pipe(v.string(), v.email()), password: v.pipe(v.string(), v.minLength(8)) });
export const ContactSchema = v.object({
  name: v.pipe(v.string(), v.maxLength(120)),
  email: v.pipe(v.string(), v.email()),
  message: v.pipe(v.string(), v.minLength(5), v.maxLength(3000)),
});
