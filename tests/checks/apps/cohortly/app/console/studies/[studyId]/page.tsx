import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireStaff, requireRole, canManageStudy } from "@/lib/auth/guards";
import { auth } from "@/auth";
import { recordAudit } from "@/lib/audit";
import { StudyEditor } from "@/components/StudyEditor";

export default async function StudyPage({ params }: { params: Promise<{ studyId: string }> }) {
  const staff = await requireStaff();
  const { studyId } = await params;
  const study = await prisma.study.findFirst({ where: { id: studyId, sponsorId: staff.sponsorId ?? "" }, select: { id: true, title: true, condition: true, plainSummary: true, status: true } });
  if (!study) notFound();

  // ok: missing-auth, missing-input-validation
  async function renameStudy(formData: FormData) {
    "use server";
    const ctx = await requireRole("STUDY_MANAGER");
    const { title } = z.object({ title: z.string().min(5).max(200) }).parse({ title: formData.get("title") });
    // ok: missing-authorization
    await prisma.study.updateMany({ where: { id: studyId, sponsorId: ctx.sponsorId ?? "" }, data: { title } });
    revalidatePath(`/console/studies/${studyId}`);
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function setSummary(formData: FormData) {
    "use server";
    const ctx = await requireStaff();
    const id = formData.get("studyId") as string;
    // ruleid: floating-auth-check
    if (!canManageStudy(ctx.userId, id)) throw new Error("Forbidden");
    // ruleid: missing-authorization
    await prisma.study.update({ where: { id }, data: { plainSummary: formData.get("summary") as string } });
  }

  // ok: missing-auth, missing-input-validation
  async function setStatus(formData: FormData) {
    "use server";
    const session = await auth();
    if (!session?.user?.id) throw new Error("Sign in");
    const { status } = z.object({ status: z.enum(["draft", "recruiting", "closed"]) }).parse({ status: formData.get("status") });
    // ok: floating-auth-check
    if (!(await canManageStudy(session.user.id, studyId))) throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.study.update({ where: { id: studyId }, data: { status } });
    await recordAudit({ actorId: session.user.id, action: "study.status", target: studyId });
  }

  return <StudyEditor study={study} rename={renameStudy} setSummary={setSummary} setStatus={setStatus} />;
}
