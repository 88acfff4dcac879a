"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/safe-action";
import { createAdminClient } from "@/lib/supabase/admin";
import { canEditModel } from "@/lib/permissions";
import { deleteMyModel } from "@/lib/data/models";
import { modelSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export const createModel = authActionClient
  .metadata({ actionName: "createModel" })
  .schema(modelSchema)
  .action(async ({ parsedInput, ctx: { user, supabase } }) => {
    const { title, description, license, tags, isPublic } = parsedInput;
    // ok: mass-assignment
    const { data } = await supabase.from("models").insert({ title, description, license, tags, is_public: isPublic, owner_id: user.id }).select("id").single();
    revalidatePath("/dashboard/models");
    // ok: excessive-data-exposure
    return { id: data?.id };
  });

const UpdateModel = modelSchema.partial().extend({ id: z.string().uuid() });

// ok: missing-auth, missing-input-validation
export const updateModel = authActionClient
  .metadata({ actionName: "updateModel" })
  .schema(UpdateModel)
  .action(async ({ parsedInput: { id, ...fields }, ctx: { user, supabase } }) => {
    // ok: missing-authorization, mass-assignment
    await supabase.from("models").update(fields).eq("id", id).eq("owner_id", user.id);
    revalidatePath(`/models/${id}`);
  });

// ok: missing-auth, missing-input-validation
export const deleteModel = authActionClient
  .metadata({ actionName: "deleteModel" })
  .schema(z.object({ id: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await deleteMyModel(parsedInput.id);
    revalidatePath("/dashboard/models");
  });

// ok: missing-auth, missing-input-validation
export const publishModel = authActionClient
  .metadata({ actionName: "publishModel" })
  .schema(z.object({ id: z.string().uuid() }))
  .action(async ({ parsedInput: { id }, ctx: { user } }) => {
    // why: canEditModel is async and not awaited; the Promise is always truthy so the check never fires
    // ruleid: floating-auth-check
    if (!canEditModel(user.id, id)) throw new Error("Not your model");
    const admin = createAdminClient();
    // why: service-role update by client id; the only ownership check above is floating
    // ruleid: missing-authorization
    await admin.from("models").update({ is_public: true, published_at: new Date().toISOString() }).eq("id", id);
  });

// ok: missing-auth, missing-input-validation
export const unpublishModel = authActionClient
  .metadata({ actionName: "unpublishModel" })
  .schema(z.object({ id: z.string().uuid() }))
  .action(async ({ parsedInput: { id }, ctx: { user } }) => {
    // ok: floating-auth-check
    if (!(await canEditModel(user.id, id))) throw new Error("Not your model");
    const admin = createAdminClient();
    // ok: missing-authorization
    await admin.from("models").update({ is_public: false }).eq("id", id);
  });
