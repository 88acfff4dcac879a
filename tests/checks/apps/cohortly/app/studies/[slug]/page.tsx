import { notFound } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireVolunteer } from "@/lib/auth/volunteer";
import { ExplainButton } from "@/components/ExplainButton";
import { explainStudyThrottled } from "@/app/actions/study-summary";

export default async function PublicStudyPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const study = await prisma.study.findFirst({ where: { slug, published: true }, select: { id: true, title: true, condition: true, phase: true, plainSummary: true, stipendCents: true } });
  if (!study) notFound();

  // ok: missing-auth, missing-input-validation
  async function saveForLater() {
    "use server";
    const { volunteerId } = await requireVolunteer();
    // ok: missing-authorization
    await prisma.bookmark.upsert({ where: { volunteerId_studyId: { volunteerId, studyId: study!.id } }, create: { volunteerId, studyId: study!.id }, update: {} });
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function saveNamedList(formData: FormData) {
    "use server";
    const { volunteerId } = await requireVolunteer();
    const studyId = formData.get("studyId") as string;
    // ok: missing-authorization
    await prisma.bookmark.create({ data: { volunteerId, studyId } });
  }

  // ok: missing-auth, missing-input-validation
  async function studyFacts() {
    "use server";
    const facts = await prisma.study.findFirst({ where: { slug: z.string().parse(slug), published: true }, select: { phase: true, condition: true, stipendCents: true } });
    return facts;
  }

  return (
    <article>
      <h1>{study.title}</h1>
      <p>{study.plainSummary}</p>
      <ExplainButton slug={slug} explain={explainStudyThrottled} />
      <form action={saveForLater}><button>Save</button></form>
      <form action={saveNamedList}><input type="hidden" name="studyId" value={study.id} /><button>Add to list</button></form>
      <StudyFactsLoader load={studyFacts} />
    </article>
  );
}

function StudyFactsLoader({ load }: { load: () => Promise<unknown> }) {
  return <div data-load={String(Boolean(load))} />;
}
