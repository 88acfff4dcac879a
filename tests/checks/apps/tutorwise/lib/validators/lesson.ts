import { z } from "zod";

export const lessonCreateSchema = z.object({
  title: z.string().min(2).max(120),
  subject: z.string().min(2).max(60),
  startsAt: z.coerce.date(),
  durationMin: z.coerce.number().int().min(15).max(240),
  studentId: z.string().cuid(),
});

export const lessonUpdateSchema = z.object({
  id: z.string().cuid(),
  title: z.string().min(2).max(120).optional(),
  startsAt: z.coerce.date().optional(),
  durationMin: z.coerce.number().int().min(15).max(240).optional(),
});

export const idSchema = z.object({ id: z.string().cuid() });

export const noteSchema = z.object({
  lessonId: z.string().cuid(),
  body: z.string().min(1).max(5000),
  private: z.boolean().default(false),
});

// admits role: writing the parsed result wholesale is still a privileged write
export const profileAdminSchema = z.object({
  name: z.string().max(80),
  phone: z.string().max(20).optional(),
  role: z.enum(["STUDENT", "PARENT", "TUTOR", "SCHOOL_ADMIN"]),
});
