import "server-only";
import { createClient } from "@/lib/supabase/server";

export async function isClassTeacher(userId: string, classId: string): Promise<boolean> {
  const supabase = await createClient();
  const { data } = await supabase.from("classes").select("id").eq("id", classId).eq("teacher_id", userId).maybeSingle();
  return Boolean(data);
}

/** True when the guardian is linked to the pupil. */
export async function isGuardianOf(guardianId: string, pupilId: string): Promise<boolean> {
  const supabase = await createClient();
  const { count } = await supabase
    .from("pupil_guardians")
    .select("pupil_id", { count: "exact", head: true })
    .eq("guardian_id", guardianId)
    .eq("pupil_id", pupilId);
  return (count ?? 0) > 0;
}

export async function canAccessThread(userId: string, threadId: string): Promise<boolean> {
  const supabase = await createClient();
  const { data: thread } = await supabase
    .from("message_threads")
    .select("teacher_id, guardian:guardians!message_threads_guardian_id_fkey(user_id)")
    .eq("id", threadId)
    .maybeSingle();
  if (!thread) return false;
  const guardianUser = (thread.guardian as { user_id: string } | null)?.user_id;
  return thread.teacher_id === userId || guardianUser === userId;
}

// Returns an error value instead of throwing: callers must check it.
export async function checkOfficeRole(userId: string): Promise<{ error?: string }> {
  const supabase = await createClient();
  const { data } = await supabase.from("profiles").select("role").eq("id", userId).single();
  if (data?.role !== "office" && data?.role !== "admin") return { error: "Office staff only" };
  return {};
}
