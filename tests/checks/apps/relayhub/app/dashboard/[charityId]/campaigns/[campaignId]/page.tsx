import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireCharityRole, FUNDRAISING_ROLES } from "@/lib/authz";
import { duplicateCampaign } from "../actions";
import { CampaignEditor } from "@/components/campaign-editor";

export default async function CampaignPage({ params }: { params: Promise<{ charityId: string; campaignId: string }> }) {
  const { charityId, campaignId } = await params;
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const campaign = await prisma.campaign.findFirst({
    where: { id: campaignId, charityId: ctx.charityId },
    select: { id: true, title: true, story: true, goalPence: true, status: true },
  });
  if (!campaign) notFound();

  // ok: missing-auth
  async function renameCampaign(formData: FormData) {
    "use server";
    const { charityId: cid } = await requireCharityRole(charityId, FUNDRAISING_ROLES);
    const title = z.string().min(3).max(140).parse(formData.get("title"));
    // ok: missing-authorization
    await prisma.campaign.updateMany({ where: { id: campaignId, charityId: cid }, data: { title } });
    revalidatePath(`/dashboard/${cid}/campaigns/${campaignId}`);
  }

  // The page already checked the role, so this looked safe to whoever wrote it.
  // ruleid: missing-auth
  async function deleteCampaign() {
    "use server";
    await prisma.campaign.delete({ where: { id: campaignId } });
    redirect(`/dashboard/${charityId}/campaigns`);
  }

  const duplicate = duplicateCampaign.bind(null, campaign.id);

  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-semibold">{campaign.title}</h1>
      <CampaignEditor campaignId={campaign.id} initialStory={campaign.story} />
      <form action={renameCampaign}>
        <input name="title" defaultValue={campaign.title} />
        <button type="submit">Rename</button>
      </form>
      <form action={duplicate}>
        <button type="submit">Duplicate</button>
      </form>
      <form action={deleteCampaign}>
        <button type="submit" className="text-red-600">Delete campaign</button>
      </form>
    </main>
  );
}
