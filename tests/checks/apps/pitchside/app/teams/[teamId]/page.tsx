import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { PhotoGallery } from "@/components/photo-gallery";

// public team page
export default async function TeamPublicPage({ params }: { params: Promise<{ teamId: string }> }) {
  const { teamId } = await params;
  const team = await prisma.team.findUnique({ where: { id: teamId }, select: { name: true, ageGroup: true, galleryPassword: true } });
  if (!team) notFound();
  return (
    <main className="mx-auto max-w-4xl p-6">
      <h1 className="text-2xl font-bold">
        {team.name} <span className="text-slate-500">{team.ageGroup}</span>
      </h1>
      <PhotoGallery teamId={teamId} locked={!!team.galleryPassword} />
    </main>
  );
}
