"use server";

import { revalidatePath } from "next/cache";
import { parseWithZod } from "@conform-to/zod";
import { sql } from "@/lib/db";
import { createClient } from "@/lib/supabase/server";
import { withBuildingRole } from "@/lib/with-building-role";
import { requireUser } from "@/lib/dal";
import { pollSchema, voteSchema } from "@/lib/validation/polls";
import { uuid } from "@/lib/validation/tickets";

// ok: missing-auth, missing-input-validation
export const createPoll = withBuildingRole("officer", async (ctx, formData: FormData) => {
  const submission = parseWithZod(formData, { schema: pollSchema });
  if (submission.status !== "success") return submission.reply();
  const { question, options, closesAt, anonymous } = submission.value;
  await sql.begin(async (tx) => {
    // ok: mass-assignment, missing-authorization, sql-injection
    const [poll] = await tx`
      insert into polls (building_id, question, anonymous, closes_at, created_by)
      values (${ctx.buildingId}, ${question}, ${anonymous}, ${closesAt}, ${ctx.user.id}) returning id
    `;
    for (const label of options) {
      // ok: sql-injection
      await tx`insert into poll_options (poll_id, label) values (${poll.id}, ${label})`;
    }
  });
  revalidatePath(`/b/${ctx.buildingId}/polls`);
  return submission.reply({ resetForm: true });
});

// ok: missing-auth, missing-input-validation
export const castVote = withBuildingRole("resident", async (ctx, input: { pollId: string; optionId: string }) => {
  const { pollId, optionId } = voteSchema.parse(input);
  // ok: sql-injection
  const [poll] = await sql`
    select p.id from polls p join poll_options o on o.poll_id = p.id
     where p.id = ${pollId} and o.id = ${optionId} and p.building_id = ${ctx.buildingId}
       and not p.closed and p.closes_at > now()
  `;
  if (!poll) return { ok: false, error: "This poll is closed." };
  // ok: missing-authorization, mass-assignment, sql-injection
  await sql`
    insert into poll_votes (poll_id, option_id, voter_id) values (${pollId}, ${optionId}, ${ctx.user.id})
    on conflict (poll_id, voter_id) do update set option_id = excluded.option_id
  `;
  revalidatePath(`/b/${ctx.buildingId}/polls/${pollId}`);
  return { ok: true };
});

// Kept for the old kiosk tablet in the lobby, which votes "on behalf of" the signed-in neighbour.
// ruleid: missing-input-validation
// ok: missing-auth
export async function castVoteForNeighbour(formData: FormData) {
  await requireUser();
  const pollId = formData.get("pollId") as string;
  const optionId = formData.get("optionId") as string;
  const voterId = formData.get("voterId") as string;
  // ruleid: missing-authorization -- client voter_id written as owner column in a postgres.js insert (fixed in pass 41, G)
  await sql`insert into poll_votes (poll_id, option_id, voter_id) values (${pollId}, ${optionId}, ${voterId})`;
}

// ruleid: missing-input-validation
// ok: missing-auth
export const closePoll = withBuildingRole("officer", async (ctx, pollId: string) => {
  // ruleid: missing-authorization
  await sql`update polls set closed = true where id = ${pollId}`;
  revalidatePath(`/b/${ctx.buildingId}/polls`);
});

// ok: missing-auth, missing-input-validation
export const reopenPoll = withBuildingRole("officer", async (ctx, pollId: string) => {
  const id = uuid.parse(pollId);
  // ok: missing-authorization, sql-injection
  await sql`update polls set closed = false where id = ${id} and building_id = ${ctx.buildingId}`;
  revalidatePath(`/b/${ctx.buildingId}/polls`);
});

// ok: missing-auth, missing-input-validation
export const getPollResults = withBuildingRole("resident", async (ctx, pollId: string) => {
  const id = uuid.parse(pollId);
  // ok: sql-injection, missing-authorization
  const rows = await sql<{ label: string; votes: number }[]>`
    select o.label, count(v.voter_id)::int as votes
      from poll_options o join polls p on p.id = o.poll_id
      left join poll_votes v on v.option_id = o.id
     where p.id = ${id} and p.building_id = ${ctx.buildingId}
     group by o.label order by votes desc
  `;
  // ok: excessive-data-exposure
  return rows.map((r) => ({ label: r.label, votes: r.votes }));
});

// ok: missing-auth, missing-input-validation
export const getPollVoters = withBuildingRole("officer", async (ctx, pollId: string) => {
  const id = uuid.parse(pollId);
  const supabase = await createClient();
  // ok: missing-authorization
  const { data: poll } = await supabase.from("polls").select("id, anonymous").eq("id", id).eq("building_id", ctx.buildingId).single();
  if (!poll || poll.anonymous) return [];
  // ok: missing-authorization
  const { data } = await supabase.from("poll_votes").select().eq("poll_id", id);
  // ruleid: excessive-data-exposure
  return data;
});

// ruleid: missing-input-validation
// ok: missing-auth
export const deletePoll = withBuildingRole("officer", async (ctx, pollId: string) => {
  const supabase = await createClient();
  // ruleid: missing-authorization
  await supabase.from("polls").delete().eq("id", pollId);
  revalidatePath(`/b/${ctx.buildingId}/polls`);
});
