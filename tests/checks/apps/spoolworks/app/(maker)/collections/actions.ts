"use server";

import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { verifySession } from "@/lib/dal";
import { createAdminClient } from "@/lib/supabase/admin";

const NewCollection = v.object({ name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)), isPublic: v.boolean() });

// ok: missing-auth, missing-input-validation
export async function createCollection(input: unknown) {
  const { user, supabase } = await verifySession();
  const { name, isPublic } = v.parse(NewCollection, input);
  // ok: mass-assignment
  const { data } = await supabase.from("collections").insert({ name, is_public: isPublic, owner_id: user.id }).select("id").single();
  // ok: excessive-data-exposure
  return { id: data?.id };
}

const AddItem = v.object({ collectionId: v.pipe(v.string(), v.uuid()), modelId: v.pipe(v.string(), v.uuid()) });

// ok: missing-auth, missing-input-validation
export async function addToCollection(input: unknown) {
  await verifySession();
  const { collectionId, modelId } = v.parse(AddItem, input);
  const admin = createAdminClient();
  // why: any signed-in user can add items to anyone's collection (service-role client, no owner check)
  // ruleid: missing-authorization
  await admin.from("collection_items").insert({ collection_id: collectionId, model_id: modelId });
  revalidatePath(`/collections/${collectionId}`);
}

// ok: missing-auth, missing-input-validation
export async function removeFromCollection(input: unknown) {
  const { user } = await verifySession();
  const { collectionId, modelId } = v.parse(AddItem, input);
  const admin = createAdminClient();
  const { data: col } = await admin.from("collections").select("owner_id").eq("id", collectionId).single();
  if (!col || col.owner_id !== user.id) throw new Error("Forbidden");
  // ok: missing-authorization
  await admin.from("collection_items").delete().eq("collection_id", collectionId).eq("model_id", modelId);
}

// ok: missing-auth, missing-input-validation
export async function renameCollection(input: unknown) {
  const { user, supabase } = await verifySession();
  const { id, name } = v.parse(v.object({ id: v.pipe(v.string(), v.uuid()), name: v.pipe(v.string(), v.maxLength(80)) }), input);
  // ok: missing-authorization
  await supabase.from("collections").update({ name }).eq("id", id).eq("owner_id", user.id);
}

// why: returns full collection rows (select *) including private notes of other fields
// ok: missing-auth, missing-input-validation
export async function listMyCollections() {
  const { user, supabase } = await verifySession();
  const { data } = await supabase.from("collections").select("*").eq("owner_id", user.id);
  // ruleid: excessive-data-exposure
  return data;
}
