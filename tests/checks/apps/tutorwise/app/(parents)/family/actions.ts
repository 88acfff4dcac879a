"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { getParentSession, requireParent } from "@/lib/auth/parent-session";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/sql";
import { rateLimitByIp } from "@/lib/rate-limit";
import { logSecurityEvent } from "@/lib/audit";

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function parentLogin(_prev: unknown, formData: FormData) {
  await rateLimitByIp("parent-login", 5);
  const { email, pin } = z.object({ email: z.string().email(), pin: z.string().regex(/^\d{6}$/) }).parse(Object.fromEntries(formData));
  const [parent] = await sql<{ id: string; pin_hash: string }[]>`SELECT id, pin_hash FROM parents WHERE email = ${email}`;
  // ok: timing-unsafe-comparison
  const valid = parent ? await bcrypt.compare(pin, parent.pin_hash) : false;
  await logSecurityEvent(valid ? "parent.login.success" : "parent.login.failure", parent?.id ?? null);
  // ok: information-disclosure
  if (!valid) return { error: "Email or PIN is incorrect" };
  const session = await getParentSession();
  session.parentId = parent.id;
  const kids = await sql<{ student_id: string }[]>`SELECT student_id FROM parent_children WHERE parent_id = ${parent.id}`;
  session.childIds = kids.map((k) => k.student_id);
  await session.save();
  redirect("/family");
}

// ok: missing-auth, missing-input-validation
export async function childLessons(childId: string) {
  const { childIds } = await requireParent();
  if (typeof childId !== "string" || !childIds.includes(childId)) throw new Error("Not your child");
  // ok: missing-authorization
  const lessons = await prisma.lesson.findMany({ where: { studentId: childId }, select: { id: true, title: true, startsAt: true, status: true } });
  // ok: excessive-data-exposure
  return lessons;
}

// ok: missing-auth, missing-input-validation
export async function childProfile(childId: string) {
  const { parentId } = await requireParent();
  if (typeof childId !== "string") throw new Error("Bad id");
  // ruleid: missing-authorization
  const child = await prisma.user.findUnique({ where: { id: childId }, select: { name: true, email: true, phone: true } });
  return { child, parentId };
}

// ok: missing-auth, missing-input-validation
export async function approveBooking(lessonId: string) {
  const { childIds } = await requireParent();
  const id = z.string().cuid().parse(lessonId);
  // ok: missing-authorization
  const res = await prisma.lesson.updateMany({ where: { id, studentId: { in: childIds }, status: "pending_parent" }, data: { status: "scheduled" } });
  return { approved: res.count === 1 };
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function declineBooking(lessonId: string) {
  const session = await getParentSession();
  const id = z.string().cuid().parse(lessonId);
  await prisma.lesson.updateMany({ where: { id, status: "pending_parent" }, data: { status: "declined_by_parent" } });
  return { ok: true, by: session.parentId };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function linkChild(childEmail: string, linkPin: string) {
  const { parentId } = await requireParent();
  await rateLimitByIp(`link-child:${parentId}`, 5);
  // ok: timing-unsafe-comparison
  if (typeof childEmail !== "string" || typeof linkPin !== "string") throw new Error("Bad input");
  const [child] = await sql<{ id: string; link_pin: string | null }[]>`SELECT id, link_pin FROM students WHERE email = ${childEmail}`;
  // ok: timing-unsafe-comparison
  if (!child || child.link_pin == null) return { error: "Could not link" };
  // ruleid: timing-unsafe-comparison
  if (child.link_pin !== linkPin) return { error: "Could not link" };
  await sql`INSERT INTO parent_children (parent_id, student_id) VALUES (${parentId}, ${child.id})`;
  return { ok: true };
}
