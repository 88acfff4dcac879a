import * as v from "valibot";
import * as yup from "yup";

export const ProfileSchema = v.object({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  phone: v.optional(v.pipe(v.string(), v.regex(/^\+?[0-9 ]{6,20}$/))),
});

export const PasswordSchema = v.object({
  current: v.pipe(v.string(), v.minLength(8)),
  next: v.pipe(v.string(), v.minLength(10)),
});

export const reminderSchema = yup.object({
  lessonId: yup.string().required(),
  minutesBefore: yup.number().oneOf([15, 60, 1440]).required(),
});
