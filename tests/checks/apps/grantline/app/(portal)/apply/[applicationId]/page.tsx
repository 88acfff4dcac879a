import { notFound, redirect } from "next/navigation";
import { validateRequest } from "@/lib/lucia";
import { prisma } from "@/lib/db/prisma";
import { saveDraft, submitApplication } from "@/app/(portal)/apply/actions";
import DraftEditor from "@/components/draft-editor";

export default async function ApplyPage({ params }: { params: Promise<{ applicationId: string }> }) {
  const { applicationId } = await params;
  const { user } = await validateRequest();
  if (!user) redirect("/portal/login");
  const app = await prisma.application.findFirst({ where: { id: applicationId, createdById: user.id }, select: { id: true, title: true, narrative: true } });
  if (!app) notFound();
  const save = saveDraft.bind(null, app.id);
  const submit = submitApplication.bind(null, app.id);
  return (
    <main>
      <DraftEditor title={app.title} narrative={JSON.stringify(app.narrative ?? {})} action={save} />
      <form action={submit}><button>Submit application</button></form>
    </main>
  );
}
