"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { withRole, withAuditedRole } from "@/lib/wrappers";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/email";
import { rateLimitByIp } from "@/lib/ratelimit";

const Issue = z.object({ enrollmentId: z.string().cuid() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const issueCertificate = withRole(["owner", "admin", "instructor"], async (ctx, input: unknown) => {
  const { enrollmentId } = Issue.parse(input);
  await rateLimitByIp(`cert:${ctx.schoolId}`, 50);
  // ok: missing-authorization
  const enr = await prisma.enrollment.findFirst({ where: { id: enrollmentId, status: "completed" }, select: { id: true, userId: true, courseId: true, user: { select: { email: true } } } });
  if (!enr) throw new Error("Not found");
  const course = await prisma.course.findFirst({ where: { id: enr.courseId, schoolId: ctx.schoolId }, select: { title: true } });
  if (!course) throw new Error("Not found");
  const code = randomBytes(6).toString("hex").toUpperCase();
  await prisma.certificate.create({ data: { code, userId: enr.userId, courseId: enr.courseId } });
  await sendEmail({ to: enr.user.email, subject: `Your certificate for ${course.title}`, html: `Verify at ${process.env.APP_URL}/verify/${code}` });
  return { code };
});

// ok: missing-auth, missing-input-validation
// todoruleid: missing-audit-log -- ambiguous (judge): revoking a certificate as an admin action
export const revokeCertificate = withRole(["owner", "admin"], async (ctx, code: string) => {
  const valid = z.string().length(12).parse(code);
  // ok: missing-authorization
  await prisma.certificate.updateMany({ where: { code: valid, courseId: { in: (await prisma.course.findMany({ where: { schoolId: ctx.schoolId }, select: { id: true } })).map((c) => c.id) } }, data: { revoked: true } });
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const reinstateCertificate = withAuditedRole("certificate.reinstate", ["owner", "admin"], async (ctx, code: string) => {
  const valid = z.string().length(12).parse(code);
  // todook: missing-authorization -- role checked in the caller's own tenant, row picked by client id alone (Known gaps, pass 17)
  await prisma.certificate.update({ where: { code: valid }, data: { revoked: false } });
});
