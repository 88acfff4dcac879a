import { redirect, notFound } from "next/navigation";
import * as v from "valibot";
import { createClient } from "@/lib/supabase/server";

export default async function ReviewPage({ params }: { params: Promise<{ reviewId: string }> }) {
  const { reviewId } = await params;
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/reviewer/login");
  const { data: review } = await supabase
    .from("reviews")
    .select("id, job_id, score, comments, status")
    .eq("id", reviewId)
    .eq("reviewer_id", user.id)
    .single();
  if (!review) notFound();

  // ok: missing-auth, missing-input-validation
  async function saveComments(formData: FormData) {
    "use server";
    const sb = await createClient();
    const { data: { user: u } } = await sb.auth.getUser();
    if (!u) redirect("/reviewer/login");
    const comments = v.parse(v.pipe(v.string(), v.maxLength(4000)), formData.get("comments"));
    await sb
      .from("reviews")
      .update({ comments })
      // ok: missing-authorization
      .eq("id", reviewId).eq("reviewer_id", u.id);
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function flagForRework(formData: FormData) {
    "use server";
    const reason = v.parse(v.pipe(v.string(), v.maxLength(500)), formData.get("reason"));
    const sb = await createClient();
    await sb.from("review_flags").insert({ review_id: reviewId, reason });
  }

  return (
    <section>
      <h1>Review {review.id}</h1>
      <form action={saveComments}><textarea name="comments" defaultValue={review.comments ?? ""} /><button>Save</button></form>
      <form action={flagForRework}><input name="reason" /><button>Flag</button></form>
    </section>
  );
}
