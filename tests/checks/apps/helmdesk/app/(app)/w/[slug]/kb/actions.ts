"use server";

import * as yup from "yup";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

const ArticleSchema = yup.object({
  workspaceId: yup.string().uuid().required(),
  title: yup.string().required().max(200),
  body: yup.string().required().max(100000),
  slug: yup.string().matches(/^[a-z0-9-]+$/).required(),
});

async function requireAgent() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/sign-in");
  return { supabase, user };
}

// ok: missing-auth, missing-input-validation
export async function saveDraft(formData: FormData) {
  const { supabase, user } = await requireAgent();
  const article = await ArticleSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  const { data: member } = await supabase
    .from("memberships")
    .select("role")
    .eq("workspace_id", article.workspaceId)
    .eq("user_id", user.id)
    .single();
  if (!member) throw new Error("Forbidden");
  // ok: missing-authorization
  const { data, error } = await supabase
    .from("articles")
    // ok: mass-assignment
    .upsert({ ...article, author_id: user.id, status: "draft" })
    .select("id, slug")
    .single();
  if (error) {
    // ruleid: information-disclosure
    return { error: error.message };
  }
  revalidatePath("/kb");
  // ok: excessive-data-exposure
  return { article: data };
}

// ok: missing-auth, missing-input-validation
export async function publishArticle(articleId: string) {
  const { supabase, user } = await requireAgent();
  await yup.string().uuid().required().validate(articleId);
  // ruleid: missing-authorization
  const { error } = await supabase.from("articles").update({ status: "published", published_by: user.id }).eq("id", articleId);
  if (error) {
    // ok: information-disclosure
    return { error: "Could not publish the article." };
  }
  revalidatePath("/help");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listDrafts(workspaceId: string) {
  const { supabase, user } = await requireAgent();
  await yup.string().uuid().required().validate(workspaceId);
  const { data: member } = await supabase.from("memberships").select("role").eq("workspace_id", workspaceId).eq("user_id", user.id).maybeSingle();
  if (!member) return [];
  // ok: missing-authorization
  const { data } = await supabase.from("articles").select().eq("workspace_id", workspaceId).eq("status", "draft");
  // ruleid: excessive-data-exposure
  return data ?? [];
}

// ruleid: missing-auth
export async function unpublishArticle(articleId: string) {
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  await yup.string().uuid().required().validate(articleId);
  await supabase.from("articles").update({ status: "draft", updated_by: data.user?.id }).eq("id", articleId);
  revalidatePath("/help");
}
