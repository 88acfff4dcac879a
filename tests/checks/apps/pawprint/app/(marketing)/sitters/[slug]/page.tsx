import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { getOptionalSession } from "@/lib/dal";
import { sendEmail } from "@/lib/email";
import { summarizeSitterReviews } from "@/app/(app)/reviews/actions";

export default async function SitterProfilePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const sitter = await prisma.sitter.findUnique({
    where: { slug },
    select: { id: true, slug: true, headline: true, bio: true, city: true, hourlyRateCents: true, idVerified: true, user: { select: { name: true, image: true, email: true } } },
  });
  if (!sitter) notFound();
  const { summary } = await summarizeSitterReviews(sitter.slug);

  // ruleid: missing-rate-limit
  // ok: missing-auth, missing-input-validation
  async function requestIntro(formData: FormData) {
    "use server";
    const session = await getOptionalSession();
    if (!session) redirect(`/sign-in?next=/sitters/${slug}`);
    const message = z.string().min(10).max(1000).parse(formData.get("message"));
    const from = await prisma.user.findUnique({ where: { id: session.userId }, select: { name: true } });
    await sendEmail({ to: sitter!.user.email, subject: `${from?.name ?? "A pet owner"} wants to meet you`, html: `<p>${message}</p>` });
  }

  return (
    <article>
      <h1>{sitter.user.name}</h1>
      <p>{sitter.headline}</p>
      {sitter.idVerified ? <span className="badge">ID verified</span> : null}
      <p>{sitter.bio}</p>
      <p>${(sitter.hourlyRateCents / 100).toFixed(2)}/hr · {sitter.city}</p>
      <blockquote>{summary}</blockquote>
      <form action={requestIntro}>
        <textarea name="message" />
        <button>Request a meet &amp; greet</button>
      </form>
    </article>
  );
}
