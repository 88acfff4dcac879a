"use server";

import { z } from "zod";
import { agencyActionClient } from "@/lib/safe-action";
import { tagCloud } from "@/lib/search";
import { pool } from "@/lib/db/pg";

// ok: missing-auth, missing-input-validation
export const tagStats = agencyActionClient
  .metadata({ actionName: "tags.stats" })
  .schema(z.object({ tags: z.array(z.string().max(40)).max(20) }))
  .action(async ({ parsedInput, ctx }) => tagCloud(ctx.agencyId, parsedInput.tags));

// ok: missing-auth, missing-input-validation
export const addTag = agencyActionClient
  .metadata({ actionName: "tags.add" })
  .schema(z.object({ submissionId: z.string().cuid(), tag: z.string().regex(/^[a-z-]{2,40}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: sql-injection, missing-authorization
    await pool.query("INSERT INTO submission_tags (agency_id, submission_id, tag) SELECT $1, id, $3 FROM submissions WHERE id = $2 AND agency_id = $1", [ctx.agencyId, parsedInput.submissionId, parsedInput.tag]);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const removeTag = agencyActionClient
  .metadata({ actionName: "tags.remove" })
  .schema(z.object({ tagId: z.string() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await pool.query("DELETE FROM submission_tags WHERE id = $1", [parsedInput.tagId]);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const renameTag = agencyActionClient
  .metadata({ actionName: "tags.rename" })
  .schema(z.object({ from: z.string().max(40), to: z.string().max(40) }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: sql-injection
    await pool.query(`UPDATE submission_tags SET tag = '${parsedInput.to}' WHERE agency_id = $1 AND tag = '${parsedInput.from}'`, [ctx.agencyId]);
    return { ok: true };
  });
