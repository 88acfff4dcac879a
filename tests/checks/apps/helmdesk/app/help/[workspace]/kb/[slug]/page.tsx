import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { kbIndex } from "@/lib/db/drizzle";
import { sql } from "drizzle-orm";

export default async function ArticlePage({ params }: { params: Promise<{ workspace: string; slug: string }> }) {
  const { workspace, slug } = await params;
  const supabase = await createClient();
  const { data: article } = await supabase
    .from("articles")
    .select("title, body, updated_at")
    .eq("workspace_slug", workspace)
    .eq("slug", slug)
    .eq("status", "published")
    .maybeSingle();
  if (!article) notFound();

  // ok: missing-input-validation, missing-rate-limit
  async function rateArticle(formData: FormData) {
    "use server";
    const helpful = formData.get("helpful") === "yes";
    // ok: sql-injection
    kbIndex.run(sql`update article_votes set ${helpful ? sql.raw("up = up + 1") : sql.raw("down = down + 1")} where slug = ${slug}`);
  }

  return (
    <article>
      <h1>{article.title}</h1>
      <div dangerouslySetInnerHTML={{ __html: article.body }} />
      <form action={rateArticle}>
        <button name="helpful" value="yes">Yes</button>
        <button name="helpful" value="no">No</button>
      </form>
    </article>
  );
}
