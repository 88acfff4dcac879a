"use server";

import { z } from "zod";
import { memberProcedure, publicProcedure, authedProcedure } from "@/lib/zsa";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { sql } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export const searchCatalogue = publicProcedure
  .createServerAction()
  .input(z.object({ q: z.string().max(80), city: z.string().max(60).optional() }))
  .handler(async ({ input }) => {
    let query = supabaseAdmin.from("public_classes").select("id, title, slug, studio_name, city, price_cents, starts_at").eq("published", true).ilike("title", `%${input.q}%`);
    if (input.city) query = query.eq("city", input.city);
    const { data } = await query.limit(30);
    // ok: excessive-data-exposure
    return data ?? [];
  });

// ruleid: missing-auth
// ok: missing-input-validation
export const toggleFavourite = memberProcedure
  .createServerAction()
  .input(z.object({ classId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    await sql`insert into favourites (user_id, class_id) values (${ctx.user?.id}, ${input.classId}) on conflict (user_id, class_id) do nothing`;
    return { success: true };
  });

// ok: missing-auth, missing-input-validation
export const myFavourites = authedProcedure.createServerAction().handler(async ({ ctx }) => {
  const rows = await sql<{ class_id: string; title: string }[]>`select f.class_id, c.title from favourites f join classes c on c.id = f.class_id where f.user_id = ${ctx.user.id}`;
  // ok: excessive-data-exposure
  return rows;
});

// ok: missing-auth, missing-input-validation
export const classDetailsFor = memberProcedure
  .createServerAction()
  .input(z.object({ slug: z.string().regex(/^[a-z0-9-]+$/) }))
  .handler(async ({ input, ctx }) => {
    const { data } = await supabaseAdmin.from("public_classes").select("id, title, description, price_cents, seats_left").eq("slug", input.slug).single();
    const isFavourite = ctx.user
      ? (await sql`select 1 from favourites where user_id = ${ctx.user.id} and class_id = ${data?.id ?? null}`).length > 0
      : false;
    // ok: excessive-data-exposure
    return { ...data, isFavourite };
  });
