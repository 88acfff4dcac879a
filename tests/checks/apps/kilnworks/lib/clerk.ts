import "server-only";
import { auth, currentUser } from "@clerk/nextjs/server";

// Instructor portal (Clerk organisations map 1:1 to studios via publicMetadata.studioId)
export async function requireInstructor() {
  const { userId, orgId, orgRole, sessionClaims } = await auth();
  if (!userId || !orgId) {
    throw new Error("Unauthorized");
  }
  if (orgRole !== "org:instructor" && orgRole !== "org:admin") {
    throw new Error("Forbidden");
  }
  const studioId = (sessionClaims?.metadata as { studioId?: string } | undefined)?.studioId;
  if (!studioId) throw new Error("Studio not linked");
  return { userId, orgId, studioId, isAdmin: orgRole === "org:admin" };
}

export async function getInstructorProfile() {
  const user = await currentUser();
  if (!user) return null;
  return { id: user.id, name: `${user.firstName ?? ""} ${user.lastName ?? ""}`.trim() };
}
