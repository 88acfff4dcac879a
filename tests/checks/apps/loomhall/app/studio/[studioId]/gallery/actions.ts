"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { canEditGalleryItem } from "@/lib/studio-access";

const itemSchema = z.object({ studioId: z.string().cuid(), title: z.string().min(1).max(120), imageUrl: z.string().url(), tags: z.array(z.string().max(30)).max(10) });

// ok: missing-auth, missing-input-validation
export async function addGalleryItem(input: z.infer<typeof itemSchema>) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Please sign in.");
  const item = itemSchema.parse(input);
  // ok: mass-assignment
  await supabase.from("gallery_items").insert({ studio_id: item.studioId, title: item.title, image_url: item.imageUrl, tags: item.tags, owner_id: user.id });
  revalidatePath("/gallery");
}

// ok: missing-auth, missing-input-validation
export async function removeGalleryItem(itemId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Please sign in.");
  const id = z.string().uuid().parse(itemId);
  // ruleid: floating-auth-check
  if (!canEditGalleryItem(user.id, id)) throw new Error("Not yours");
  // ruleid: missing-authorization
  await supabaseAdmin.from("gallery_items").delete().eq("id", id);
  revalidatePath("/gallery");
}

// ok: missing-auth, missing-input-validation
export async function retitleGalleryItem(itemId: string, title: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Please sign in.");
  const input = z.object({ id: z.string().uuid(), title: z.string().min(1).max(120) }).parse({ id: itemId, title });
  // ok: floating-auth-check
  const allowed = await canEditGalleryItem(user.id, input.id);
  if (!allowed) throw new Error("Not yours");
  // ok: missing-authorization, mass-assignment
  await supabaseAdmin.from("gallery_items").update({ title: input.title }).eq("id", input.id);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateGalleryItem(itemId: string, patch: Record<string, unknown>) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Please sign in.");
  // ruleid: mass-assignment
  // ok: missing-authorization
  await supabase.from("gallery_items").update(patch).eq("id", itemId).eq("owner_id", user.id);
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function featureGalleryItem(itemId: string) {
  const id = z.string().uuid().parse(itemId);
  await supabaseAdmin.from("gallery_items").update({ featured: true }).eq("id", id);
  revalidatePath("/");
}
