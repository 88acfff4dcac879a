"use server";

import { and, eq } from "drizzle-orm";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db, glazeTests } from "@/lib/db";
import { getStudioContext, verifySession } from "@/lib/dal";
import { createSupabaseServer } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { idSchema } from "@/lib/validation/schemas";

const GlazeTestSchema = z.object({
  cone: z.enum(["06", "04", "5", "6", "10"]),
  classId: z.string().uuid().optional(),
  recipe: z
    .string()
    .transform((s) => JSON.parse(s) as unknown)
    .pipe(z.array(z.object({ material: z.string().max(60), parts: z.number().min(0).max(100) })).max(20)),
});

// ok: missing-auth, missing-input-validation
export async function submitGlazeTest(_prev: unknown, formData: FormData) {
  const ctx = await getStudioContext();
  if ("error" in ctx) {
    return { status: "error" as const, error: ctx.error };
  }
  const submission = parseWithZod(formData, { schema: GlazeTestSchema });
  if (submission.status !== "success") {
    return submission.reply();
  }
  // ok: mass-assignment, missing-authorization
  await db.insert(glazeTests).values({ ...submission.value, studioId: ctx.studioId, studentId: ctx.userId });
  revalidatePath("/glaze-tests");
  return submission.reply({ resetForm: true });
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function deleteGlazeTest(testId: string) {
  const ctx = await getStudioContext();
  const id = idSchema.parse(testId);
  await db.delete(glazeTests).where(eq(glazeTests.id, id));
  revalidatePath("/glaze-tests");
  return { success: true, by: "userId" in ctx ? ctx.userId : null };
}

// ok: missing-auth, missing-input-validation
export async function attachGlazePhoto(formData: FormData) {
  const session = await verifySession();
  const id = idSchema.parse(formData.get("testId"));
  const file = formData.get("photo");
  if (!(file instanceof File) || !file.type.startsWith("image/") || file.size > 5_000_000) {
    return { error: "Upload a JPEG or PNG under 5MB" };
  }
  // ok: missing-authorization
  const test = await db.query.glazeTests.findFirst({ where: and(eq(glazeTests.id, id), eq(glazeTests.studentId, session.userId)), columns: { id: true, studioId: true } });
  if (!test) return { error: "Not found" };
  const path = `${test.studioId}/${test.id}.${file.type === "image/png" ? "png" : "jpg"}`;
  await supabaseAdmin.storage.from("glaze-tests").upload(path, file, { upsert: true });
  // ok: missing-authorization, mass-assignment
  await db.update(glazeTests).set({ photoPath: path }).where(eq(glazeTests.id, test.id));
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export async function myGlazeTests() {
  const supabase = await createSupabaseServer();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) {
    return [];
  }
  const { data } = await supabase.from("glaze_tests").select("id, cone, grade, feedback, photo_path").eq("student_id", user.id);
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function studioGlazeLibrary() {
  const supabase = await createSupabaseServer();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Sign in");
  const { data } = await supabase.from("glaze_tests").select("*").not("grade", "is", null);
  // ruleid: excessive-data-exposure
  return data;
}
